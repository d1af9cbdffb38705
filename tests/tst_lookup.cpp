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
Q_DECLARE_METATYPE(LookupResult::Via)

namespace {

QString familiesOf(const QList<const StatusCode *> &codes)
{
    QStringList keys;
    for (const StatusCode *c : codes)
        keys << familyKey(c->family);
    return keys.join(QLatin1Char(' '));
}

} // namespace

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
    void everyFamily_data();
    void everyFamily();
    void familyValue_data();
    void familyValue();
    void familySymbol_data();
    void familySymbol();
    void familySymbolOfAnotherFamily();
    void familyValueMisses_data();
    void familyValueMisses();
    void notQualified_data();
    void notQualified();
    void severalMeanings_data();
    void severalMeanings();
    void wrappers_data();
    void wrappers();
    void anatomyNamesFromCatalog_data();
    void anatomyNamesFromCatalog();
    void wellKnownTableHoldsOnlyOutsideValues();
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
    QTest::newRow("ok symbol") << "sec_e_ok"
                               << "SEC_E_OK" << Match::Symbol;
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
    // Values the catalog does not hold keep their anatomy; the names come from the small table of
    // well-known values outside the catalog.
    QTest::newRow("E_OUTOFMEMORY") << "0x8007000E" << Status::NotSspi << int(K::HResult) << 7 << "FACILITY_WIN32" << 0xE
                                   << "E_OUTOFMEMORY";
    QTest::newRow("E_INVALIDARG, Win32 87 not in the catalog")
        << "0x80070057" << Status::NotSspi << int(K::HResult) << 7 << "FACILITY_WIN32" << 0x57 << "E_INVALIDARG";
    QTest::newRow("COR_E_EXCEPTION") << "0x80131500" << Status::NotSspi << int(K::HResult) << 0x13 << "FACILITY_URT"
                                     << 0x1500 << "COR_E_EXCEPTION (System.Exception)";
    QTest::newRow("CRYPT_E_NOT_FOUND") << "0x80092004" << Status::NotSspi << int(K::HResult) << 9 << "FACILITY_SECURITY"
                                       << 0x2004 << "CRYPT_E_NOT_FOUND";
    QTest::newRow("NTE_BAD_KEYSET") << "80090016" << Status::NotSspi << int(K::HResult) << 9 << "FACILITY_SECURITY"
                                    << 0x16 << "NTE_BAD_KEYSET";
    QTest::newRow("NTSTATUS hex") << "0xC000018B" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE"
                                  << 0x18B << "STATUS_NO_TRUST_SAM_ACCOUNT";
    QTest::newRow("NTSTATUS decimal") << "3221225867" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE"
                                      << 0x18B << "STATUS_NO_TRUST_SAM_ACCOUNT";
    QTest::newRow("NTSTATUS nobody names")
        << "0xC0000001" << Status::NotSspi << int(K::NtStatus) << 0 << "FACILITY_NONE" << 0x1 << "";
    QTest::newRow("HRESULT_FROM_NT of an NTSTATUS not in the catalog")
        << "0xD0000001" << Status::NotSspi << int(K::HResultFromNt) << 0 << "FACILITY_NONE" << 0x1 << "";
    // Look-alikes of the wrapped forms: another facility, or the N bit without bit 30.
    QTest::newRow("facility 8, not Win32")
        << "0x8008052E" << Status::NotSspi << int(K::HResult) << 8 << "FACILITY_WINDOWS" << 0x52E << "";
    QTest::newRow("N bit without the NTSTATUS bits")
        << "0x9000006A" << Status::NotSspi << int(K::HResultFromNt) << 0 << "FACILITY_NONE" << 0x6A << "";
    QTest::newRow("unassigned SSPI error")
        << "0x80090344" << Status::UnassignedSspi << int(K::HResult) << 9 << "FACILITY_SECURITY" << 0x344 << "";
    QTest::newRow("unassigned SSPI info")
        << "0x000903FF" << Status::UnassignedSspi << int(K::HResult) << 9 << "FACILITY_SECURITY" << 0x3FF << "";
    QTest::newRow("small number no family holds") << "53" << Status::NotSspi << int(K::Success) << 0 << "" << 53 << "";
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
    // Values of every family; a short hex value is no substring of an SSPI value.
    QTest::newRow("0x18: Kerberos, not 0x80090318")
        << "0x18" << QStringList{"KDC_ERR_PREAUTH_FAILED"}
        << QStringList{"SEC_E_INCOMPLETE_MESSAGE", "KDC_ERR_PREAUTH_REQUIRED", "SEC_I_CONTINUE_NEEDED"};
    QTest::newRow("0x1: the start of Kerberos numbers")
        << "0x1" << QStringList{"KDC_ERR_NAME_EXP", "KDC_ERR_PREAUTH_FAILED", "KDC_ERR_PADATA_TYPE_NOSUPP"}
        << QStringList{"KRB_AP_ERR_TKT_EXPIRED", "SEC_E_INCOMPLETE_MESSAGE"};
    QTest::newRow("bare 18 is decimal 18") << "18" << QStringList{"KDC_ERR_CLIENT_REVOKED"}
                                           << QStringList{"KDC_ERR_PREAUTH_FAILED", "SEC_E_INCOMPLETE_MESSAGE"};
    QTest::newRow("40 in every family") << "40" << QStringList{"TLS1_ALERT_HANDSHAKE_FAILURE", "KRB_AP_ERR_MSG_TYPE"}
                                        << QStringList{"TLS1_ALERT_BAD_CERTIFICATE", "SEC_E_ILLEGAL_MESSAGE"};
    QTest::newRow("win32 decimal") << "1326" << QStringList{"ERROR_LOGON_FAILURE"}
                                   << QStringList{"ERROR_NO_LOGON_SERVERS", "STATUS_LOGON_FAILURE"};
    QTest::newRow("start of a win32 number")
        << "131" << QStringList{"ERROR_NO_LOGON_SERVERS", "ERROR_NO_SUCH_USER"} << QStringList{"ERROR_LOGON_FAILURE"};
    QTest::newRow("win32 hex with a letter")
        << "52E" << QStringList{"ERROR_LOGON_FAILURE"} << QStringList{"ERROR_ACCOUNT_RESTRICTION"};
    QTest::newRow("short hex: start of SSPI values")
        << "8009" << QStringList{"SEC_E_LOGON_DENIED", "SEC_E_UNTRUSTED_ROOT"} << QStringList{"SEC_I_CONTINUE_NEEDED"};
    QTest::newRow("NTSTATUS partial") << "C000006" << QStringList{"STATUS_WRONG_PASSWORD", "STATUS_LOGON_FAILURE"}
                                      << QStringList{"STATUS_TIME_DIFFERENCE_AT_DC"};
    QTest::newRow("kerberos:0x18") << "kerberos:0x18" << QStringList{"KDC_ERR_PREAUTH_FAILED"}
                                   << QStringList{"KDC_ERR_PREAUTH_REQUIRED", "SEC_E_INCOMPLETE_MESSAGE"};
    QTest::newRow("tls-alert:40") << "tls-alert:40" << QStringList{"TLS1_ALERT_HANDSHAKE_FAILURE"}
                                  << QStringList{"KRB_AP_ERR_MSG_TYPE"};
    QTest::newRow("Kerberos:24 any case")
        << "Kerberos:24" << QStringList{"KDC_ERR_PREAUTH_FAILED"} << QStringList{"TLS1_ALERT_RECORD_OVERFLOW"};
    QTest::newRow("win32:0x52E") << "win32:0x52E" << QStringList{"ERROR_LOGON_FAILURE"}
                                 << QStringList{"STATUS_LOGON_FAILURE"};
    QTest::newRow("family alone") << "kerberos:" << QStringList{"KDC_ERR_PREAUTH_FAILED", "KRB_AP_ERR_SKEW"}
                                  << QStringList{"SEC_E_OK", "ERROR_LOGON_FAILURE"};
    QTest::newRow("family and a partial value") << "win32:13" << QStringList{"ERROR_LOGON_FAILURE"}
                                                << QStringList{"ERROR_ACCESS_DENIED", "KDC_ERR_PREAUTH_FAILED"};
    QTest::newRow("family and a symbol part")
        << "ntstatus:password" << QStringList{"STATUS_WRONG_PASSWORD", "STATUS_PASSWORD_EXPIRED"}
        << QStringList{"ERROR_WRONG_PASSWORD"};
    QTest::newRow("HRESULT_FROM_WIN32 value") << "0x8007052E" << QStringList{"ERROR_LOGON_FAILURE"}
                                              << QStringList{"STATUS_LOGON_FAILURE", "ERROR_ACCOUNT_RESTRICTION"};
    QTest::newRow("E_ACCESSDENIED and Win32 5") << "0x80070005" << QStringList{"E_ACCESSDENIED", "ERROR_ACCESS_DENIED"}
                                                << QStringList{"KDC_ERR_S_OLD_MAST_KVNO"};
    QTest::newRow("HRESULT_FROM_NT value") << "0xD000006A" << QStringList{"STATUS_WRONG_PASSWORD"}
                                           << QStringList{"ERROR_WRONG_PASSWORD", "STATUS_LOGON_FAILURE"};
    QTest::newRow("RFC alias") << "handshake_failure" << QStringList{"TLS1_ALERT_HANDSHAKE_FAILURE"}
                               << QStringList{"TLS1_ALERT_BAD_CERTIFICATE"};
    QTest::newRow("MIT spelling") << "KRB5KDC_ERR_PREAUTH" << QStringList{"KDC_ERR_PREAUTH_FAILED"}
                                  << QStringList{"KRB_AP_ERR_SKEW"};
    QTest::newRow("not a family: text with a colon")
        << "nosuchfamily:0x18" << QStringList{} << QStringList{"KDC_ERR_PREAUTH_FAILED"};
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

void TestLookup::everyFamily_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("family");
    QTest::addColumn<quint32>("value");
    QTest::addColumn<LookupResult::Match>("match");
    QTest::addColumn<LookupResult::Via>("via");
    using V = LookupResult::Via;
    QTest::newRow("RFC name") << "handshake_failure"
                              << "tls-alert" << 40u << Match::Symbol << V::Direct;
    QTest::newRow("RFC name, spaced") << "Handshake Failure"
                                      << "tls-alert" << 40u << Match::Symbol << V::Direct;
    QTest::newRow("schannel.h name") << "TLS1_ALERT_HANDSHAKE_FAILURE"
                                     << "tls-alert" << 40u << Match::Symbol << V::Direct;
    QTest::newRow("Microsoft page label") << "ssl3_alert_handshake_failure"
                                          << "tls-alert" << 40u << Match::Symbol << V::Direct;
    QTest::newRow("RFC 4120 name") << "KDC_ERR_PREAUTH_FAILED"
                                   << "kerberos" << 0x18u << Match::Symbol << V::Direct;
    QTest::newRow("MIT name") << "KRB5KDC_ERR_PREAUTH_FAILED"
                              << "kerberos" << 0x18u << Match::Symbol << V::Direct;
    QTest::newRow("MIT name, any case") << "krb5kdc_err_preauth_failed"
                                        << "kerberos" << 0x18u << Match::Symbol << V::Direct;
    QTest::newRow("Microsoft name") << "KDC_ERR_ETYPE_NOTSUPP"
                                    << "kerberos" << 0xEu << Match::Symbol << V::Direct;
    QTest::newRow("NTSTATUS") << "status_wrong_password"
                              << "ntstatus" << 0xC000006Au << Match::Symbol << V::Direct;
    QTest::newRow("Win32") << "ERROR LOGON FAILURE"
                           << "win32" << 1326u << Match::Symbol << V::Direct;
    QTest::newRow("HRESULT") << "cert_e_untrustedroot"
                             << "hresult" << 0x800B0109u << Match::Symbol << V::Direct;
    QTest::newRow("HRESULT_FROM_WIN32(NAME)") << "HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)"
                                              << "win32" << 1326u << Match::Symbol << V::HResultFromWin32;
    QTest::newRow("HRESULT_FROM_WIN32(number), any case") << "hresult_from_win32( 1326 )"
                                                          << "win32" << 1326u << Match::Symbol << V::HResultFromWin32;
    QTest::newRow("HRESULT_FROM_NT(NAME)") << "HRESULT_FROM_NT(STATUS_WRONG_PASSWORD)"
                                           << "ntstatus" << 0xC000006Au << Match::Symbol << V::HResultFromNt;
    QTest::newRow("Kerberos message (MIT)") << "Preauthentication failed"
                                            << "kerberos" << 0x18u << Match::Message << V::Direct;
    QTest::newRow("NTSTATUS Windows text") << "Unknown user name or bad password."
                                           << "ntstatus" << 0xC000006Du << Match::Message << V::Direct;
    QTest::newRow("Win32 Windows text") << "the user name or password is incorrect"
                                        << "win32" << 1326u << Match::Message << V::Direct;
    QTest::newRow("OpenSSL alert string") << "sslv3 alert handshake failure"
                                          << "tls-alert" << 40u << Match::Message << V::Direct;
    QTest::newRow("NTSTATUS value") << "0xC000006A"
                                    << "ntstatus" << 0xC000006Au << Match::Value << V::Direct;
    QTest::newRow("NTSTATUS signed") << "-1073741718"
                                     << "ntstatus" << 0xC000006Au << Match::Value << V::Direct;
    QTest::newRow("HRESULT_FROM_NT value") << "0xD000006A"
                                           << "ntstatus" << 0xC000006Au << Match::Value << V::HResultFromNt;
    QTest::newRow("HRESULT_FROM_WIN32 value") << "0x8007052E"
                                              << "win32" << 1326u << Match::Value << V::HResultFromWin32;
    QTest::newRow("HRESULT_FROM_WIN32 signed") << "-2147023570"
                                               << "win32" << 1326u << Match::Value << V::HResultFromWin32;
    QTest::newRow("HRESULT_FROM_WIN32 sign-extended") << "0xFFFFFFFF8007052E"
                                                      << "win32" << 1326u << Match::Value << V::HResultFromWin32;
    QTest::newRow("HRESULT_FROM_WIN32 of RPC") << "0x800706BA"
                                               << "win32" << 1722u << Match::Value << V::HResultFromWin32;
    // The catalog's own entry of the exact value wins over unwrapping it.
    QTest::newRow("E_ACCESSDENIED, not Win32 5") << "0x80070005"
                                                 << "hresult" << 0x80070005u << Match::Value << V::Direct;
    QTest::newRow("certificate result") << "0x800B0109"
                                        << "hresult" << 0x800B0109u << Match::Value << V::Direct;
    QTest::newRow("only one family holds 0x18") << "0x18"
                                                << "kerberos" << 0x18u << Match::Value << V::Direct;
    QTest::newRow("only one family holds 1326") << "1326"
                                                << "win32" << 1326u << Match::Value << V::Direct;
}

void TestLookup::everyFamily()
{
    QFETCH(QString, input);
    QFETCH(QString, family);
    QFETCH(quint32, value);
    QFETCH(LookupResult::Match, match);
    QFETCH(LookupResult::Via, via);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.match, match);
    QCOMPARE(r.via, via);
    QCOMPARE(r.codes.size(), 1);
    QCOMPARE(familyKey(r.codes.first()->family), family);
    QCOMPARE(r.codes.first()->value, value);
    const QString note = r.note();
    if (via == LookupResult::Via::Direct) {
        QVERIFY(note.isEmpty());
    } else {
        QVERIFY2(note.contains(via == LookupResult::Via::HResultFromWin32 ? QLatin1String("HRESULT_FROM_WIN32")
                                                                          : QLatin1String("HRESULT_FROM_NT")),
                 qPrintable(note));
        QVERIFY2(note.contains(r.codes.first()->symbolString()), qPrintable(note));
    }
}

void TestLookup::familyValue_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<LookupResult::Via>("via");
    using V = LookupResult::Via;
    QTest::newRow("kerberos hex") << "kerberos:0x18"
                                  << "KDC_ERR_PREAUTH_FAILED" << V::Direct;
    QTest::newRow("kerberos decimal") << "kerberos:24"
                                      << "KDC_ERR_PREAUTH_FAILED" << V::Direct;
    QTest::newRow("family any case, spaces") << " KERBEROS : 0x18 "
                                             << "KDC_ERR_PREAUTH_FAILED" << V::Direct;
    QTest::newRow("tls-alert decimal") << "tls-alert:40"
                                       << "TLS1_ALERT_HANDSHAKE_FAILURE" << V::Direct;
    QTest::newRow("tls-alert hex") << "tls-alert:0x28"
                                   << "TLS1_ALERT_HANDSHAKE_FAILURE" << V::Direct;
    QTest::newRow("tls-alert without hyphen") << "TlsAlert:40"
                                              << "TLS1_ALERT_HANDSHAKE_FAILURE" << V::Direct;
    QTest::newRow("tls-alert 0 is close_notify") << "tls-alert:0"
                                                 << "TLS1_ALERT_CLOSE_NOTIFY" << V::Direct;
    QTest::newRow("win32 decimal") << "win32:1326"
                                   << "ERROR_LOGON_FAILURE" << V::Direct;
    QTest::newRow("win32 hex") << "win32:0x52E"
                               << "ERROR_LOGON_FAILURE" << V::Direct;
    QTest::newRow("win32 as an HRESULT") << "win32:0x8007052E"
                                         << "ERROR_LOGON_FAILURE" << V::HResultFromWin32;
    QTest::newRow("ntstatus") << "ntstatus:0xC000006A"
                              << "STATUS_WRONG_PASSWORD" << V::Direct;
    QTest::newRow("ntstatus 0 is STATUS_SUCCESS") << "ntstatus:0"
                                                  << "STATUS_SUCCESS" << V::Direct;
    QTest::newRow("ntstatus from HRESULT_FROM_NT") << "ntstatus:0xD000006A"
                                                   << "STATUS_WRONG_PASSWORD" << V::HResultFromNt;
    QTest::newRow("hresult") << "hresult:0x800B0109"
                             << "CERT_E_UNTRUSTEDROOT" << V::Direct;
    QTest::newRow("hresult of a Win32 error") << "hresult:0x8007052E"
                                              << "ERROR_LOGON_FAILURE" << V::HResultFromWin32;
    QTest::newRow("hresult of an NTSTATUS") << "hresult:0xD000006A"
                                            << "STATUS_WRONG_PASSWORD" << V::HResultFromNt;
    QTest::newRow("sspi") << "sspi:0x80090325"
                          << "SEC_E_UNTRUSTED_ROOT" << V::Direct;
    QTest::newRow("sspi signed") << "sspi:-2146893019"
                                 << "SEC_E_UNTRUSTED_ROOT" << V::Direct;
    QTest::newRow("sspi 0 is SEC_E_OK") << "SSPI:0"
                                        << "SEC_E_OK" << V::Direct;
}

void TestLookup::familyValue()
{
    QFETCH(QString, input);
    QFETCH(QString, symbol);
    QFETCH(LookupResult::Via, via);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.match, Match::Value);
    QCOMPARE(r.via, via);
    QCOMPARE(r.codes.size(), 1);
    QCOMPARE(r.codes.first()->symbolString(), symbol);
    QVERIFY(r.family.has_value());
    QCOMPARE(r.input, input);
}

void TestLookup::familySymbol_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("kerberos, Microsoft name") << "kerberos:KDC_ERR_PREAUTH_FAILED"
                                              << "KDC_ERR_PREAUTH_FAILED";
    QTest::newRow("kerberos, MIT name") << "kerberos:KRB5KDC_ERR_PREAUTH_FAILED"
                                        << "KDC_ERR_PREAUTH_FAILED";
    QTest::newRow("kerberos, any case and spaces") << " Kerberos : krb5kdc_err_preauth_failed "
                                                   << "KDC_ERR_PREAUTH_FAILED";
    // A word search would list alert 71 too (its description says "handshake").
    QTest::newRow("tls-alert, RFC spelling") << "tls-alert:handshake_failure"
                                             << "TLS1_ALERT_HANDSHAKE_FAILURE";
    QTest::newRow("tls-alert, OpenSSL macro") << "tls-alert:SSL_AD_UNKNOWN_CA"
                                              << "TLS1_ALERT_UNKNOWN_CA";
    QTest::newRow("ntstatus") << "ntstatus:STATUS_WRONG_PASSWORD"
                              << "STATUS_WRONG_PASSWORD";
    QTest::newRow("win32") << "win32:ERROR_LOGON_FAILURE"
                           << "ERROR_LOGON_FAILURE";
    QTest::newRow("sspi") << "sspi:sec_e_untrusted_root"
                          << "SEC_E_UNTRUSTED_ROOT";
}

void TestLookup::familySymbol()
{
    QFETCH(QString, input);
    QFETCH(QString, symbol);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.match, Match::Symbol);
    QCOMPARE(r.codes.size(), 1);
    QCOMPARE(r.codes.first()->symbolString(), symbol);
    QVERIFY(r.family.has_value());
    QCOMPARE(r.codes.first()->family, *r.family);
}

void TestLookup::familySymbolOfAnotherFamily()
{
    // The name exists, in another family: not this family's code.
    const LookupResult r = lookupToken(QStringLiteral("kerberos:STATUS_WRONG_PASSWORD"));
    QVERIFY(std::none_of(r.codes.cbegin(), r.codes.cend(),
                         [](const StatusCode *c) { return c->family != Family::Kerberos; }));
    QVERIFY(r.status != Status::Found || r.match != Match::Symbol);
}

void TestLookup::familyValueMisses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<LookupResult::Status>("status");
    QTest::addColumn<bool>("anatomy");
    QTest::addColumn<QString>("known");
    QTest::newRow("no Kerberos 99") << "kerberos:99" << Status::NotInFamily << false << "";
    QTest::newRow("no Kerberos 30 (a gap of RFC 4120)") << "kerberos:0x1E" << Status::NotInFamily << false << "";
    QTest::newRow("a Win32 number is no TLS alert") << "tls-alert:1326" << Status::NotInFamily << false << "";
    QTest::newRow("an SSPI value is no Kerberos code")
        << "kerberos:0x80090325" << Status::NotInFamily << true << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("an NTSTATUS is no SSPI code")
        << "sspi:0xC000006A" << Status::NotInFamily << true << "STATUS_WRONG_PASSWORD";
    QTest::newRow("NTSTATUS the catalog lacks") << "ntstatus:0xC0000001" << Status::NotInFamily << true << "";
    QTest::newRow("Win32 87 is not in the catalog")
        << "win32:0x80070057" << Status::NotInFamily << true << "E_INVALIDARG";
    QTest::newRow("HRESULT_FROM_WIN32 is no NTSTATUS")
        << "ntstatus:0x8007052E" << Status::NotInFamily << true << "HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)";
    QTest::newRow("unknown family") << "foo:0x18" << Status::UnknownFamily << false << "";
    QTest::newRow("unknown family, decimal") << "tls13:40" << Status::UnknownFamily << false << "";
}

void TestLookup::familyValueMisses()
{
    QFETCH(QString, input);
    QFETCH(LookupResult::Status, status);
    QFETCH(bool, anatomy);
    QFETCH(QString, known);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, status);
    QVERIFY(!r.found());
    QVERIFY(r.codes.isEmpty());
    QVERIFY(r.value.has_value());
    QCOMPARE(r.anatomyApplies, anatomy);
    if (status == Status::UnknownFamily) {
        QVERIFY(!r.family.has_value());
        QCOMPARE(r.familyName, input.section(QLatin1Char(':'), 0, 0));
        return;
    }
    QVERIFY(r.family.has_value());
    QCOMPARE(r.anatomy.knownName, known);
    if (anatomy)
        QVERIFY2(r.anatomy.describe().contains(formatHex(*r.value)), qPrintable(r.anatomy.describe()));
}

void TestLookup::notQualified_data()
{
    // A colon alone does not make FAMILY:VALUE: the part after it must be a number, the part
    // before it one word.
    QTest::addColumn<QString>("input");
    QTest::newRow("OpenSSL error line") << "error:0A000410:SSL routines::sslv3 alert handshake failure";
    QTest::newRow("event label") << "Failure Code: 0x18";
    QTest::newRow("URL") << "https://contoso.com";
    QTest::newRow("time") << "12:30";
    QTest::newRow("word then text") << "kerberos:preauth";
    QTest::newRow("nothing before the colon") << ":0x18";
}

void TestLookup::notQualified()
{
    QFETCH(QString, input);
    QVERIFY(!splitQualifiedToken(input).has_value());
    const LookupResult r = lookupToken(input);
    QVERIFY(r.status != Status::UnknownFamily);
    QVERIFY(r.status != Status::NotInFamily);
    QVERIFY(!r.family.has_value());
}

void TestLookup::severalMeanings_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("families");
    QTest::newRow("40") << "40"
                        << "kerberos tls-alert";
    QTest::newRow("0x28") << "0x28"
                          << "kerberos tls-alert";
    QTest::newRow("padded 0x00000028") << "0x00000028"
                                       << "kerberos tls-alert";
    QTest::newRow("5") << "5"
                       << "kerberos win32";
    QTest::newRow("0") << "0"
                       << "sspi ntstatus kerberos tls-alert";
    QTest::newRow("0x00000000") << "0x00000000"
                                << "sspi ntstatus kerberos tls-alert";
    QTest::newRow("20") << "20"
                        << "kerberos tls-alert";
    // One family: no choice to make.
    QTest::newRow("0x18") << "0x18"
                          << "kerberos";
    QTest::newRow("1326") << "1326"
                          << "win32";
    QTest::newRow("116") << "116"
                         << "tls-alert";
    // A full 32-bit value has one meaning.
    QTest::newRow("0x80090325") << "0x80090325"
                                << "sspi";
}

void TestLookup::severalMeanings()
{
    QFETCH(QString, input);
    QFETCH(QString, families);
    const LookupResult r = lookupToken(input);
    const bool several = families.contains(QLatin1Char(' '));
    QCOMPARE(r.status, several ? Status::SeveralMeanings : Status::Found);
    QVERIFY(r.found());
    QCOMPARE(familiesOf(r.codes), families);
    for (const StatusCode *c : r.codes)
        QCOMPARE(c->value, *r.value);
    QCOMPARE(r.via, LookupResult::Via::Direct);
}

void TestLookup::wrappers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("wrapper");
    QTest::newRow("E_FAIL") << "E_FAIL" << true;
    QTest::newRow("E_FAIL value") << "0x80004005" << true;
    QTest::newRow("SqlException") << "0x80131904" << true;
    QTest::newRow("COR_E_SYSTEM") << "cor_e_system" << true;
    QTest::newRow("HRESULT_FROM_WIN32(RPC_S_SEC_PKG_ERROR)") << "0x80070721" << true;
    QTest::newRow("not a wrapper: CERT_E_UNTRUSTEDROOT") << "0x800B0109" << false;
    QTest::newRow("not a wrapper: RPC unavailable") << "0x800706BA" << false;
}

void TestLookup::wrappers()
{
    QFETCH(QString, input);
    QFETCH(bool, wrapper);
    const LookupResult r = lookupToken(input);
    QCOMPARE(r.status, Status::Found);
    QCOMPARE(r.codes.size(), 1);
    QCOMPARE(r.codes.first()->wrapper, wrapper);
}

void TestLookup::anatomyNamesFromCatalog_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QString>("known");
    QTest::newRow("NTSTATUS") << 0xC000006Au << "STATUS_WRONG_PASSWORD";
    QTest::newRow("HRESULT") << 0x80131904u << "COR_E_SqlException";
    QTest::newRow("SSPI") << 0x80090325u << "SEC_E_UNTRUSTED_ROOT";
    QTest::newRow("HRESULT_FROM_WIN32") << 0x8007052Eu << "HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)";
    QTest::newRow("HRESULT_FROM_NT") << 0xD000006Au << "HRESULT_FROM_NT(STATUS_WRONG_PASSWORD)";
    QTest::newRow("table: outside the catalog") << 0x8007000Eu << "E_OUTOFMEMORY";
    QTest::newRow("small numbers have no one name") << 0x18u << "";
    QTest::newRow("nobody's value") << 0x8007FFFFu << "";
}

void TestLookup::anatomyNamesFromCatalog()
{
    QFETCH(quint32, value);
    QFETCH(QString, known);
    QCOMPARE(analyseValue(value).knownName, known);
}

void TestLookup::wellKnownTableHoldsOnlyOutsideValues()
{
    // One source of truth: the anatomy's own table names only what the catalog does not hold.
    const Catalog &catalog = Catalog::instance();
    const std::vector<quint32> values = wellKnownValuesOutsideCatalog();
    QVERIFY(values.size() >= 5);
    for (quint32 v : values) {
        QVERIFY2(catalog.allByValue(v).isEmpty(), qPrintable(formatHex(v)));
        const LookupResult r = lookupToken(formatHex(v));
        QVERIFY2(!r.found(), qPrintable(formatHex(v)));
        QVERIFY2(!r.anatomy.knownName.isEmpty(), qPrintable(formatHex(v)));
    }
}

QTEST_GUILESS_MAIN(TestLookup)
#include "tst_lookup.moc"
