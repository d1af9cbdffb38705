// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The win32 family of the catalog (core/catalog/win32.cpp): the logon and trust errors, checked against
// wrapper-hresults.tsv, mingw-w64 winerror.h and the quality bar of the catalog.
#include "catalog.h"
#include "catalogfamilycheck.h"

#include <QTest>

using namespace sspilens;
using namespace familycheck;

namespace {

const char *const wrapperTable = "event-families/wrapper-hresults.tsv";

struct Wanted {
    const char *symbol;
    quint32 value;
    bool wrapper;
};

// The Win32 errors a logon or a trust really returns, plus the wrappers of this family.
const Wanted wanted[] = {
    {"ERROR_ACCESS_DENIED", 5, true},
    {"ERROR_DOWNGRADE_DETECTED", 1265, false},
    {"ERROR_NO_LOGON_SERVERS", 1311, false},
    {"ERROR_NO_SUCH_USER", 1317, false},
    {"ERROR_WRONG_PASSWORD", 1323, false},
    {"ERROR_LOGON_FAILURE", 1326, false},
    {"ERROR_ACCOUNT_RESTRICTION", 1327, false},
    {"ERROR_INVALID_LOGON_HOURS", 1328, false},
    {"ERROR_INVALID_WORKSTATION", 1329, false},
    {"ERROR_PASSWORD_EXPIRED", 1330, false},
    {"ERROR_ACCOUNT_DISABLED", 1331, false},
    {"ERROR_NO_SUCH_DOMAIN", 1355, false},
    {"ERROR_LOGON_TYPE_NOT_GRANTED", 1385, false},
    {"ERROR_WRONG_TARGET_NAME", 1396, false},
    {"ERROR_TIME_SKEW", 1398, false},
    {"RPC_S_SERVER_UNAVAILABLE", 1722, false},
    {"ERROR_NO_TRUST_LSA_SECRET", 1786, false},
    {"ERROR_NO_TRUST_SAM_ACCOUNT", 1787, false},
    {"ERROR_TRUSTED_DOMAIN_FAILURE", 1788, false},
    {"ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789, false},
    {"ERROR_ACCOUNT_EXPIRED", 1793, false},
    {"RPC_S_SEC_PKG_ERROR", 1825, true},
    {"ERROR_PASSWORD_MUST_CHANGE", 1907, false},
    {"ERROR_DOMAIN_CONTROLLER_NOT_FOUND", 1908, false},
    {"ERROR_ACCOUNT_LOCKED_OUT", 1909, false},
};

std::vector<const StatusCode *> win32Entries()
{
    std::vector<const StatusCode *> list;
    for (const StatusCode &c : Catalog::instance().codes())
        if (c.family == Family::Win32)
            list.push_back(&c);
    return list;
}

} // namespace

class TestCatalogWin32 : public QObject
{
    Q_OBJECT

private slots:
    void wantedPresent_data();
    void wantedPresent();
    void referenceRows();
    void matchesWinerrorHeader();
    void quality_data();
    void quality();
    void fingerprintsUnique();
    void symbolsUnique();
};

void TestCatalogWin32::wantedPresent_data()
{
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<bool>("wrapper");
    for (const Wanted &w : wanted)
        QTest::newRow(w.symbol) << QString::fromLatin1(w.symbol) << w.value << w.wrapper;
}

void TestCatalogWin32::wantedPresent()
{
    QFETCH(QString, symbol);
    QFETCH(quint32, value);
    QFETCH(bool, wrapper);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY2(code, qPrintable(symbol + QStringLiteral(" missing from the catalog")));
    QCOMPARE(code->family, Family::Win32);
    QCOMPARE(code->value, value);
    QCOMPARE(code->symbolString(), symbol);
    QCOMPARE(code->wrapper, wrapper);
    QCOMPARE(Catalog::instance().byValue(value, Family::Win32), code);
    QVERIFY2(!blank(code->windowsMessage), "every Win32 error has a FormatMessage text");
}

// Every Win32 row of wrapper-hresults.tsv (family win32, or an HRESULT_FROM_WIN32 form with its Win32 code) is a
// win32 entry whose HRESULT_FROM_WIN32 form is the row's hex value.
void TestCatalogWin32::referenceRows()
{
    const QString path = referencePath(QLatin1String(wrapperTable));
    const TsvTable t = readTsv(path);
    QVERIFY2(t.ok, qPrintable(QStringLiteral("cannot read %1").arg(path)));
    int checked = 0;
    for (const QStringList &row : t.rows) {
        const QString family = t.cell(row, "family");
        const QString win32 = t.cell(row, "win32_code");
        if (!family.contains(QLatin1String("win32"), Qt::CaseInsensitive) || win32.isEmpty())
            continue;
        QString symbol = t.cell(row, "symbol");
        static const QRegularExpression wrapped(QStringLiteral(R"(^HRESULT_FROM_WIN32\((\w+)\)$)"));
        const auto m = wrapped.match(symbol);
        if (m.hasMatch())
            symbol = m.captured(1);
        const StatusCode *code = Catalog::instance().bySymbol(symbol);
        QVERIFY2(code, qPrintable(symbol + QStringLiteral(" (") + path + QStringLiteral(") missing")));
        QCOMPARE(code->family, Family::Win32);
        QCOMPARE(code->value, win32.toUInt());
        // The row's hex is the Win32 number itself, or its HRESULT_FROM_WIN32 form.
        const quint32 hex = t.cell(row, "hex").mid(2).toUInt(nullptr, 16);
        QCOMPARE(hex, m.hasMatch() ? (0x80070000u | (code->value & 0xFFFFu)) : code->value);
        QCOMPARE(code->wrapper, t.cell(row, "show_as").startsWith(QLatin1String("wrapper")));
        ++checked;
    }
    QVERIFY2(checked >= 15, "wrapper-hresults.tsv lists 15 Win32 rows");
}

void TestCatalogWin32::matchesWinerrorHeader()
{
    bool ok = false;
    const QHash<QString, quint32> defines = headerValues(QStringLiteral(SSPILENS_WINERROR_H), &ok);
    QVERIFY2(ok, qPrintable(QStringLiteral("cannot read %1 (install mingw-w64-common)").arg(SSPILENS_WINERROR_H)));
    const auto entries = win32Entries();
    QVERIFY(!entries.empty());
    for (const StatusCode *c : entries) {
        QVERIFY2(defines.contains(c->symbolString()), c->symbol);
        QCOMPARE(c->value, defines.value(c->symbolString()));
    }
}

void TestCatalogWin32::quality_data()
{
    QTest::addColumn<QString>("symbol");
    for (const Wanted &w : wanted)
        QTest::newRow(w.symbol) << QString::fromLatin1(w.symbol);
}

void TestCatalogWin32::quality()
{
    QFETCH(QString, symbol);
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    QVERIFY(code);
    const QString problem = qualityProblem(*code);
    QVERIFY2(problem.isEmpty(), qPrintable(symbol + QStringLiteral(": ") + problem));
    QVERIFY(code->severity == Severity::Error);
    QVERIFY(code->packages != NoPackage);
}

void TestCatalogWin32::fingerprintsUnique()
{
    const QStringList dups = duplicateFingerprints();
    QVERIFY2(dups.isEmpty(), qPrintable(dups.join(QLatin1String(" | "))));
    int withOld = 0;
    for (const StatusCode *c : win32Entries())
        withOld += c->fingerprints.empty() ? 0 : 1;
    QVERIFY2(withOld >= 8, "the pre-Windows 8 wordings of the logon errors are kept as fingerprints");
    // The old wording of 1326 is what Windows 7 and Server 2008 R2 still print.
    const auto found = Catalog::instance().byMessage(u"Logon failure: unknown user name or bad password.");
    QVERIFY(!found.isEmpty());
    QCOMPARE(found.first()->symbolString(), QStringLiteral("ERROR_LOGON_FAILURE"));
}

void TestCatalogWin32::symbolsUnique()
{
    QSet<QString> names;
    for (const StatusCode &c : Catalog::instance().codes())
        for (const QString &n : c.allNames()) {
            const QString key = symbolSearchKey(n);
            QVERIFY2(!names.contains(key), qPrintable(n + QStringLiteral(" is defined twice")));
            names.insert(key);
        }
}

QTEST_GUILESS_MAIN(TestCatalogWin32)
#include "tst_catalog_win32.moc"
