// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "catalog.h"
#include "lookup.h"

#include <QTest>

using namespace sspilens;
using Status = LookupResult::Status;
using Match = LookupResult::Match;

Q_DECLARE_METATYPE(LookupResult::Status)
Q_DECLARE_METATYPE(LookupResult::Match)

class TestLookup : public QObject
{
    Q_OBJECT

private slots:
    void parseValue_data();
    void parseValue();
    void singleCode_data();
    void singleCode();
    void notInCatalog_data();
    void notInCatalog();
    void wordSearch();
    void exactSymbol_data();
    void exactSymbol();
    void searchQuery_data();
    void searchQuery();
};

void TestLookup::parseValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");
    QTest::newRow("0x") << "0x80090325" << true << 0x80090325u;
    QTest::newRow("0X mixed case") << "0X8009030c" << true << 0x8009030Cu;
    QTest::newRow("bare 8 hex") << "80090308" << true << 0x80090308u;
    QTest::newRow("bare lower") << "8009030c" << true << 0x8009030Cu;
    QTest::newRow("sign-extended") << "0xFFFFFFFF80090326" << true << 0x80090326u;
    QTest::newRow("sign-extended bare") << "FFFFFFFF80090326" << true << 0x80090326u;
    QTest::newRow("signed decimal") << "-2146893019" << true << 0x80090325u;
    QTest::newRow("unsigned decimal") << "2148074277" << true << 0x80090325u;
    QTest::newRow("C suffix") << "0x80090325L" << true << 0x80090325u;
    QTest::newRow("hash prefix") << "#80090325" << true << 0x80090325u;
    QTest::newRow("spaces") << "  0x80090325 " << true << 0x80090325u;
    QTest::newRow("informational") << "0x00090312" << true << 0x00090312u;
    QTest::newRow("minus one") << "-1" << true << 0xFFFFFFFFu;
    QTest::newRow("zero") << "0" << true << 0u;
    QTest::newRow("too big hex") << "0x1FFFFFFFF" << false << 0u;
    QTest::newRow("not sign-extended") << "0x0000000180090326" << false << 0u;
    QTest::newRow("too big decimal") << "4294967296" << false << 0u;
    QTest::newRow("too small decimal") << "-2147483649" << false << 0u;
    QTest::newRow("word") << "untrusted" << false << 0u;
    QTest::newRow("hex prefix only") << "0x" << false << 0u;
    QTest::newRow("empty") << "" << false << 0u;
    QTest::newRow("symbol") << "SEC_E_OK" << false << 0u;
}

void TestLookup::parseValue()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(quint32, value);
    const auto v = parseStatusValue(input);
    QCOMPARE(v.has_value(), valid);
    if (valid)
        QCOMPARE(*v, value);
}

void TestLookup::singleCode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<LookupResult::Match>("match");
    QTest::newRow("hex") << "0x80090325"
                         << "SEC_E_UNTRUSTED_ROOT" << Match::Value;
    QTest::newRow("bare hex") << "80090325"
                              << "SEC_E_UNTRUSTED_ROOT" << Match::Value;
    QTest::newRow("0X lower digits") << "0X8009030c"
                                     << "SEC_E_LOGON_DENIED" << Match::Value;
    QTest::newRow("sign-extended") << "0xFFFFFFFF80090326"
                                   << "SEC_E_ILLEGAL_MESSAGE" << Match::Value;
    QTest::newRow("signed") << "-2146893019"
                            << "SEC_E_UNTRUSTED_ROOT" << Match::Value;
    QTest::newRow("unsigned") << "2148074277"
                              << "SEC_E_UNTRUSTED_ROOT" << Match::Value;
    QTest::newRow("informational hex") << "0x00090312"
                                       << "SEC_I_CONTINUE_NEEDED" << Match::Value;
    QTest::newRow("informational decimal") << "590610"
                                           << "SEC_I_CONTINUE_NEEDED" << Match::Value;
    QTest::newRow("ok value") << "0x00000000"
                              << "SEC_E_OK" << Match::Value;
    QTest::newRow("symbol") << "SEC_E_UNTRUSTED_ROOT"
                            << "SEC_E_UNTRUSTED_ROOT" << Match::Symbol;
    QTest::newRow("symbol lower") << "sec_e_untrusted_root"
                                  << "SEC_E_UNTRUSTED_ROOT" << Match::Symbol;
    QTest::newRow("symbol spaced") << "SEC _ E _ UNTRUSTED _ ROOT"
                                   << "SEC_E_UNTRUSTED_ROOT" << Match::Symbol;
    QTest::newRow("symbol no underscores") << "secEuntrustedRoot"
                                           << "SEC_E_UNTRUSTED_ROOT" << Match::Symbol;
    QTest::newRow("alias") << "SEC_E_NO_SPM"
                           << "SEC_E_INTERNAL_ERROR" << Match::Symbol;
    QTest::newRow("alias 2") << "sec_e_not_supported"
                             << "SEC_E_UNSUPPORTED_FUNCTION" << Match::Symbol;
    QTest::newRow("exact") << "=SEC_E_UNTRUSTED_ROOT"
                           << "SEC_E_UNTRUSTED_ROOT" << Match::ExactSymbol;
    QTest::newRow("message") << "The token supplied to the function is invalid"
                             << "SEC_E_INVALID_TOKEN" << Match::Message;
    QTest::newRow("message lower no period") << "the target principal name is incorrect"
                                             << "SEC_E_WRONG_PRINCIPAL" << Match::Message;
    QTest::newRow("message extra spaces") << "The  clocks on the client and server machines are skewed."
                                          << "SEC_E_TIME_SKEW" << Match::Message;
    QTest::newRow("shared message prefers the error") << "The context has expired and can no longer be used."
                                                      << "SEC_E_CONTEXT_EXPIRED" << Match::Message;
}

void TestLookup::singleCode()
{
    QFETCH(QString, input);
    QFETCH(QString, symbol);
    QFETCH(LookupResult::Match, match);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.match, match);
    QVERIFY(!r.codes.isEmpty());
    QCOMPARE(r.codes.first()->symbolString(), symbol);
    QCOMPARE(r.input, input);
}

void TestLookup::notInCatalog_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<LookupResult::Status>("status");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("facility");
    QTest::addColumn<QString>("facilityName");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("known");
    using K = ValueAnatomy::Kind;
    QTest::newRow("E_ACCESSDENIED") << "0x80070005" << Status::NotSspi << int(K::HResult) << 7 << "FACILITY_WIN32" << 5
                                    << "E_ACCESSDENIED";
    QTest::newRow("SqlException") << "0x80131904" << Status::NotSspi << int(K::HResult) << 0x13 << "FACILITY_URT"
                                  << 0x1904 << "SqlException HResult (System.Data.SqlClient)";
    QTest::newRow("CERT_E_UNTRUSTEDROOT") << "0x800B0109" << Status::NotSspi << int(K::HResult) << 11 << "FACILITY_CERT"
                                          << 0x109 << "CERT_E_UNTRUSTEDROOT";
    QTest::newRow("CRYPT_E_REVOCATION_OFFLINE") << "0x80092013" << Status::NotSspi << int(K::HResult) << 9
                                                << "FACILITY_SECURITY" << 0x2013 << "CRYPT_E_REVOCATION_OFFLINE";
    QTest::newRow("NTE_BAD_KEYSET") << "80090016" << Status::NotSspi << int(K::HResult) << 9 << "FACILITY_SECURITY"
                                    << 0x16 << "NTE_BAD_KEYSET";
    QTest::newRow("NTSTATUS hex") << "0xC000006D" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE" << 0x6D
                                  << "STATUS_LOGON_FAILURE";
    QTest::newRow("NTSTATUS decimal") << "3221225581" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE"
                                      << 0x6D << "STATUS_LOGON_FAILURE";
    QTest::newRow("NTSTATUS twin") << "0xC00002F8" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE"
                                   << 0x2F8 << "";
    QTest::newRow("HRESULT_FROM_NT") << "0xD000006D" << Status::NotSspi << int(K::HResultFromNt) << 0 << "FACILITY_NONE"
                                     << 0x6D << "";
    QTest::newRow("unassigned SSPI error")
        << "0x80090344" << Status::UnassignedSspi << int(K::HResult) << 9 << "FACILITY_SECURITY" << 0x344 << "";
    QTest::newRow("unassigned SSPI info")
        << "0x000903FF" << Status::UnassignedSspi << int(K::HResult) << 9 << "FACILITY_SECURITY" << 0x3FF << "";
    QTest::newRow("plain win32") << "5" << Status::NotSspi << int(K::Success) << 0 << "" << 5 << "";
    QTest::newRow("text") << "no such thing anywhere" << Status::NotFound << -1 << 0 << "" << 0 << "";
    QTest::newRow("exact miss") << "=SEC_E_UNTRUSTED" << Status::NotFound << -1 << 0 << "" << 0 << "";
    QTest::newRow("too big") << "0x123456789" << Status::NotFound << -1 << 0 << "" << 0 << "";
    QTest::newRow("empty") << "   " << Status::Empty << -1 << 0 << "" << 0 << "";
}

void TestLookup::notInCatalog()
{
    QFETCH(QString, input);
    QFETCH(LookupResult::Status, status);
    QFETCH(int, kind);
    QFETCH(int, facility);
    QFETCH(QString, facilityName);
    QFETCH(int, code);
    QFETCH(QString, known);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, status);
    QVERIFY(!r.found());
    QVERIFY(r.codes.isEmpty());
    if (kind < 0) {
        QVERIFY(!r.value.has_value());
        return;
    }
    QVERIFY(r.value.has_value());
    QCOMPARE(int(r.anatomy.kind), kind);
    QCOMPARE(int(r.anatomy.facility), facility);
    QCOMPARE(r.anatomy.facilityName, facilityName);
    QCOMPARE(int(r.anatomy.code), code);
    QCOMPARE(r.anatomy.knownName, known);
    const QString description = r.anatomy.describe();
    QVERIFY2(description.contains(formatHex(*r.value)), qPrintable(description));
    if (status == Status::UnassignedSspi)
        QVERIFY(description.contains(QLatin1String("SSPI block")));
    else
        QVERIFY2(description.contains(QLatin1String("not an SSPI status code")), qPrintable(description));
    QVERIFY(!r.anatomy.fieldLines().isEmpty());
}

void TestLookup::wordSearch()
{
    const LookupResult r = lookupToken(u"untrusted");
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.match, Match::Text);
    QStringList symbols;
    for (const StatusCode *c : r.codes)
        symbols << c->symbolString();
    QVERIFY(symbols.contains(QLatin1String("SEC_E_UNTRUSTED_ROOT")));
    QVERIFY(symbols.contains(QLatin1String("SEC_E_ISSUING_CA_UNTRUSTED")));
    QVERIFY(symbols.contains(QLatin1String("SEC_E_ISSUING_CA_UNTRUSTED_KDC")));
    QVERIFY(!symbols.contains(QLatin1String("SEC_E_OK")));
    // Every match really mentions the word somewhere a user can see.
    for (const StatusCode *c : r.codes) {
        const QString all = c->symbolString() + QString::fromUtf8(c->meaning) + QString::fromUtf8(c->explanation)
                            + QString::fromLatin1(c->windowsMessage);
        QVERIFY2(all.contains(QLatin1String("untrusted"), Qt::CaseInsensitive), c->symbol);
    }
}

void TestLookup::exactSymbol_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("count");
    QTest::newRow("exact") << "=SEC_E_UNTRUSTED_ROOT" << 1;
    QTest::newRow("exact any case") << "=sec_e_untrusted_root" << 1;
    QTest::newRow("exact alias") << "=SEC_E_NOT_SUPPORTED" << 1;
    QTest::newRow("exact prefix is not a match") << "=SEC_E_UNTRUSTED" << 0;
}

void TestLookup::exactSymbol()
{
    QFETCH(QString, input);
    QFETCH(int, count);
    const LookupResult r = lookupToken(input);
    QCOMPARE(int(r.codes.size()), count);
    QCOMPARE(r.match, Match::ExactSymbol);
}

void TestLookup::searchQuery_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustMatch");
    QTest::addColumn<QStringList>("mustNotMatch");
    QTest::newRow("empty matches all") << "" << QStringList{"SEC_E_OK", "SEC_E_LOGON_DENIED"} << QStringList{};
    QTest::newRow("full hex") << "8009030c" << QStringList{"SEC_E_LOGON_DENIED"}
                              << QStringList{"SEC_E_UNKNOWN_CREDENTIALS", "SEC_E_INVALID_TOKEN"};
    QTest::newRow("partial hex") << "8009032"
                                 << QStringList{"SEC_E_INCOMPLETE_CREDENTIALS", "SEC_E_WRONG_PRINCIPAL",
                                                "SEC_E_ENCRYPT_FAILURE"}
                                 << QStringList{"SEC_E_DECRYPT_FAILURE", "SEC_E_LOGON_DENIED"};
    QTest::newRow("0x partial") << "0x8009033" << QStringList{"SEC_E_NO_PA_DATA"}
                                << QStringList{"SEC_E_WRONG_PRINCIPAL"};
    QTest::newRow("signed decimal") << "-2146893019" << QStringList{"SEC_E_UNTRUSTED_ROOT"}
                                    << QStringList{"SEC_E_ILLEGAL_MESSAGE"};
    QTest::newRow("unsigned decimal") << "2148074277" << QStringList{"SEC_E_UNTRUSTED_ROOT"}
                                      << QStringList{"SEC_E_ILLEGAL_MESSAGE"};
    QTest::newRow("sign-extended") << "0xFFFFFFFF80090326" << QStringList{"SEC_E_ILLEGAL_MESSAGE"}
                                   << QStringList{"SEC_E_UNTRUSTED_ROOT"};
    QTest::newRow("symbol any case") << "wrong_principal" << QStringList{"SEC_E_WRONG_PRINCIPAL"}
                                     << QStringList{"SEC_E_LOGON_DENIED"};
    QTest::newRow("symbol spaced") << "SEC _ E _ TIME _ SKEW" << QStringList{"SEC_E_TIME_SKEW"}
                                   << QStringList{"SEC_E_LOGON_DENIED"};
    QTest::newRow("alias") << "NO_SPM" << QStringList{"SEC_E_INTERNAL_ERROR"} << QStringList{"SEC_E_OK"};
    QTest::newRow("word of the Windows message")
        << "principal name" << QStringList{"SEC_E_WRONG_PRINCIPAL"} << QStringList{"SEC_E_OK"};
}

void TestLookup::searchQuery()
{
    QFETCH(QString, query);
    QFETCH(QStringList, mustMatch);
    QFETCH(QStringList, mustNotMatch);
    const SearchQuery q(query);
    const Catalog &c = Catalog::instance();
    for (const QString &s : mustMatch) {
        QVERIFY(c.bySymbol(s));
        QVERIFY2(q.matches(*c.bySymbol(s)), qPrintable(s));
    }
    for (const QString &s : mustNotMatch) {
        QVERIFY(c.bySymbol(s));
        QVERIFY2(!q.matches(*c.bySymbol(s)), qPrintable(s));
    }
}

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_lookup.moc"
