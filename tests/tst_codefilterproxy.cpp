// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "codefilterproxy.h"
#include "codetablemodel.h"
#include "guitest.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace sspilens;

using CodePredicate = std::function<bool(const StatusCode &)>;

namespace {
// The English texts a word search looks at, case-folded.
QString texts(const StatusCode &c)
{
    return (QString::fromUtf8(c.meaning) + QLatin1Char('\n') + QString::fromUtf8(c.explanation) + QLatin1Char('\n')
            + QString::fromUtf8(c.windowsMessage))
        .toCaseFolded();
}
} // namespace

Q_DECLARE_METATYPE(CodePredicate)

class TestCodeFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void modelTester();
    void exactSearch_data();
    void exactSearch();
    void partialSearch_data();
    void partialSearch();
    void wordSearch();
    void noMatch();
    void familyFilter_data();
    void familyFilter();
    void familyFilterCombines();
    void severityFilter_data();
    void severityFilter();
    void categoryFilter_data();
    void categoryFilter();
    void packageFilter_data();
    void packageFilter();
    void filtersCombine();
    void clearFilters();
    void sortByValue_data();
    void sortByValue();
    void sortBySymbol();
    void filterChangedSignal();

private:
    struct Fixture {
        CodeTableModel model;
        CodeFilterProxy proxy;
        Fixture() { proxy.setSourceModel(&model); }
    };
    static QStringList symbols(const QAbstractItemModel &proxy);
    static QStringList expected(const CodePredicate &predicate);
};

QStringList TestCodeFilterProxy::symbols(const QAbstractItemModel &proxy)
{
    QStringList list;
    for (int row = 0; row < proxy.rowCount(); ++row)
        list << proxy.index(row, CodeTableModel::SymbolColumn).data().toString();
    list.sort();
    return list;
}

QStringList TestCodeFilterProxy::expected(const CodePredicate &predicate)
{
    QStringList list;
    for (const StatusCode &c : Catalog::instance().codes()) {
        if (predicate(c))
            list << c.symbolString();
    }
    list.sort();
    return list;
}

void TestCodeFilterProxy::init()
{
    sspilens::test::failOnUnexpectedWarnings();
}

void TestCodeFilterProxy::modelTester()
{
    Fixture f;
    QAbstractItemModelTester sourceTester(&f.model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&f.proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    f.proxy.sort(CodeTableModel::ValueColumn, Qt::DescendingOrder);
    f.proxy.setSearchText(QStringLiteral("kerberos"));
    f.proxy.setPackageEnabled(Ntlm, true);
    f.proxy.setSeverityEnabled(Severity::Error, true);
    f.proxy.setFamilyEnabled(Family::Kerberos, true);
    f.proxy.sort(CodeTableModel::FamilyColumn, Qt::DescendingOrder);
    f.proxy.sort(CodeTableModel::MeaningColumn, Qt::AscendingOrder);
    f.proxy.setSearchText(QStringLiteral("8009030"));
    f.proxy.clearFilters();
    f.proxy.setSearchText(QString());
    f.proxy.retranslate();
    f.model.retranslate();
    QCOMPARE(f.proxy.rowCount(), Catalog::instance().size());
}

void TestCodeFilterProxy::exactSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("symbol");
    // Numbers match values only. A symbol typed as words may also find codes whose texts contain
    // those words; the code itself must be there and every other row must contain every word.
    QTest::addColumn<bool>("only");
    QTest::newRow("bare lower hex") << "8009030c"
                                    << "SEC_E_LOGON_DENIED" << true;
    QTest::newRow("0x upper hex") << "0x8009030C"
                                  << "SEC_E_LOGON_DENIED" << true;
    QTest::newRow("signed decimal") << "-2146893019"
                                    << "SEC_E_UNTRUSTED_ROOT" << true;
    QTest::newRow("unsigned decimal") << "2148074277"
                                      << "SEC_E_UNTRUSTED_ROOT" << true;
    QTest::newRow("sign-extended") << "0xFFFFFFFF80090326"
                                   << "SEC_E_ILLEGAL_MESSAGE" << true;
    QTest::newRow("padded") << "  8009030C  "
                            << "SEC_E_LOGON_DENIED" << true;
    QTest::newRow("symbol without underscores") << "secewrongprincipal"
                                                << "SEC_E_WRONG_PRINCIPAL" << true;
    QTest::newRow("symbol lower case") << "sec_e_wrong_principal"
                                       << "SEC_E_WRONG_PRINCIPAL" << false;
    QTest::newRow("symbol with spaces") << "SEC _ E _ UNTRUSTED _ ROOT"
                                        << "SEC_E_UNTRUSTED_ROOT" << false;
    QTest::newRow("alias") << "SEC_E_NO_SPM"
                           << "SEC_E_INTERNAL_ERROR" << false;
    QTest::newRow("alias lower case") << "sec_e_not_supported"
                                      << "SEC_E_UNSUPPORTED_FUNCTION" << false;
    // Values of every family; a family names the number.
    QTest::newRow("Kerberos 0x18, not 0x80090318") << "0x18"
                                                   << "KDC_ERR_PREAUTH_FAILED" << true;
    QTest::newRow("kerberos:0x18") << "kerberos:0x18"
                                   << "KDC_ERR_PREAUTH_FAILED" << true;
    QTest::newRow("kerberos:24") << "Kerberos:24"
                                 << "KDC_ERR_PREAUTH_FAILED" << true;
    QTest::newRow("tls-alert:40") << "tls-alert:40"
                                  << "TLS1_ALERT_HANDSHAKE_FAILURE" << true;
    QTest::newRow("win32:1326") << "win32:1326"
                                << "ERROR_LOGON_FAILURE" << true;
    QTest::newRow("win32:0x52E") << "win32:0x52E"
                                 << "ERROR_LOGON_FAILURE" << true;
    QTest::newRow("NTSTATUS") << "0xC000006A"
                              << "STATUS_WRONG_PASSWORD" << true;
    QTest::newRow("HRESULT_FROM_WIN32") << "0x8007052E"
                                        << "ERROR_LOGON_FAILURE" << true;
    QTest::newRow("HRESULT_FROM_NT") << "0xD000006A"
                                     << "STATUS_WRONG_PASSWORD" << true;
    QTest::newRow("MIT name") << "KRB5KDC_ERR_PREAUTH_FAILED"
                              << "KDC_ERR_PREAUTH_FAILED" << true;
}

void TestCodeFilterProxy::exactSearch()
{
    QFETCH(QString, query);
    QFETCH(QString, symbol);
    QFETCH(bool, only);
    Fixture f;
    f.proxy.setSearchText(query);
    const QStringList shown = symbols(f.proxy);
    if (only) {
        QCOMPARE(shown, QStringList{symbol});
        return;
    }
    QVERIFY2(shown.contains(symbol), qPrintable(shown.join(QLatin1Char(' '))));
    const QStringList words = query.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &other : shown) {
        if (other == symbol)
            continue;
        const StatusCode *c = Catalog::instance().bySymbol(other);
        QVERIFY(c);
        const QString text = texts(*c) + c->allNames().join(QLatin1Char(' ')).toCaseFolded();
        for (const QString &word : words)
            QVERIFY2(text.contains(word), qPrintable(other + QLatin1String(": ") + word));
    }
}

void TestCodeFilterProxy::partialSearch_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<CodePredicate>("predicate");
    QTest::newRow("partial hex") << "8009032" << CodePredicate([](const StatusCode &c) {
        const QLatin1String digits("8009032");
        return c.hex().contains(digits) || QString::number(c.unsignedValue()).contains(digits)
               || QString::number(c.signedValue()).contains(digits);
    });
    QTest::newRow("partial 0x hex") << "0x8009031" << CodePredicate([](const StatusCode &c) {
        return c.hex().contains(QLatin1String("8009031"));
    });
    QTest::newRow("partial signed decimal") << "-214689302" << CodePredicate([](const StatusCode &c) {
        return QString::number(c.signedValue()).contains(QLatin1String("-214689302"));
    });
    QTest::newRow("partial symbol or word") << "cert" << CodePredicate([](const StatusCode &c) {
        return c.allNames().join(QLatin1Char(' ')).contains(QLatin1String("CERT"))
               || texts(c).contains(QLatin1String("cert"));
    });
    QTest::newRow("informational prefix") << "SEC_I_" << CodePredicate([](const StatusCode &c) {
        return c.symbolString().startsWith(QLatin1String("SEC_I_")) || texts(c).contains(QLatin1String("sec_i_"));
    });
}

void TestCodeFilterProxy::partialSearch()
{
    QFETCH(QString, query);
    QFETCH(CodePredicate, predicate);
    Fixture f;
    f.proxy.setSearchText(query);
    const QStringList want = expected(predicate);
    QVERIFY(!want.isEmpty());
    QCOMPARE(symbols(f.proxy), want);
}

void TestCodeFilterProxy::wordSearch()
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("untrusted"));
    const QStringList shown = symbols(f.proxy);
    // Every code with the word in its symbol or meaning is there...
    const QStringList must = expected([](const StatusCode &c) {
        return c.symbolString().contains(QLatin1String("UNTRUSTED"))
               || QString::fromUtf8(c.meaning).contains(QLatin1String("untrusted"), Qt::CaseInsensitive);
    });
    QVERIFY(must.contains(QStringLiteral("SEC_E_UNTRUSTED_ROOT")));
    for (const QString &symbol : must)
        QVERIFY2(shown.contains(symbol), qPrintable(symbol));
    // ... and nothing that does not mention it.
    for (const QString &symbol : shown) {
        const StatusCode *c = Catalog::instance().bySymbol(symbol);
        QVERIFY(c);
        const QString text = c->symbolString() + QString::fromUtf8(c->meaning) + QString::fromUtf8(c->explanation)
                             + QString::fromUtf8(c->windowsMessage);
        QVERIFY2(text.contains(QLatin1String("untrusted"), Qt::CaseInsensitive), qPrintable(symbol));
    }

    f.proxy.setSearchText(QStringLiteral("clock skew"));
    QVERIFY(symbols(f.proxy).contains(QStringLiteral("SEC_E_TIME_SKEW")));
}

void TestCodeFilterProxy::noMatch()
{
    Fixture f;
    f.proxy.setSearchText(QStringLiteral("qqqzzzxxx"));
    QCOMPARE(f.proxy.rowCount(), 0);
    // E_OUTOFMEMORY: an HRESULT no family of the catalog holds.
    QVERIFY(Catalog::instance().allByValue(0x8007000Eu).isEmpty());
    f.proxy.setSearchText(QStringLiteral("0x8007000E"));
    QCOMPARE(f.proxy.rowCount(), 0);
    f.proxy.setSearchText(QString());
    QCOMPARE(f.proxy.rowCount(), Catalog::instance().size());
}

void TestCodeFilterProxy::familyFilter_data()
{
    QTest::addColumn<int>("family");
    for (Family family : FamilyFormat::all)
        QTest::newRow(qPrintable(familyKey(family))) << int(family);
}

void TestCodeFilterProxy::familyFilter()
{
    QFETCH(int, family);
    const auto fam = static_cast<Family>(family);
    Fixture f;
    QVERIFY(!f.proxy.familyEnabled(fam));
    QSignalSpy spy(&f.proxy, &CodeFilterProxy::filterChanged);
    f.proxy.setFamilyEnabled(fam, true);
    QCOMPARE(spy.count(), 1);
    QVERIFY(f.proxy.familyEnabled(fam));
    QVERIFY(f.proxy.hasActiveFilters());
    const QStringList want = expected([fam](const StatusCode &c) { return c.family == fam; });
    QVERIFY(!want.isEmpty());
    QCOMPARE(symbols(f.proxy), want);
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        QCOMPARE(f.proxy.index(row, CodeTableModel::FamilyColumn).data().toString(), FamilyFormat::name(fam));
    f.proxy.clearFilters();
    QVERIFY(!f.proxy.familyEnabled(fam));
    QCOMPARE(f.proxy.rowCount(), Catalog::instance().size());
}

void TestCodeFilterProxy::familyFilterCombines()
{
    Fixture f;
    // Two families: either. With a category: both.
    f.proxy.setFamilyEnabled(Family::Kerberos, true);
    f.proxy.setFamilyEnabled(Family::NtStatus, true);
    QCOMPARE(symbols(f.proxy), expected([](const StatusCode &c) {
                 return c.family == Family::Kerberos || c.family == Family::NtStatus;
             }));
    f.proxy.setCategoryEnabled(Category::CredentialsLogon, true);
    const QStringList want = expected([](const StatusCode &c) {
        return (c.family == Family::Kerberos || c.family == Family::NtStatus)
               && c.category == Category::CredentialsLogon;
    });
    QVERIFY(!want.isEmpty());
    QCOMPARE(symbols(f.proxy), want);
    QVERIFY(want.contains(QStringLiteral("KDC_ERR_PREAUTH_FAILED")));
    QVERIFY(!want.contains(QStringLiteral("SEC_E_LOGON_DENIED")));
    // The family filter and the search together: only SSPI codes for a word all families use.
    f.proxy.clearFilters();
    f.proxy.setFamilyEnabled(Family::Sspi, true);
    f.proxy.setSearchText(QStringLiteral("password"));
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        QCOMPARE(CodeTableModel::codeFromIndex(f.proxy.index(row, 0))->family, Family::Sspi);
}

void TestCodeFilterProxy::severityFilter_data()
{
    QTest::addColumn<int>("severity");
    QTest::newRow("errors") << int(Severity::Error);
    QTest::newRow("informational") << int(Severity::Informational);
    QTest::newRow("success") << int(Severity::Success);
}

void TestCodeFilterProxy::severityFilter()
{
    QFETCH(int, severity);
    const auto s = static_cast<Severity>(severity);
    Fixture f;
    f.proxy.setSeverityEnabled(s, true);
    QVERIFY(f.proxy.severityEnabled(s));
    QVERIFY(f.proxy.hasActiveFilters());
    QCOMPARE(symbols(f.proxy), expected([s](const StatusCode &c) { return c.severity == s; }));
    QVERIFY(f.proxy.rowCount() > 0);
}

void TestCodeFilterProxy::categoryFilter_data()
{
    QTest::addColumn<int>("category");
    for (int i = 0; i < CategoryCount; ++i)
        QTest::newRow(qPrintable(categoryKey(static_cast<Category>(i)))) << i;
}

void TestCodeFilterProxy::categoryFilter()
{
    QFETCH(int, category);
    const auto cat = static_cast<Category>(category);
    Fixture f;
    f.proxy.setCategoryEnabled(cat, true);
    QVERIFY(f.proxy.categoryEnabled(cat));
    const QStringList want = expected([cat](const StatusCode &c) { return c.category == cat; });
    QVERIFY(!want.isEmpty());
    QCOMPARE(symbols(f.proxy), want);
}

void TestCodeFilterProxy::packageFilter_data()
{
    QTest::addColumn<int>("package");
    for (int bit = 0; bit < PackageCount; ++bit)
        QTest::newRow(qPrintable(packageName(static_cast<Package>(1 << bit)))) << (1 << bit);
}

void TestCodeFilterProxy::packageFilter()
{
    QFETCH(int, package);
    const auto p = static_cast<Package>(package);
    Fixture f;
    f.proxy.setPackageEnabled(p, true);
    QVERIFY(f.proxy.packageEnabled(p));
    const QStringList want = expected([p](const StatusCode &c) { return (c.packages & p) != 0; });
    QVERIFY(!want.isEmpty());
    QCOMPARE(symbols(f.proxy), want);
}

void TestCodeFilterProxy::filtersCombine()
{
    Fixture f;
    // Within a group: either.
    f.proxy.setPackageEnabled(Kerberos, true);
    f.proxy.setPackageEnabled(Ntlm, true);
    QCOMPARE(symbols(f.proxy), expected([](const StatusCode &c) { return (c.packages & (Kerberos | Ntlm)) != 0; }));
    // Across groups: both.
    f.proxy.setSeverityEnabled(Severity::Error, true);
    f.proxy.setCategoryEnabled(Category::KerberosKdc, true);
    QCOMPARE(symbols(f.proxy), expected([](const StatusCode &c) {
                 return (c.packages & (Kerberos | Ntlm)) != 0 && c.severity == Severity::Error
                        && c.category == Category::KerberosKdc;
             }));
    // And with the search text, which Kerberos codes also name in their texts ("Windows
    // applications see SEC_E_KDC_...").
    f.proxy.setSearchText(QStringLiteral("SEC_E_KDC"));
    QCOMPARE(symbols(f.proxy), expected([](const StatusCode &c) {
                 return (c.packages & (Kerberos | Ntlm)) != 0 && c.severity == Severity::Error
                        && c.category == Category::KerberosKdc
                        && (c.symbolString().contains(QLatin1String("SEC_E_KDC"))
                            || texts(c).contains(QLatin1String("sec_e_kdc")));
             }));
    QVERIFY(f.proxy.rowCount() > 0);
    // Only the SSPI family: the codes whose symbol it is.
    f.proxy.setFamilyEnabled(Family::Sspi, true);
    QCOMPARE(symbols(f.proxy), expected([](const StatusCode &c) {
                 return (c.packages & (Kerberos | Ntlm)) != 0 && c.severity == Severity::Error
                        && c.category == Category::KerberosKdc && c.family == Family::Sspi
                        && c.symbolString().contains(QLatin1String("SEC_E_KDC"));
             }));
    QVERIFY(f.proxy.rowCount() > 0);
    f.proxy.setFamilyEnabled(Family::Sspi, false);
    // A combination nothing has.
    f.proxy.setSearchText(QString());
    f.proxy.setSeverityEnabled(Severity::Error, false);
    f.proxy.setSeverityEnabled(Severity::Success, true);
    QCOMPARE(f.proxy.rowCount(), 0);
}

void TestCodeFilterProxy::clearFilters()
{
    Fixture f;
    QVERIFY(!f.proxy.hasActiveFilters());
    f.proxy.setSeverityEnabled(Severity::Informational, true);
    f.proxy.setCategoryEnabled(Category::ContextTokens, true);
    f.proxy.setPackageEnabled(Schannel, true);
    f.proxy.setSearchText(QStringLiteral("0x8009"));
    QVERIFY(f.proxy.hasActiveFilters());
    f.proxy.clearFilters();
    QVERIFY(!f.proxy.hasActiveFilters());
    QVERIFY(!f.proxy.severityEnabled(Severity::Informational));
    QVERIFY(!f.proxy.categoryEnabled(Category::ContextTokens));
    QVERIFY(!f.proxy.packageEnabled(Schannel));
    // The search is not a filter box: it stays.
    QCOMPARE(f.proxy.searchText(), QStringLiteral("0x8009"));
    QCOMPARE(symbols(f.proxy),
             expected([](const StatusCode &c) { return c.hex().startsWith(QLatin1String("0x8009")); }));
}

void TestCodeFilterProxy::sortByValue_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("ascending") << int(Qt::AscendingOrder);
    QTest::newRow("descending") << int(Qt::DescendingOrder);
}

void TestCodeFilterProxy::sortByValue()
{
    QFETCH(int, order);
    Fixture f;
    f.proxy.sort(CodeTableModel::ValueColumn, static_cast<Qt::SortOrder>(order));
    QCOMPARE(f.proxy.rowCount(), Catalog::instance().size());
    // Family, then value: a Kerberos 0x18 never sorts among SSPI or Win32 codes.
    for (int row = 1; row < f.proxy.rowCount(); ++row) {
        const StatusCode *a = CodeTableModel::codeFromIndex(f.proxy.index(row - 1, 0));
        const StatusCode *b = CodeTableModel::codeFromIndex(f.proxy.index(row, 0));
        const quint64 ka = Catalog::identity(a->family, a->value);
        const quint64 kb = Catalog::identity(b->family, b->value);
        QVERIFY2(order == Qt::AscendingOrder ? ka < kb : ka > kb,
                 qPrintable(a->symbolString() + QLatin1Char(' ') + b->symbolString()));
    }
    const StatusCode *first = CodeTableModel::codeFromIndex(f.proxy.index(0, 0));
    QCOMPARE(first,
             order == Qt::AscendingOrder ? &Catalog::instance().codes().front() : &Catalog::instance().codes().back());
}

void TestCodeFilterProxy::sortBySymbol()
{
    Fixture f;
    f.proxy.sort(CodeTableModel::SymbolColumn, Qt::AscendingOrder);
    QStringList inOrder;
    for (int row = 0; row < f.proxy.rowCount(); ++row)
        inOrder << f.proxy.index(row, CodeTableModel::SymbolColumn).data().toString();
    QStringList sorted = inOrder;
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    QCOMPARE(inOrder, sorted);
}

void TestCodeFilterProxy::filterChangedSignal()
{
    Fixture f;
    QSignalSpy spy(&f.proxy, &CodeFilterProxy::filterChanged);
    f.proxy.setSearchText(QStringLiteral("time"));
    f.proxy.setSearchText(QStringLiteral("time"));
    QCOMPARE(spy.count(), 1);
    f.proxy.setPackageEnabled(Digest, true);
    f.proxy.setPackageEnabled(Digest, true);
    QCOMPARE(spy.count(), 2);
    f.proxy.clearFilters();
    f.proxy.clearFilters();
    QCOMPARE(spy.count(), 3);
}

QTEST_MAIN(TestCodeFilterProxy)
#include "tst_codefilterproxy.moc"
