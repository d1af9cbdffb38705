// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sspilens;

namespace {

struct TsvTable {
    QStringList header;
    QList<QStringList> rows;
    int column(const char *name) const { return int(header.indexOf(QLatin1String(name))); }
};

TsvTable readTsv(const QString &path)
{
    TsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    bool first = true;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(0).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (first) {
            table.header = cells;
            first = false;
        } else {
            table.rows << cells;
        }
    }
    return table;
}

QString referencePath(const char *file)
{
    return QStringLiteral(SSPILENS_REFERENCE_DIR "/") + QLatin1String(file);
}

bool blank(const char *s)
{
    return !s || QString::fromUtf8(s).trimmed().isEmpty();
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private slots:
    void sizes();
    void matchesWinerrorHeader();
    void matchesReferenceTable_data();
    void matchesReferenceTable();
    void windowsMessages_data();
    void windowsMessages();
    void everyFieldWritten_data();
    void everyFieldWritten();
    void relatedCodesResolve_data();
    void relatedCodesResolve();
    void ntstatusTwins_data();
    void ntstatusTwins();
    void lookups_data();
    void lookups();
    void categoriesAndPackagesUsed();
};

void TestCatalog::sizes()
{
    const Catalog &c = Catalog::instance();
    QCOMPARE(c.size(), 93);
    QCOMPARE(c.nameCount(), 95);
}

void TestCatalog::matchesWinerrorHeader()
{
    QFile header(QStringLiteral(SSPILENS_WINERROR_H));
    QVERIFY2(header.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(header.fileName())));
    const QString text = QString::fromLatin1(header.readAll());
    QHash<QString, QString> defines;
    const QRegularExpression re(
        QStringLiteral(
            R"(^\s*#\s*define\s+(SEC_[EI]_[A-Z0-9_]+)\s+(?:_HRESULT_TYPEDEF_\(|\(\(HRESULT\))?\s*(0x[0-9A-Fa-f]+|SEC_[EI]_[A-Z0-9_]+)L?\)?\)?)"),
        QRegularExpression::MultilineOption);
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        defines.insert(m.captured(1), m.captured(2));
    }
    QCOMPARE(defines.size(), 95);

    const Catalog &c = Catalog::instance();
    QSet<QString> catalogNames;
    for (const StatusCode &code : c.codes())
        for (const QString &n : code.allNames())
            catalogNames.insert(n);
    QCOMPARE(catalogNames.size(), 95);

    for (auto it = defines.cbegin(); it != defines.cend(); ++it) {
        QString value = it.value();
        // Aliases are defined as another macro's name.
        if (value.startsWith(QLatin1String("SEC_")))
            value = defines.value(value);
        bool ok = false;
        const quint32 v = value.toUInt(&ok, 16);
        QVERIFY2(ok, qPrintable(it.key()));
        const StatusCode *code = c.bySymbol(it.key());
        QVERIFY2(code, qPrintable(QStringLiteral("%1 missing from the catalog").arg(it.key())));
        QCOMPARE(code->value, v);
        QVERIFY(catalogNames.contains(it.key()));
    }
    // Alias pairs are one entry with both names.
    QCOMPARE(c.bySymbol(u"SEC_E_NOT_SUPPORTED"), c.bySymbol(u"SEC_E_UNSUPPORTED_FUNCTION"));
    QCOMPARE(c.bySymbol(u"SEC_E_NO_SPM"), c.bySymbol(u"SEC_E_INTERNAL_ERROR"));
}

void TestCatalog::matchesReferenceTable_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<qint64>("signedValue");
    QTest::addColumn<qint64>("unsignedValue");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("aliases");
    const TsvTable t = readTsv(referencePath("sspi-codes.tsv"));
    QVERIFY2(t.rows.size() == 95, "sspi-codes.tsv must list 95 macros");
    for (const QStringList &r : t.rows) {
        const QString sym = r.value(t.column("symbol"));
        QTest::newRow(qPrintable(sym)) << sym << r.value(t.column("hex")).toUInt(nullptr, 16)
                                       << r.value(t.column("signed_decimal")).toLongLong()
                                       << r.value(t.column("unsigned_decimal")).toLongLong()
                                       << r.value(t.column("severity")) << r.value(t.column("aliases"));
    }
}

void TestCatalog::matchesReferenceTable()
{
    QFETCH(QString, symbol);
    QFETCH(quint32, value);
    QFETCH(qint64, signedValue);
    QFETCH(qint64, unsignedValue);
    QFETCH(QString, severity);
    QFETCH(QString, aliases);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(code->value, value);
    QCOMPARE(qint64(code->signedValue()), signedValue);
    QCOMPARE(qint64(code->unsignedValue()), unsignedValue);
    QCOMPARE(code->family, Family::Sspi);
    const Severity expected = severity == QLatin1String("E")   ? Severity::Error
                              : severity == QLatin1String("I") ? Severity::Informational
                                                               : Severity::Success;
    QCOMPARE(code->severity, expected);
    if (aliases.startsWith(QLatin1String("SEC_E_")))
        QVERIFY(code->allNames().contains(aliases));
    QCOMPARE(Catalog::instance().byValue(value), code);
}

void TestCatalog::windowsMessages_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("message");
    const TsvTable t = readTsv(referencePath("windows-message-text.tsv"));
    QVERIFY(t.rows.size() >= 92);
    for (const QStringList &r : t.rows)
        QTest::newRow(qPrintable(r.value(0))) << r.value(0) << r.value(2);
}

void TestCatalog::windowsMessages()
{
    QFETCH(QString, symbol);
    QFETCH(QString, message);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    QCOMPARE(QString::fromLatin1(code->windowsMessage), message);
    QVERIFY(Catalog::instance().byMessage(message).contains(code));
    QVERIFY(Catalog::instance().byMessage(message.toUpper() + QLatin1String(".")).contains(code));
}

void TestCatalog::everyFieldWritten_data()
{
    QTest::addColumn<int>("index");
    const auto &codes = Catalog::instance().codes();
    for (int i = 0; i < int(codes.size()); ++i)
        QTest::newRow(codes[size_t(i)].symbol) << i;
}

void TestCatalog::everyFieldWritten()
{
    QFETCH(int, index);
    const StatusCode &c = Catalog::instance().codes()[size_t(index)];
    QVERIFY(!blank(c.windowsMessage));
    QVERIFY(!blank(c.meaning));
    QVERIFY(!blank(c.explanation));
    QVERIFY(c.causes.size() >= 2);
    QVERIFY(c.nextSteps.size() >= 2);
    QVERIFY(!c.related.empty());
    QVERIFY(c.packages != NoPackage || c.severity == Severity::Success);
    const QRegularExpression placeholder(QStringLiteral("\\b(TODO|TBD|FIXME|unknown reason|lorem)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList texts{QString::fromUtf8(c.meaning), QString::fromUtf8(c.explanation)};
    for (const char *cause : c.causes) {
        QVERIFY(!blank(cause));
        texts << QString::fromUtf8(cause);
    }
    for (const NextStep &s : c.nextSteps) {
        QVERIFY(!blank(s.text));
        texts << QString::fromUtf8(s.text);
        if (s.command)
            QVERIFY2(!blank(s.command), "a command, when given, is not empty");
    }
    for (const QString &t : texts) {
        QVERIFY2(!placeholder.match(t).hasMatch(), qPrintable(t));
        QVERIFY2(t == t.trimmed(), qPrintable(t));
    }
    QVERIFY2(QString::fromUtf8(c.meaning).size() <= 140, "the meaning is one line");
    if (c.severity == Severity::Informational) {
        const QString all = texts.join(QLatin1Char(' ')).toLower();
        QVERIFY2(all.contains(QLatin1String("not a failure")) || all.contains(QLatin1String("not an error")),
                 "informational codes say plainly that they are not failures");
    }
}

void TestCatalog::relatedCodesResolve_data()
{
    everyFieldWritten_data();
}

void TestCatalog::relatedCodesResolve()
{
    QFETCH(int, index);
    const Catalog &cat = Catalog::instance();
    const StatusCode &c = cat.codes()[size_t(index)];
    for (const RelatedCode &r : c.related) {
        QVERIFY(!blank(r.symbol));
        if (r.family == Family::Sspi) {
            const StatusCode *other = cat.bySymbol(QString::fromLatin1(r.symbol));
            QVERIFY2(other, r.symbol);
            QVERIFY2(other != &c, "a code is not related to itself");
        } else {
            QVERIFY2(r.value != 0, r.symbol);
        }
    }
}

void TestCatalog::ntstatusTwins_data()
{
    QTest::addColumn<QString>("sec");
    QTest::addColumn<QString>("status");
    QTest::addColumn<quint32>("statusValue");
    const TsvTable t = readTsv(referencePath("ntstatus-counterparts.tsv"));
    QVERIFY(!t.rows.isEmpty());
    for (const QStringList &r : t.rows)
        QTest::newRow(qPrintable(r.value(0))) << r.value(0) << r.value(2) << r.value(3).toUInt(nullptr, 16);
}

void TestCatalog::ntstatusTwins()
{
    QFETCH(QString, sec);
    QFETCH(QString, status);
    QFETCH(quint32, statusValue);
    const StatusCode *code = Catalog::instance().bySymbol(sec);
    QVERIFY(code);
    bool found = false;
    for (const RelatedCode &r : code->related) {
        if (r.family == Family::NtStatus && QLatin1String(r.symbol) == status) {
            QCOMPARE(r.value, statusValue);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(status));
}

void TestCatalog::lookups_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<QString>("expected");
    QTest::newRow("exact") << "SEC_E_UNTRUSTED_ROOT"
                           << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("lower") << "sec_e_untrusted_root"
                           << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("spaced") << "SEC _ E _ UNTRUSTED _ ROOT"
                            << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("alias") << "SEC_E_NO_SPM"
                           << "SEC_E_INTERNAL_ERROR";
    QTest::newRow("ok") << "SEC_E_OK"
                        << "SEC_E_OK";
    QTest::newRow("unknown") << "SEC_E_NOT_A_CODE"
                             << "";
}

void TestCatalog::lookups()
{
    QFETCH(QString, symbol);
    QFETCH(QString, expected);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QCOMPARE(code ? code->symbolString() : QString(), expected);
}

void TestCatalog::categoriesAndPackagesUsed()
{
    QSet<Category> categories;
    Packages packages = NoPackage;
    for (const StatusCode &c : Catalog::instance().codes()) {
        categories.insert(c.category);
        packages |= c.packages;
        if (c.severity != Severity::Error)
            QCOMPARE(c.category, Category::SuccessContinuation);
    }
    QCOMPARE(categories.size(), CategoryCount);
    QCOMPARE(int(packages), (1 << PackageCount) - 1);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
