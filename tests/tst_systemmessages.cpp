// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// The system's own message texts (FormatMessageW on Windows) as extra fingerprints, through a
// fake source: the texts below are test data, never shipped.
#include "catalog.h"
#include "scanner.h"
#include "systemmessages.h"

#include <QHash>
#include <QTest>

using namespace sspilens;

namespace {

/// Answers from a table keyed by symbol; counts the questions.
class FakeSource final : public SystemMessageSource
{
public:
    QHash<QString, QString> texts;
    mutable int asked = 0;
    mutable QLocale lastLocale;

    std::optional<QString> message(const StatusCode &code, const QLocale &locale) const override
    {
        ++asked;
        lastLocale = locale;
        const auto it = texts.constFind(code.symbolString());
        if (it == texts.constEnd())
            return std::nullopt;
        return *it;
    }
};

const ExtraMessage *find(const std::vector<ExtraMessage> &messages, const char *symbol)
{
    for (const ExtraMessage &m : messages) {
        if (m.code && m.code->symbolString() == QLatin1String(symbol))
            return &m;
    }
    return nullptr;
}

} // namespace

class TestSystemMessages : public QObject
{
    Q_OBJECT

private slots:
    void rowsFromASource();
    void scannerFindsThem();
    void noSourceOffWindows();
};

void TestSystemMessages::rowsFromASource()
{
    FakeSource source;
    source.texts = {
        {"SEC_E_UNTRUSTED_ROOT", "Fake localized root text number one\r\n"},
        {"ERROR_LOGON_FAILURE", "Fake logon failure text in the test language"},
        {"STATUS_LOGON_FAILURE", "Fake NTSTATUS logon text for the test"},
        // Equal to the English Windows text (in another case and spacing): nothing to add.
        {"SEC_E_WRONG_PRINCIPAL", "the target   principal name is incorrect"},
        // An insert marker the system did not fill.
        {"SEC_E_TARGET_UNKNOWN", "Fake text about %1 that has an insert"},
        // Too short to be safe.
        {"SEC_E_LOGON_DENIED", "Nope"},
        // Wrappers and success codes are never reported by their text.
        {"E_FAIL", "Fake wrapper text that is long enough"},
        {"SEC_E_OK", "Fake success text that is long enough"},
        // One text for two codes with different English texts names neither.
        {"SEC_E_NO_CREDENTIALS", "Fake shared text of two codes"},
        {"SEC_E_INVALID_TOKEN", "Fake shared text of two codes"},
    };
    const QLocale locale(QLocale::German, QLocale::Germany);
    const std::vector<ExtraMessage> rows = systemMessages(source, locale);
    int reportable = 0;
    for (const StatusCode &c : Catalog::instance().codes())
        reportable += (c.wrapper || c.severity == Severity::Success) ? 0 : 1;
    QCOMPARE(source.asked, reportable);
    QCOMPARE(source.lastLocale, locale);
    QCOMPARE(rows.size(), size_t(3));
    const ExtraMessage *root = find(rows, "SEC_E_UNTRUSTED_ROOT");
    QVERIFY(root);
    QCOMPARE(root->text, "Fake localized root text number one");
    QCOMPARE(root->language, "de-DE");
    QVERIFY(find(rows, "ERROR_LOGON_FAILURE"));
    QVERIFY(find(rows, "STATUS_LOGON_FAILURE"));
}

void TestSystemMessages::scannerFindsThem()
{
    FakeSource source;
    source.texts = {{"SEC_E_UNTRUSTED_ROOT", "Fake localized root text number one"},
                    {"KDC_ERR_PREAUTH_FAILED", "Fake preauthentication text here"}};
    const LogScanner scanner(Catalog::instance(), systemMessages(source, QLocale(QLocale::Chinese, QLocale::Taiwan)));
    const QString log = "a: fake localized root text\n number one.\n"
                        "b: fake preauthentication text here\n"
                        "c: fake localized root text number two\n";
    const std::vector<Finding> findings = scanner.scan(log);
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[0].code->symbolString(), "SEC_E_UNTRUSTED_ROOT");
    QCOMPARE(findings[0].language, "zh-TW");
    QCOMPARE(findings[0].form, FindingForm::Message);
    QCOMPARE(findings[1].code->symbolString(), "KDC_ERR_PREAUTH_FAILED");
    QCOMPARE(findings[1].line, 3);
    QVERIFY(LogScanner().scan(log).empty());
}

void TestSystemMessages::noSourceOffWindows()
{
#ifdef Q_OS_WIN
    QVERIFY(windowsMessageSource() != nullptr);
#else
    QVERIFY(windowsMessageSource() == nullptr);
    QVERIFY(installedSystemMessages().empty());
#endif
}

QTEST_GUILESS_MAIN(TestSystemMessages)
#include "tst_systemmessages.moc"
