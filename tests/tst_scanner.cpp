// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// LogScanner: every form it must find, every look-alike it must not, exact positions.
#include "catalog.h"
#include "messagetext.h"
#include "scanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <string>

using namespace sspilens;

namespace {

/// "form value @offset+length": compact enough for a data table, precise enough to catch a shift.
QString describe(const Finding &f)
{
    return QStringLiteral("%1 %2 @%3+%4").arg(findingFormKey(f.form), formatHex(f.value)).arg(f.offset).arg(f.length);
}

QStringList describeAll(const std::vector<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings)
        list << describe(f);
    return list;
}

/// A data row of a text (UTF-8 in the source) and the findings expected in it.
void addTextRow(const char *name, const char *text, const QStringList &expected)
{
    QTest::newRow(name) << QString::fromUtf8(text) << expected;
}

/// "family form value [text]": a finding of any family as the family tests expect it.
QString describeInFamily(const Finding &f)
{
    return QStringLiteral("%1 %2 %3 [%4]")
        .arg(familyKey(f.code->family), findingFormKey(f.form), formatHex(f.value), f.text);
}

/// Why the vector path @p isa cannot run here, or nullptr when it can.
const char *vectorPathMissing(const QByteArray &isa)
{
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    if (!(isa == "avx2" ? __builtin_cpu_supports("avx2") : __builtin_cpu_supports("ssse3")))
        return "This CPU lacks the instruction set: its vector path cannot run here";
    return nullptr;
#else
    Q_UNUSED(isa);
    return "The vector paths exist on x86-64 with GCC or Clang only";
#endif
}

/// @p text scanned by a scanner limited to @p isa (SSPILENS_SCANNER_ISA); @p actual receives
/// the instruction set it really uses, which the caller compares with the one asked for (a
/// fallback to another path would prove nothing).
std::vector<Finding> scanWith(const QByteArray &isa, const QString &text, QString *actual,
                              const std::vector<ExtraMessage> &extra = {})
{
    qputenv("SSPILENS_SCANNER_ISA", isa);
    const LogScanner scanner(Catalog::instance(), extra);
    qunsetenv("SSPILENS_SCANNER_ISA");
    *actual = scanner.instructionSet();
    return scanner.scan(text);
}

QString full(const std::vector<Finding> &findings)
{
    QStringList list;
    for (const Finding &f : findings) {
        list << QStringLiteral("%1 L%2 C%3 [%4] %5")
                    .arg(describe(f))
                    .arg(f.line)
                    .arg(f.column)
                    .arg(f.text, f.code ? f.code->symbolString() : QStringLiteral("?"));
    }
    return list.join(QLatin1Char('\n'));
}

} // namespace

class TestScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void positives_data();
    void positives();
    void familyPositives_data();
    void familyPositives();
    void eventLogPaste();
    void extraMessages();
    void localizedMessages_data();
    void localizedMessages();
    void localizedNegatives_data();
    void localizedNegatives();
    void chineseEventLabels_data();
    void chineseEventLabels();
    void negatives_data();
    void negatives();
    void lineAndColumn_data();
    void lineAndColumn();
    void matchedTextAndCode_data();
    void matchedTextAndCode();
    void everyCatalogCode_data();
    void everyCatalogCode();
    void sharedMessagesReportTheFirst();
    void firstLineOffsetsTheLines();
    void sinkCanStop();
    void cancelStops();
    void formKeysAndNames();
    void vectorAndScalarPathsAgree_data();
    void vectorAndScalarPathsAgree();
    void vectorPathsFindEveryText_data();
    void vectorPathsFindEveryText();
    void vectorPathsFindTaughtTexts_data();
    void vectorPathsFindTaughtTexts();
    void adversarialInputsFindNothing_data();
    void adversarialInputsFindNothing();

private:
    const Catalog &m_catalog = Catalog::instance();
};

void TestScanner::initTestCase()
{
    QVERIFY(m_catalog.size() >= 90);
}

void TestScanner::positives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const QString &text, const QStringList &expected) {
        QTest::newRow(name) << text << expected;
    };
    // Hexadecimal, every spelling.
    row("0x lower", QStringLiteral("hr=0x80090325"), {QStringLiteral("hex 0x80090325 @3+10")});
    row("0x upper digits", QStringLiteral("0x8009030C failed"), {QStringLiteral("hex 0x8009030C @0+10")});
    row("0X prefix", QStringLiteral("0X8009030c"), {QStringLiteral("hex 0x8009030C @0+10")});
    row("in parentheses", QStringLiteral("Win32Exception (0x80090322): x"), {QStringLiteral("hex 0x80090322 @16+10")});
    row("bare LDAP", QStringLiteral("80090308: LdapErr: DSID-0C09044E"), {QStringLiteral("hex 0x80090308 @0+8")});
    row("bare after space", QStringLiteral("error 8009030c"), {QStringLiteral("hex 0x8009030C @6+8")});
    row("bare in XML", QStringLiteral("<Result>8009030E</Result>"), {QStringLiteral("hex 0x8009030E @8+8")});
    row("sign-extended 64-bit", QStringLiteral("0xFFFFFFFF80090326"), {QStringLiteral("hex 0x80090326 @0+18")});
    row("sign-extended lower case", QStringLiteral("rax=0xffffffff80090326"), {QStringLiteral("hex 0x80090326 @4+18")});
    row("zero-extended 64-bit", QStringLiteral("0x0000000080090326"), {QStringLiteral("hex 0x80090326 @0+18")});
    row("SEC_I with 0x", QStringLiteral("status 0x00090312"), {QStringLiteral("hex 0x00090312 @7+10")});
    row("SEC_I bare, clean boundaries", QStringLiteral("status 00090312."), {QStringLiteral("hex 0x00090312 @7+8")});
    row("unknown SSPI value", QStringLiteral("0x800903FF"), {QStringLiteral("hex 0x800903FF @0+10")});
    row("unassigned 0x80090344", QStringLiteral("(0x80090344)"), {QStringLiteral("hex 0x80090344 @1+10")});
    row("glued to CJK", QStringLiteral("錯誤碼0x80090325（"), {QStringLiteral("hex 0x80090325 @3+10")});
    row("end of text", QStringLiteral("x 0x80090325"), {QStringLiteral("hex 0x80090325 @2+10")});
    row("sentence end", QStringLiteral("code 0x80090325."), {QStringLiteral("hex 0x80090325 @5+10")});
    row("between NULs", QStringLiteral("a") + QChar(0) + QStringLiteral("0x80090325") + QChar(0),
        {QStringLiteral("hex 0x80090325 @2+10")});
    row("after an emoji", QStringLiteral("\U0001F600 0x80090325"), {QStringLiteral("hex 0x80090325 @3+10")});
    // Decimal.
    row("signed", QStringLiteral("HResult=-2146893019"), {QStringLiteral("decimal 0x80090325 @8+11")});
    row("SqlClient number", QStringLiteral("Error Number:-2146893019,State:0"),
        {QStringLiteral("decimal 0x80090325 @13+11")});
    row("unsigned", QStringLiteral("401 1 2148074254 0"), {QStringLiteral("decimal 0x8009030E @6+10")});
    row("unsigned quoted", QStringLiteral("Code=\"2148074254\""), {QStringLiteral("decimal 0x8009030E @6+10")});
    row("unknown decimal", QStringLiteral("-2146892801"), {QStringLiteral("decimal 0x800903FF @0+11")});
    row("unknown unsigned", QStringLiteral("2148074308"), {QStringLiteral("decimal 0x80090344 @0+10")});
    // Slash pairs: one code written twice is one finding.
    row("hex/signed", QStringLiteral("0x8009030e/-2146893042"), {QStringLiteral("hex 0x8009030E @0+22")});
    row("hex/unsigned", QStringLiteral("0x80090342/2148074306:"), {QStringLiteral("hex 0x80090342 @0+21")});
    row("signed/hex", QStringLiteral("-2146893042/0x8009030E"), {QStringLiteral("hex 0x8009030E @0+22")});
    row("spaced pair", QStringLiteral("0x8009030e / -2146893042"), {QStringLiteral("hex 0x8009030E @0+24")});
    row("pair of different codes", QStringLiteral("0x8009030e/-2146893019"),
        (QStringList{QStringLiteral("hex 0x8009030E @0+10"), QStringLiteral("decimal 0x80090325 @11+11")}));
    // Symbols and aliases, any case.
    row("symbol", QStringLiteral("SEC_E_WRONG_PRINCIPAL (0x"), {QStringLiteral("symbol 0x80090322 @0+21")});
    row("symbol lower case", QStringLiteral("got sec_e_untrusted_root"), {QStringLiteral("symbol 0x80090325 @4+20")});
    row("informational symbol", QStringLiteral("returned SEC_I_CONTINUE_NEEDED"),
        {QStringLiteral("symbol 0x00090312 @9+21")});
    row("alias SEC_E_NO_SPM", QStringLiteral("SEC_E_NO_SPM"), {QStringLiteral("symbol 0x80090304 @0+12")});
    row("alias SEC_E_NOT_SUPPORTED", QStringLiteral("SEC_E_NOT_SUPPORTED"),
        {QStringLiteral("symbol 0x80090302 @0+19")});
    row("SEC_E_OK by symbol", QStringLiteral("status=SEC_E_OK"), {QStringLiteral("symbol 0x00000000 @7+8")});
    row("symbol whose message is itself", QStringLiteral("SEC_E_NO_KERB_KEY"),
        {QStringLiteral("symbol 0x80090348 @0+17")});
    // The Windows message text.
    row("message with period", QStringLiteral("x: The target principal name is incorrect. y"),
        {QStringLiteral("message 0x80090322 @3+39")});
    row("message without period", QStringLiteral("The target principal name is incorrect"),
        {QStringLiteral("message 0x80090322 @0+38")});
    row("message any case", QStringLiteral("THE TARGET PRINCIPAL NAME IS INCORRECT"),
        {QStringLiteral("message 0x80090322 @0+38")});
    row("message across a wrap", QStringLiteral("The target principal\r\n    name is incorrect."),
        {QStringLiteral("message 0x80090322 @0+44")});
    row("message with tabs", QStringLiteral("The\ttarget  principal name is incorrect"),
        {QStringLiteral("message 0x80090322 @0+39")});
    row("message quoted", QStringLiteral("'The logon attempt failed'"), {QStringLiteral("message 0x8009030C @1+24")});
    row("message typographic apostrophe",
        QStringLiteral("Client\u2019s supplied SSPI channel bindings were incorrect."),
        {QStringLiteral("message 0x80090346 @0+55")});
    row("longest message wins",
        QStringLiteral("The function completed successfully, but must be called again to complete the context.  Early "
                       "start can be used."),
        {QStringLiteral("message 0x00090366 @0+112")});
    row("prefix message alone",
        QStringLiteral("The function completed successfully, but must be called again to complete the context. Next"),
        {QStringLiteral("message 0x00090312 @0+86")});
    row("inner period kept", QStringLiteral("The supplied message is incomplete. The signature was not verified."),
        {QStringLiteral("message 0x80090318 @0+67")});
    row("several forms on one line",
        QStringLiteral("SEC_E_UNTRUSTED_ROOT (0x80090325) - The certificate chain was issued by an authority that is "
                       "not trusted."),
        (QStringList{QStringLiteral("symbol 0x80090325 @0+20"), QStringLiteral("hex 0x80090325 @22+10"),
                     QStringLiteral("message 0x80090325 @36+69")}));
}

void TestScanner::positives()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const LogScanner scanner;
    const auto findings = scanner.scan(text);
    QCOMPARE(describeAll(findings), expected);
    for (const Finding &f : findings) {
        QCOMPARE(f.text, text.mid(f.offset, f.length));
        QVERIFY(Catalog::inSspiRange(f.value) || (f.form == FindingForm::Symbol && f.value == 0));
        QCOMPARE(f.code, m_catalog.byValue(f.value, f.code ? f.code->family : Family::Sspi));
    }
}

void TestScanner::familyPositives_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = addTextRow;
    // Formerly look-alikes of the SSPI-only scanner, now catalog entries of their own families.
    row("CERT_E_UNTRUSTEDROOT", "0x800B0109 A certificate chain processed",
        {QStringLiteral("hresult hex 0x800B0109 [0x800B0109]")});
    row("CRYPT_E_REVOCATION_OFFLINE", "0x80092013 The revocation function",
        {QStringLiteral("hresult hex 0x80092013 [0x80092013]")});
    row("NTSTATUS hex", "Status: 0xC000006D Sub Status: 0xc000006a",
        {QStringLiteral("ntstatus hex 0xC000006D [0xC000006D]"),
         QStringLiteral("ntstatus hex 0xC000006A [0xc000006a]")});
    row("NTSTATUS decimal", "status 3221225581 and -1073741715",
        {QStringLiteral("ntstatus decimal 0xC000006D [3221225581]"),
         QStringLiteral("ntstatus decimal 0xC000006D [-1073741715]")});
    row("HRESULT_FROM_NT", "hr=0xD000006D", {QStringLiteral("ntstatus hex 0xC000006D [0xD000006D]")});
    row("NTSTATUS twins of SSPI codes", "0xC0000133 0xC000015B",
        {QStringLiteral("ntstatus hex 0xC0000133 [0xC0000133]"),
         QStringLiteral("ntstatus hex 0xC000015B [0xC000015B]")});
    row("HRESULT_FROM_WIN32", "(0x8007052E) -2147023570",
        {QStringLiteral("win32 hex 0x0000052E [0x8007052E]"),
         QStringLiteral("win32 decimal 0x0000052E [-2147023570]")});
    row("Win32 message", "The user name or password is incorrect.",
        {QStringLiteral("win32 message 0x0000052E [The user name or password is incorrect.]")});
    row("net use", "System error 1326 has occurred.", {QStringLiteral("win32 decimal 0x0000052E [1326]")});
    row("error code", "LDAP bind failed, error code: 1355", {QStringLiteral("win32 decimal 0x0000054B [1355]")});
    row("4771 text", "Kerberos pre-authentication failed.\n\tFailure Code:\t\t0x18\n\tPre-Authentication Type:\t2\n",
        {QStringLiteral("kerberos hex 0x00000018 [0x18]")});
    row("4768 text", "\tResult Code:\t\t0x6\n", {QStringLiteral("kerberos hex 0x00000006 [0x6]")});
    row("4771 XML",
        "<Event><System><EventID>4771</EventID></System><EventData><Data Name=\"PreAuthType\">2</Data>"
        "<Data Name=\"Status\">0x18</Data></EventData></Event>",
        {QStringLiteral("kerberos hex 0x00000018 [0x18]")});
    row("4769 XML with qualifiers", "<EventID Qualifiers=\"0\">4769</EventID>\n<Data Name='Status'>0x1f</Data>",
        {QStringLiteral("kerberos hex 0x0000001F [0x1f]")});
    row("Kerberos symbol and MIT spelling", "KRB_AP_ERR_MODIFIED KRB5KDC_ERR_PREAUTH_FAILED",
        {QStringLiteral("kerberos symbol 0x00000029 [KRB_AP_ERR_MODIFIED]"),
         QStringLiteral("kerberos symbol 0x00000018 [KRB5KDC_ERR_PREAUTH_FAILED]")});
    row("kinit", "kinit: Preauthentication failed while getting initial credentials",
        {QStringLiteral("kerberos message 0x00000018 [Preauthentication failed]")});
    row("36887",
        "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 40.",
        {QStringLiteral("tls-alert decimal 0x00000028 [40]")});
    row("36888", "The TLS protocol defined fatal error code is 20. The Windows SChannel error state is 960.",
        {QStringLiteral("tls-alert decimal 0x00000014 [20]")});
    row("36887 older wording", "The following fatal alert was received: 47.",
        {QStringLiteral("tls-alert decimal 0x0000002F [47]")});
    row("36887 XML", "<Data Name=\"AlertDesc\">48</Data>", {QStringLiteral("tls-alert decimal 0x00000030 [48]")});
    row("OpenSSL",
        "error:0A000410:SSL routines::sslv3 alert handshake failure:ssl/record/rec_layer_s3.c:1584:SSL alert "
        "number 40",
        {QStringLiteral("tls-alert message 0x00000028 [sslv3 alert handshake failure]"),
         QStringLiteral("tls-alert decimal 0x00000028 [40]")});
    row("TLS symbol", "TLS1_ALERT_UNKNOWN_CA", {QStringLiteral("tls-alert symbol 0x00000030 [TLS1_ALERT_UNKNOWN_CA]")});
    row("NTSTATUS symbol", "STATUS_ACCOUNT_LOCKED_OUT",
        {QStringLiteral("ntstatus symbol 0xC0000234 [STATUS_ACCOUNT_LOCKED_OUT]")});
}

void TestScanner::familyPositives()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const LogScanner scanner;
    QStringList found;
    for (const Finding &f : scanner.scan(text)) {
        QVERIFY(f.code);
        QCOMPARE(f.text, text.mid(f.offset, f.length));
        QCOMPARE(f.code, m_catalog.byValue(f.value, f.code->family));
        found << describeInFamily(f);
    }
    QCOMPARE(found, expected);
}

// The paste of issue 12: a 4625, a 4771, two Schannel alerts, a Kerberos client event and a .NET
// line give exactly seven codes, and nothing for the numbers of other fields.
void TestScanner::eventLogPaste()
{
    const QString text = QStringLiteral(
        "An account failed to log on.\n"
        "Failure Information:\n"
        "\tFailure Reason:\t\tUnknown user name or bad password.\n"
        "\tStatus:\t\t\t0xC000006D\n"
        "\tSub Status:\t\t0xC000006A\n"
        "Process Information:\n"
        "\tCaller Process ID:\t0x2a8\n"
        "Logon Type:\t\t\t3\n"
        "Kerberos pre-authentication failed.\n"
        "\tFailure Code:\t\t0x18\n"
        "\tPre-Authentication Type:\t2\n"
        "Additional Information:\n"
        "\tTicket Options:\t\t0x40810010\n"
        "\tTicket Encryption Type:\t0x12\n"
        "\tResult Code:\t\t0x0\n"
        "A fatal alert was received from the remote endpoint. The TLS protocol defined fatal alert code is 40.\n"
        "A fatal alert was generated and sent to the remote endpoint. This may result in termination of the "
        "connection. The TLS protocol defined fatal error code is 20. The Windows SChannel error state is 960.\n"
        "The Kerberos client received a KRB_AP_ERR_MODIFIED error from the server host$. The target name used was "
        "HTTP/web.contoso.com.\n"
        "System.ComponentModel.Win32Exception (0x80090326): The message received was unexpected or badly formatted.\n");
    const LogScanner scanner;
    QStringList found;
    QSet<QString> codes;
    for (const Finding &f : scanner.scan(text)) {
        QVERIFY(f.code);
        found << QStringLiteral("%1 %2 %3 %4 [%5]")
                     .arg(QString::number(f.line), familyKey(f.code->family), f.code->symbolString(),
                          findingFormKey(f.form), f.text);
        codes.insert(familyKey(f.code->family) + QLatin1Char(' ') + formatHex(f.value));
    }
    const QStringList expected{
        QStringLiteral("3 ntstatus STATUS_LOGON_FAILURE message [Unknown user name or bad password.]"),
        QStringLiteral("4 ntstatus STATUS_LOGON_FAILURE hex [0xC000006D]"),
        QStringLiteral("5 ntstatus STATUS_WRONG_PASSWORD hex [0xC000006A]"),
        QStringLiteral("10 kerberos KDC_ERR_PREAUTH_FAILED hex [0x18]"),
        QStringLiteral("16 tls-alert TLS1_ALERT_HANDSHAKE_FAILURE decimal [40]"),
        QStringLiteral("17 tls-alert TLS1_ALERT_BAD_RECORD_MAC decimal [20]"),
        QStringLiteral("18 kerberos KRB_AP_ERR_MODIFIED symbol [KRB_AP_ERR_MODIFIED]"),
        QStringLiteral("19 sspi SEC_E_ILLEGAL_MESSAGE hex [0x80090326]"),
        QStringLiteral(
            "19 sspi SEC_E_ILLEGAL_MESSAGE message [The message received was unexpected or badly formatted.]"),
    };
    QCOMPARE(found.join(QLatin1Char('\n')), expected.join(QLatin1Char('\n')));
    QCOMPARE(codes.size(), 7);
}

void TestScanner::extraMessages()
{
    const StatusCode *principal = m_catalog.bySymbol(u"SEC_E_WRONG_PRINCIPAL");
    const StatusCode *wrapper = m_catalog.bySymbol(u"E_FAIL");
    QVERIFY(principal && wrapper);
    const LogScanner scanner(m_catalog,
                             {{principal, QStringLiteral("Der Zielprinzipalname ist falsch."), QStringLiteral("de-DE")},
                              {wrapper, QStringLiteral("Unbekannter Fehler ist aufgetreten"), QStringLiteral("user")}});
    const QString text =
        QStringLiteral("(0x80090322): Der Zielprinzipalname\n ist falsch.\nUnbekannter Fehler ist aufgetreten");
    const auto findings = scanner.scan(text);
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[1].form, FindingForm::Message);
    QCOMPARE(findings[1].code, principal);
    QCOMPARE(findings[1].language, QStringLiteral("de-DE"));
    QCOMPARE(findings[1].text, QStringLiteral("Der Zielprinzipalname\n ist falsch."));
    QVERIFY(findings[0].language.isEmpty());
    // The default scanner knows the German Windows text (the catalog's), not the taught one.
    const auto builtIn = LogScanner().scan(text);
    QCOMPARE(builtIn.size(), size_t(2));
    QCOMPARE(builtIn[1].language, QStringLiteral("de-DE"));
}

// Windows' texts in other languages, as sighted (core/catalog/localized.cpp), in lines shaped like
// the outputs they were seen in: "form family value @offset+length language [text]".
void TestScanner::localizedMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = addTextRow;
    row("zh-CN .NET", "System.ComponentModel.Win32Exception (0x80090325): 证书链是由不受信任的颁发机构颁发的。",
        {QStringLiteral("hex sspi 0x80090325 @38+10 - [0x80090325]"),
         QStringLiteral("message sspi 0x80090325 @51+18 zh-CN [证书链是由不受信任的颁发机构颁发的。]")});
    row("zh-CN SqlClient, no final mark", "(provider: SSL 提供程序, error: 0 - 证书链是由不受信任的颁发机构颁发的)",
        {QStringLiteral("message sspi 0x80090325 @32+17 zh-CN [证书链是由不受信任的颁发机构颁发的]")});
    row("zh-CN spaces between characters", "错误：证书链 是由不受信任的 颁发机构颁发的 。",
        {QStringLiteral("message sspi 0x80090325 @3+19 zh-CN [证书链 是由不受信任的 颁发机构颁发的]")});
    row("zh-CN line wrap", "error: 0 - 证书链是由不受信任的颁发\n    机构颁发的。",
        {QStringLiteral("message sspi 0x80090325 @11+23 zh-CN [证书链是由不受信任的颁发\n    机构颁发的。]")});
    row("zh-CN half-width comma and period", "> 接收到的消息异常, 或格式不正确.",
        {QStringLiteral("message sspi 0x80090326 @2+17 zh-CN [接收到的消息异常, 或格式不正确.]")});
    row("zh-CN full-width", "< 接收到的消息异常，或格式不正确。Win32 (SChannel) Native Error Code: 0x80090326",
        {QStringLiteral("message sspi 0x80090326 @2+16 zh-CN [接收到的消息异常，或格式不正确。]"),
         QStringLiteral("hex sspi 0x80090326 @54+10 - [0x80090326]")});
    row("zh-CN curl revocation",
        "schannel: next InitializeSecurityContext failed: CRYPT_E_NO_REVOCATION_CHECK (0x80092012) - "
        "吊销功能无法检查证书是否吊销。",
        {QStringLiteral("symbol hresult 0x80092012 @49+27 - [CRYPT_E_NO_REVOCATION_CHECK]"),
         QStringLiteral("hex hresult 0x80092012 @78+10 - [0x80092012]"),
         QStringLiteral("message hresult 0x80092012 @92+15 zh-CN [吊销功能无法检查证书是否吊销。]")});
    row("zh-TW curl revocation", "[35] SSL connect error (撤銷功能無法檢查憑證的撤銷。)",
        {QStringLiteral("message hresult 0x80092012 @24+14 zh-TW [撤銷功能無法檢查憑證的撤銷。]")});
    row("zh-TW SqlClient", "(provider: SSL Provider, error: 0 - 此憑證鏈結是由不受信任的授權單位發出的。)",
        {QStringLiteral("message sspi 0x80090325 @36+20 zh-TW [此憑證鏈結是由不受信任的授權單位發出的。]")});
    row("zh-TW 4625 failure reason", "\t失敗原因:\t\t不明的使用者名稱或錯誤密碼。\n\t狀態:\t\t\t0xC000006D",
        {QStringLiteral("message ntstatus 0xC000006D @8+14 zh-TW [不明的使用者名稱或錯誤密碼。]"),
         QStringLiteral("hex ntstatus 0xC000006D @30+10 - [0xC000006D]")});
    row("zh-CN 4625 failure reason", "失败原因:  未知用户名或密码错误。",
        {QStringLiteral("message ntstatus 0xC000006D @7+11 zh-CN [未知用户名或密码错误。]")});
    row("zh-CN curl without final mark", "SEC_E_NO_CREDENTIALS (0x8009030E) - 安全包中没有可用的凭证\n",
        {QStringLiteral("symbol sspi 0x8009030E @0+20 - [SEC_E_NO_CREDENTIALS]"),
         QStringLiteral("hex sspi 0x8009030E @22+10 - [0x8009030E]"),
         QStringLiteral("message sspi 0x8009030E @36+11 zh-CN [安全包中没有可用的凭证]")});
    row("zh-CN old Win32 wording, full-width colon", "OS error 1326: 登录失败：未知的用户名或错误密码。",
        {QStringLiteral("decimal win32 0x0000052E @9+4 - [1326]"),
         QStringLiteral("message win32 0x0000052E @15+17 zh-CN [登录失败：未知的用户名或错误密码。]")});
    row("ja-JP SqlClient",
        "(provider: SSL プロバイダー, error: 0 - 信頼されていない機関によって証明書チェーンが発行されました。)",
        {QStringLiteral(
            "message sspi 0x80090325 @34+30 ja-JP [信頼されていない機関によって証明書チェーンが発行されました。]")});
    row("ru-RU curl", "schannel: SEC_E_WRONG_PRINCIPAL (0x80090322) - Главное конечное имя неверно.",
        {QStringLiteral("symbol sspi 0x80090322 @10+21 - [SEC_E_WRONG_PRINCIPAL]"),
         QStringLiteral("hex sspi 0x80090322 @33+10 - [0x80090322]"),
         QStringLiteral("message sspi 0x80090322 @47+29 ru-RU [Главное конечное имя неверно.]")});
    row("ru-RU lower case start", "ошибка: главное конечное\n имя неверно",
        {QStringLiteral("message sspi 0x80090322 @8+29 ru-RU [главное конечное\n имя неверно]")});
    row("de-DE", "Die Sperrfunktion konnte keine Sperrprüfung für das Zertifikat durchführen.",
        {QStringLiteral("message hresult 0x80092012 @0+75 de-DE [Die Sperrfunktion konnte keine Sperrprüfung für "
                        "das Zertifikat durchführen.]")});
    row("after an ASCII word", "error证书链是由不受信任的颁发机构颁发的。",
        {QStringLiteral("message sspi 0x80090325 @5+18 zh-CN [证书链是由不受信任的颁发机构颁发的。]")});
}

void TestScanner::localizedMessages()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const LogScanner scanner;
    QStringList found;
    for (const Finding &f : scanner.scan(text)) {
        QVERIFY(f.code);
        QCOMPARE(f.text, text.mid(f.offset, f.length));
        found << QStringLiteral("%1 %2 %3 @%4+%5 %6 [%7]")
                     .arg(findingFormKey(f.form), familyKey(f.code->family), formatHex(f.value),
                          QString::number(f.offset), QString::number(f.length),
                          f.language.isEmpty() ? QStringLiteral("-") : f.language, f.text);
    }
    QCOMPARE(found, expected);
}

// Fragments, the same words inside another sentence, and look-alike wordings find nothing.
void TestScanner::localizedNegatives_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
    row("fragment", "目標主體名稱不正確的問題：不正確");
    row("end of a text alone", "名称不正确。");
    row("start of a text alone", "证书链是由不受信任的");
    row("inside a sentence", "因为证书链是由不受信任的颁发机构颁发的。");
    row("inside a wrapped sentence", "无法连接，因为\n证书链是由不受信任的颁发机构颁发的。");
    row("followed by more of the sentence", "收到的证书已过期时间为昨天");
    row("inside a longer zh-TW sentence", "系統回報無法連絡本機安全性授權。");
    row("other wording (documentation translation)", "由不受信任的颁发机构颁发的证书链。");
    row("other wording (app string)", "用户名或密码不正确。");
    row("zh-TW text of our own", "連線失敗：錯誤碼0x80090325以外（憑證鏈結是由不受信任的授權單位所發出）");
    row("a character missing", "证书链是由不受信任的颁发机构颁发。");
    row("Russian inside a word", "ЗаГлавное конечное имя неверно.");
    row("Russian word continues", "Главное конечное имя невернота");
    row("machine-translated header", "提供给函数的令牌无效。");
}

void TestScanner::localizedNegatives()
{
    QFETCH(QString, text);
    const auto findings = LogScanner().scan(text);
    QStringList messages;
    for (const Finding &f : findings) {
        if (f.form == FindingForm::Message)
            messages << f.text;
    }
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('|'))));
}

// The Kerberos labels of Chinese Event Viewer copies (only those seen in real output) give the
// number after them its family inside events 4768, 4769 and 4771 only.
void TestScanner::chineseEventLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    const auto row = addTextRow;
    row("zh-TW 4768 結果碼", "事件識別碼:         4768\n描述:\n已要求 Kerberos 驗證票證 (TGT)。\n\t結果碼:\t\t0x6\n",
        {QStringLiteral("kerberos hex 0x00000006 [0x6]")});
    row("zh-TW 4769 錯誤碼, full-width colon", "事件識別碼： 4769\n\t票證加密類型：\t0x12\n\t錯誤碼：\t\t0xE\n",
        {QStringLiteral("kerberos hex 0x0000000E [0xE]")});
    row("zh-CN 4771 失败代码", "事件 ID:         4771\n\t失败代码:\t\t0x17\n\t预身份验证类型:\t2\n",
        {QStringLiteral("kerberos hex 0x00000017 [0x17]")});
    row("zh-TW 4776 錯誤碼 is an NTSTATUS", "事件識別碼:         4776\n錯誤碼:\t0xC000006A\n",
        {QStringLiteral("ntstatus hex 0xC000006A [0xC000006A]")});
    row("錯誤碼 in an application log", "[錯誤] 連線失敗，錯誤碼: 0x18", {});
    row("錯誤碼 in a sentence after a 4769", "事件識別碼: 4769\n[錯誤] 連線失敗，錯誤碼: 0x18\n", {});
    row("結果碼 long after its event",
        (std::string("事件識別碼: 4768\n") + std::string(9000, 'x') + "\n\t結果碼:\t0x6\n").c_str(), {});
    row("失败代码 outside a Kerberos event", "事件 ID:         4625\n\t失败代码:\t\t0x18\n", {});
    row("結果碼 without an event", "\t結果碼:\t\t0x6\n", {});
    row("結果碼 of a success", "事件識別碼: 4768\n\t結果碼:\t\t0x0\n", {});
    row("label inside a word", "事件識別碼: 4768\n\t新結果碼:\t\t0x6\n", {});
    row("zh 系統錯誤 is not a sighted phrase", "發生系統錯誤 1326。", {});
}

void TestScanner::chineseEventLabels()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList found;
    for (const Finding &f : LogScanner().scan(text)) {
        QVERIFY(f.code);
        found << describeInFamily(f);
    }
    QCOMPARE(found, expected);
}

void TestScanner::negatives_data()
{
    QTest::addColumn<QString>("text");
    const auto row = [](const char *name, const char *text) { QTest::newRow(name) << QString::fromUtf8(text); };
    row("E_ACCESSDENIED", "hr=0x80070005 Access is denied.");
    row("SqlException HRESULT", "SqlException (0x80131904): A connection was successfully established");
    row("NTE_BAD_KEYSET", "0x80090016 Keyset does not exist");
    row("other security facility codes", "0x80090020 0x80090029 0x8009000D 80092012");
    row("GUID first group", "{80090325-1234-5678-9abc-def012345678}");
    row("GUID without braces", "request 80090308-5c2f-4d3b-9e1a-2b3c4d5e6f70 done");
    row("pointer 64-bit", "at 0x0000020180090325 in module");
    row("pointer other top half", "0x7FF6800903250000 0x00007FF880090325");
    row("WinDbg pointer", "00000201`80090325 mov eax, ebx");
    row("WinDbg pointer high half", "80090325`00001234");
    row("segment offset", "0000abcd:80090308");
    row("hash", "sha1=8009032580090325ab12cd34ef56ab78cd90ef12");
    row("hex string with digits", "abcdef80090325");
    row("longer hex", "0x800903250");
    row("short hex", "0x8009032");
    row("stack offset short", "ntdll!RtlUserThreadStart+0x90312");
    row("serial number", "Serial Number: 6180090325000000000a");
    row("digits in longer number", "121480742540 2148074254001 -21468930190");
    row("decimal after dot", "elapsed=1.2148074254 v2.-2146893019");
    row("decimal with fraction", "2148074254.5 -2146893019.25");
    row("decimal hyphenated", "S-1-5-21-2148074254-3361044348 ID-2146893019");
    row("decimal after hex letter", "a2148074254 f-2146893019");
    row("decimal before letter", "2148074254b -2146893019x");
    row("SEC_I in plain decimal", "job 590610 done 590611");
    row("SEC_E_OK as numbers", "0x00000000 00000000 0 -0");
    row("DSID", "DSID-0C090334, DSID-0C09044E");
    row("ordinary numbers", "123456 999999 2024 80090 800903");
    row("prefix symbol", "SEC_E_ SEC_I_ SEC_E_WRONG SEC_E_WRONG_PRINCIPALS");
    row("symbol inside identifier", "MY_SEC_E_WRONG_PRINCIPAL xSEC_E_WRONG_PRINCIPAL SEC_E_WRONG_PRINCIPAL_2");
    row("not a symbol", "SEC_X_WRONG_PRINCIPAL SECE_WRONG_PRINCIPAL");
    row("message inside a word", "XThe target principal name is incorrect");
    row("message continues as a word", "The target principal name is incorrectly set");
    row("message cut", "The target principal name is");
    row("message split by a paragraph", "The target principal name "
                                        "is\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n"
                                        "\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nincorrect");
    row("success message", "The operation completed successfully.");
    row("other Windows messages", "A specified logon session does not exist. The specified domain is not available.");
    // Families beyond SSPI: values the catalog does not hold, wrappers, and small numbers outside
    // the field or sentence that gives them a family.
    row("wrappers", "0x80131904 E_FAIL 0x80004005 E_ACCESSDENIED ERROR_ACCESS_DENIED COR_E_SqlException 0x80131501");
    row("Access is denied (a wrapper's message)", "Access is denied.");
    row("NTSTATUS not in the catalog", "0xC0000005 0xC0000022 0xC000000D 0xD0000005 -1073741819 3221225477");
    row("Win32 not in the catalog", "0x80070002 0x80070057 error 2 error 87 Error 40 error 404");
    row("NTSTATUS as bare hex", "C000006D C000006A");
    row("Win32 code without its sentence", "1326 1311 (1909) count=1326");
    row("error inside a word", "terror 1326 errors 1326 myerror 1326");
    row("error with a longer number", "error 13260 error 1326.5 error 1326-7 error 1326abc");
    row("small numbers of other fields",
        "Ticket Encryption Type:\t0x12\nPre-Authentication Type:\t2\nResult Code:\t0x0\nStatus:\t\t\t0x0\n"
        "Logon Type:\t\t3\nKey Length:\t\t0\nKeywords:\t0x8010000000000000\nLogon ID:\t\t0x3E7\n"
        "Caller Process ID:\t0x2a8\nTicket Options:\t\t0x40810010\nFailure Code:\t0x0\n");
    row("Kerberos number in another field", "Ticket Encryption Type: 0x18 Sub Status: 0x18 Error Code: 0x18");
    row("Status of a non-Kerberos event", "<EventID>4625</EventID><Data Name=\"Status\">0x18</Data>");
    row("Status before any event", "<Data Name=\"Status\">0x18</Data>");
    row("event IDs and qualifiers", "Event ID: 4771 <EventID Qualifiers=\"16384\">36887</EventID> EventID=4625");
    row("Schannel error state", "The Windows SChannel error state is 960. The internal error state is 1205.");
    row("TLS alert not defined", "The TLS protocol defined fatal alert code is 999. fatal alert code is 7.");
    row("close_notify is not a failure", "The TLS protocol defined fatal alert code is 0.");
    row("Kerberos code not defined", "Failure Code: 0x1e Result Code: 0x2B Failure Code: 0x18c");
    row("RFC names as words", "handshake_failure access_denied internal_error close_notify decode_error");
    row("fingerprint fragment", "Preauthentication was required by the user name or password");
    row("two codes glued", "0x800903250x80090325");
    row("0x8009 repeated", "0x80090x80090x80090x8009");
    row("empty", "");
}

void TestScanner::negatives()
{
    QFETCH(QString, text);
    const LogScanner scanner;
    const auto findings = scanner.scan(text);
    QVERIFY2(findings.empty(), qPrintable(full(findings)));
}

void TestScanner::lineAndColumn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("columns");
    QTest::newRow("first line") << QStringLiteral("0x80090325") << QList<qint64>{1} << QList<qint64>{1};
    QTest::newRow("LF") << QStringLiteral("a\nbb\n  0x80090325 SEC_E_OK\n") << QList<qint64>{3, 3}
                        << QList<qint64>{3, 14};
    QTest::newRow("CRLF counts once") << QStringLiteral("a\r\nbb\r\n\r\n-2146893019") << QList<qint64>{4}
                                      << QList<qint64>{1};
    QTest::newRow("message starts on its first line")
        << QStringLiteral("x\nerr: The target principal\nname is incorrect.\n0x80090322") << QList<qint64>{2, 4}
        << QList<qint64>{6, 1};
    QTest::newRow("columns in UTF-16 units")
        << QStringLiteral("\U0001F600\u932F 80090308") << QList<qint64>{1} << QList<qint64>{5};
    QString longText;
    for (int i = 0; i < 5000; ++i)
        longText += QStringLiteral("line %1 nothing here\n").arg(i);
    longText += QStringLiteral("    SEC_E_TIME_SKEW\n");
    QTest::newRow("after many lines") << longText << QList<qint64>{5001} << QList<qint64>{5};
}

void TestScanner::lineAndColumn()
{
    QFETCH(QString, text);
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, columns);
    const LogScanner scanner;
    const auto findings = scanner.scan(text);
    QList<qint64> gotLines;
    QList<qint64> gotColumns;
    for (const Finding &f : findings) {
        gotLines << f.line;
        gotColumns << f.column;
        // The column is the distance from the last line break before the finding.
        const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), f.offset - 1) + 1;
        QCOMPARE(f.column, f.offset - lineStart + 1);
        QCOMPARE(f.line, qint64(text.left(f.offset).count(QLatin1Char('\n')) + 1));
    }
    QCOMPARE(gotLines, lines);
    QCOMPARE(gotColumns, columns);
}

void TestScanner::matchedTextAndCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("symbol");
    QTest::newRow("hex") << QStringLiteral("(0x80090325)") << QStringLiteral("0x80090325")
                         << QStringLiteral("SEC_E_UNTRUSTED_ROOT");
    QTest::newRow("pair") << QStringLiteral("klist failed with 0x80090303/-2146893053: x")
                          << QStringLiteral("0x80090303/-2146893053") << QStringLiteral("SEC_E_TARGET_UNKNOWN");
    QTest::newRow("wrapped message") << QStringLiteral("The clocks on the client and\n server machines are skewed.")
                                     << QStringLiteral("The clocks on the client and\n server machines are skewed.")
                                     << QStringLiteral("SEC_E_TIME_SKEW");
    QTest::newRow("alias keeps its spelling")
        << QStringLiteral("sec_e_no_spm") << QStringLiteral("sec_e_no_spm") << QStringLiteral("SEC_E_INTERNAL_ERROR");
    QTest::newRow("unknown") << QStringLiteral("0x800903FF") << QStringLiteral("0x800903FF") << QString();
}

void TestScanner::matchedTextAndCode()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(QString, symbol);
    const LogScanner scanner;
    const auto findings = scanner.scan(text);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().text, matched);
    if (symbol.isEmpty()) {
        QVERIFY(!findings.front().isKnown());
        QCOMPARE(findings.front().code, nullptr);
    } else {
        QVERIFY(findings.front().code);
        QCOMPARE(findings.front().code->symbolString(), symbol);
    }
}

void TestScanner::everyCatalogCode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<int>("form");
    QTest::addColumn<int>("family");
    for (const StatusCode &c : m_catalog.codes()) {
        if (c.wrapper)
            continue; // never reported: wrappersAreNotFindings
        const QByteArray s = c.symbol;
        const QString symbol = c.symbolString();
        const auto add = [&](const char *what, const QString &text, FindingForm form) {
            QTest::addRow("%s %s %s", qPrintable(familyKey(c.family)), s.constData(), what)
                << text << symbol << int(form) << int(c.family);
        };
        for (const QString &name : c.allNames()) {
            if (name != name.toUpper())
                continue; // RFC spellings (handshake_failure) are for lookup: lowerCaseRfcNamesAreNotFindings
            add(qPrintable(QStringLiteral("name %1").arg(name)), QStringLiteral("[%1]").arg(name), FindingForm::Symbol);
            add(qPrintable(QStringLiteral("lower %1").arg(name)), name.toLower(), FindingForm::Symbol);
        }
        if (c.value != 0) {
            const auto hexForms = [&](quint32 written, bool bare) {
                const QString hex8 = QStringLiteral("%1").arg(written, 8, 16, QLatin1Char('0'));
                add("0x lower", QStringLiteral("code 0x%1 ").arg(hex8), FindingForm::Hex);
                add("0x upper", QStringLiteral("code 0x%1 ").arg(hex8.toUpper()), FindingForm::Hex);
                if (bare)
                    add("bare", QStringLiteral("%1: LdapErr").arg(hex8.toUpper()), FindingForm::Hex);
                if (written & 0x80000000u) {
                    add("64-bit", QStringLiteral("0xFFFFFFFF%1").arg(hex8.toUpper()), FindingForm::Hex);
                    add("signed", QStringLiteral("HResult=%1").arg(qint32(written)), FindingForm::Decimal);
                    add("unsigned", QStringLiteral("status %1 ").arg(written), FindingForm::Decimal);
                }
            };
            switch (c.family) {
            case Family::Sspi: hexForms(c.value, true); break;
            case Family::NtStatus:
                hexForms(c.value, false);
                add("HRESULT_FROM_NT", QStringLiteral("hr 0x%1").arg(c.value | 0x10000000u, 8, 16, QLatin1Char('0')),
                    FindingForm::Hex);
                break;
            case Family::HResult: hexForms(c.value, false); break;
            case Family::Win32:
                hexForms(0x80070000u | c.value, false);
                add("error N", QStringLiteral("System error %1 has occurred.").arg(c.value), FindingForm::Decimal);
                break;
            case Family::Kerberos:
                add("Failure Code", QStringLiteral("\tFailure Code:\t\t0x%1\n").arg(c.value, 0, 16), FindingForm::Hex);
                add("4771 XML",
                    QStringLiteral("<EventID>4771</EventID><Data Name=\"Status\">0x%1</Data>").arg(c.value, 0, 16),
                    FindingForm::Hex);
                break;
            case Family::TlsAlert:
                add("36887", QStringLiteral("The TLS protocol defined fatal alert code is %1.").arg(c.value),
                    FindingForm::Decimal);
                add("OpenSSL", QStringLiteral(":SSL alert number %1\n").arg(c.value), FindingForm::Decimal);
                break;
            }
        }
        if (c.severity == Severity::Success)
            continue;
        QStringList texts;
        if (c.windowsMessage)
            texts << QString::fromUtf8(c.windowsMessage);
        for (const char *f : c.fingerprints)
            texts << QString::fromUtf8(f);
        for (const QString &message : texts) {
            if (!message.contains(QLatin1Char(' ')))
                continue;
            const QList<const StatusCode *> owners = m_catalog.byMessage(message);
            const QByteArray tag = message.left(24).toUtf8();
            QTest::addRow("%s %s message %s", qPrintable(familyKey(c.family)), s.constData(), tag.constData())
                << QStringLiteral("error: %1").arg(message) << owners.value(0)->symbolString()
                << int(FindingForm::Message) << int(owners.value(0)->family);
            QString wrapped = message;
            const qsizetype space = wrapped.indexOf(QLatin1Char(' '), wrapped.size() / 2);
            if (space > 0)
                wrapped.replace(space, 1, QStringLiteral("\r\n      "));
            QTest::addRow("%s %s message wrapped, upper case %s", qPrintable(familyKey(c.family)), s.constData(),
                          tag.constData())
                << wrapped.toUpper() << owners.value(0)->symbolString() << int(FindingForm::Message)
                << int(owners.value(0)->family);
        }
    }
}

void TestScanner::everyCatalogCode()
{
    QFETCH(QString, text);
    QFETCH(QString, symbol);
    QFETCH(int, form);
    QFETCH(int, family);
    const LogScanner scanner;
    const auto findings = scanner.scan(text);
    QVERIFY2(findings.size() == 1, qPrintable(full(findings)));
    QVERIFY(findings.front().code);
    QCOMPARE(findings.front().code->symbolString(), symbol);
    QCOMPARE(int(findings.front().form), form);
    QCOMPARE(int(findings.front().code->family), family);
    QCOMPARE(findings.front().value, findings.front().code->value);
}

void TestScanner::sharedMessagesReportTheFirst()
{
    // Two pairs of codes share one Windows message; the catalog lists errors first.
    const LogScanner scanner;
    for (const StatusCode &c : m_catalog.codes()) {
        if (!c.windowsMessage || c.severity == Severity::Success)
            continue;
        const QList<const StatusCode *> owners = m_catalog.byMessage(QString::fromLatin1(c.windowsMessage));
        if (owners.size() < 2)
            continue;
        const auto findings = scanner.scan(QString::fromLatin1(c.windowsMessage));
        QCOMPARE(findings.size(), size_t(1));
        QCOMPARE(findings.front().code, owners.first());
    }
    const auto expired = scanner.scan(QStringLiteral("The context has expired and can no longer be used."));
    QCOMPARE(expired.size(), size_t(1));
    QCOMPARE(expired.front().code->symbolString(), QStringLiteral("SEC_E_CONTEXT_EXPIRED"));
}

void TestScanner::firstLineOffsetsTheLines()
{
    const LogScanner scanner;
    const auto findings = scanner.scan(QStringLiteral("x\n 0x80090325"), nullptr, 41);
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().line, qint64(42));
    QCOMPARE(findings.front().column, qint64(2));
    QCOMPARE(findings.front().offset, qint64(3));
}

void TestScanner::sinkCanStop()
{
    const LogScanner scanner;
    int calls = 0;
    const bool completed = scanner.scan(QStringLiteral("0x80090325 0x80090326 0x80090327"), [&calls](const Finding &) {
        ++calls;
        return false;
    });
    QVERIFY(!completed);
    QCOMPARE(calls, 1);
}

void TestScanner::cancelStops()
{
    const LogScanner scanner;
    QString text;
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("some text 0x80090325 more text\n");
    const std::atomic<bool> cancelled{true};
    int calls = 0;
    QVERIFY(!scanner.scan(
        text, [&calls](const Finding &) { return ++calls > 0; }, &cancelled));
    // The flag is polled before anything is reported: a scan cancelled in advance reports nothing.
    QCOMPARE(calls, 0);
    const std::atomic<bool> running{false};
    QCOMPARE(scanner.scan(text, &running).size(), size_t(20000));
}

void TestScanner::formKeysAndNames()
{
    QCOMPARE(findingFormKey(FindingForm::Hex), QStringLiteral("hex"));
    QCOMPARE(findingFormKey(FindingForm::Decimal), QStringLiteral("decimal"));
    QCOMPARE(findingFormKey(FindingForm::Symbol), QStringLiteral("symbol"));
    QCOMPARE(findingFormKey(FindingForm::Message), QStringLiteral("message"));
    for (FindingForm f : {FindingForm::Hex, FindingForm::Decimal, FindingForm::Symbol, FindingForm::Message})
        QVERIFY(!findingFormName(f).isEmpty());
}

void TestScanner::vectorAndScalarPathsAgree_data()
{
    QTest::addColumn<QByteArray>("isa");
    QTest::newRow("ssse3") << QByteArray("ssse3");
    QTest::newRow("avx2") << QByteArray("avx2");
}

void TestScanner::vectorAndScalarPathsAgree()
{
    QFETCH(QByteArray, isa);
    if (const char *why = vectorPathMissing(isa))
        QSKIP(why);
    // The vector path only pre-selects positions; both must give identical findings.
    const QStringList pieces = {QStringLiteral("0x80090325"),
                                QStringLiteral("80090308: "),
                                QStringLiteral("-2146893019"),
                                QStringLiteral("2148074254"),
                                QStringLiteral("SEC_E_WRONG_PRINCIPAL"),
                                QStringLiteral("sec_i_continue_needed"),
                                QStringLiteral("The target principal name is incorrect."),
                                QStringLiteral("The logon\n attempt failed"),
                                QStringLiteral("0x8009030e/-2146893042"),
                                QStringLiteral("0xFFFFFFFF80090326"),
                                QStringLiteral("0x80070005"),
                                QStringLiteral("{80090325-1234-5678-9abc-def012345678}"),
                                QStringLiteral("the"),
                                QStringLiteral("a "),
                                QStringLiteral("2146"),
                                QStringLiteral("0903"),
                                QStringLiteral("SEC_"),
                                QStringLiteral("\u932F"),
                                QStringLiteral("证书链是由不受信任的颁发机构颁发的。"),
                                QStringLiteral("接收到的消息异常，或格式\n不正确"),
                                QStringLiteral("撤銷功能無法 檢查憑證的撤銷。"),
                                QStringLiteral("Главное конечное имя неверно."),
                                QStringLiteral("事件識別碼: 4768\n結果碼: 0x6 "),
                                QStringLiteral("证书"),
                                QStringLiteral("\u00E9"),
                                QStringLiteral("\u3000"),
                                QStringLiteral("\u00A0"),
                                QStringLiteral(" "),
                                QStringLiteral("\n"),
                                QStringLiteral("x"),
                                QStringLiteral("9"),
                                QStringLiteral("_"),
                                QStringLiteral("."),
                                QStringLiteral("-"),
                                QStringLiteral("/")};
    QRandomGenerator rng(20260401);
    QString text;
    while (text.size() < 300000)
        text += pieces.at(int(rng.bounded(quint32(pieces.size()))));

    QString used;
    const auto reference = scanWith("scalar", text, &used);
    QCOMPARE(used, QStringLiteral("scalar"));
    QVERIFY(reference.size() > 1000);
    const auto found = scanWith(isa, text, &used);
    QCOMPARE(used, QString::fromLatin1(isa));
    QCOMPARE(found.size(), reference.size());
    for (size_t i = 0; i < found.size(); ++i) {
        QCOMPARE(describe(found[i]), describe(reference[i]));
        QCOMPARE(found[i].line, reference[i].line);
        QCOMPARE(found[i].column, reference[i].column);
    }
}

void TestScanner::vectorPathsFindEveryText_data()
{
    vectorAndScalarPathsAgree_data();
}

void TestScanner::vectorPathsFindEveryText()
{
    // The vector filters test the first four characters of every text the scanner knows, as a
    // log may write them: any case, white-space runs (tabs, line wraps, no-break spaces) where
    // the text has one space, the typographic apostrophe. Each must reach the same findings as
    // the scalar path, which looks at every position.
    QFETCH(QByteArray, isa);
    if (const char *why = vectorPathMissing(isa))
        QSKIP(why);
    QStringList texts;
    for (const StatusCode &code : m_catalog.codes()) {
        if (code.windowsMessage)
            texts << QString::fromUtf8(code.windowsMessage);
        for (const char *fingerprint : code.fingerprints)
            texts << QString::fromUtf8(fingerprint);
    }
    for (const LocalizedMessage &localized : m_catalog.localizedMessages())
        texts << QString::fromUtf8(localized.text);
    // Context phrases with their numbers.
    texts << QStringLiteral("Failure Code:\t\t0x18") << QStringLiteral("Result Code: 0x6")
          << QStringLiteral("The TLS protocol defined fatal alert code is 40.") << QStringLiteral("SSL alert number 48")
          << QStringLiteral("error 1326") << QStringLiteral("結果碼: 0x6");
    QVERIFY(texts.size() > 300);
    const QList<QString> runs = {QStringLiteral("  "), QStringLiteral("\t"), QStringLiteral("\n  "),
                                 QStringLiteral("\u00A0"), QStringLiteral(" \t ")};
    QString text;
    int variant = 0;
    for (const QString &written : texts) {
        QStringList forms = {written, written.toUpper(), written.toLower()};
        QString spaced = written;
        spaced.replace(u' ', runs.at(variant++ % runs.size()));
        forms << spaced;
        QString curly = written;
        curly.replace(u'\'', QChar(0x2019));
        forms << curly;
        for (const QString &form : forms)
            text += QStringLiteral("x ") + form + QStringLiteral(" | ") + form + u'\n';
    }

    QString used;
    const auto reference = scanWith("scalar", text, &used);
    QCOMPARE(used, QStringLiteral("scalar"));
    QVERIFY(reference.size() > 2 * size_t(texts.size()));
    const auto found = scanWith(isa, text, &used);
    QCOMPARE(used, QString::fromLatin1(isa));
    QCOMPARE(full(found), full(reference));
}

void TestScanner::vectorPathsFindTaughtTexts_data()
{
    vectorAndScalarPathsAgree_data();
}

void TestScanner::vectorPathsFindTaughtTexts()
{
    // Texts a user teaches may mix Latin and Han in their first four characters, where a log may
    // put white space the comparison skips ("SQL 連線失敗" read as "sql連線失敗") or a full-width
    // mark where the text has an ASCII one: the vector paths must stop there as the scalar one does.
    QFETCH(QByteArray, isa);
    if (const char *why = vectorPathMissing(isa))
        QSKIP(why);
    const StatusCode *code = m_catalog.bySymbol(u"SEC_E_UNTRUSTED_ROOT");
    QVERIFY(code);
    const QStringList taught = {QStringLiteral("SQL 連線失敗：憑證不受信任"), QStringLiteral("TLS交握失敗"),
                                QStringLiteral("ab，憑證鏈結錯誤"), QStringLiteral("OK 登入失敗"),
                                QStringLiteral("x(憑證) 無效的根憑證")};
    std::vector<ExtraMessage> extra;
    for (const QString &text : taught)
        extra.push_back({code, text, QStringLiteral("user")});
    QString text;
    for (const QString &written : taught) {
        QString spaced = written;
        // White space between Latin and Han, and around a full-width mark.
        for (qsizetype i = spaced.size() - 1; i > 0; --i) {
            if (messagetext::isWide(spaced.at(i).unicode()) != messagetext::isWide(spaced.at(i - 1).unicode()))
                spaced.insert(i, QStringLiteral("  "));
        }
        QString fullWidth = written;
        fullWidth.replace(u'(', QChar(0xFF08)).replace(u')', QChar(0xFF09)).replace(u',', QChar(0xFF0C));
        for (const QString &form : {written, spaced, fullWidth, written.toUpper()})
            text += QStringLiteral("log: ") + form + u'\n';
    }
    QString used;
    const auto reference = scanWith("scalar", text, &used, extra);
    QCOMPARE(used, QStringLiteral("scalar"));
    QVERIFY(reference.size() >= size_t(taught.size()));
    const auto found = scanWith(isa, text, &used, extra);
    QCOMPARE(used, QString::fromLatin1(isa));
    QCOMPARE(full(found), full(reference));
}

void TestScanner::adversarialInputsFindNothing_data()
{
    QTest::addColumn<QString>("unit");
    QTest::newRow("0x8009") << QStringLiteral("0x8009");
    QTest::newRow("digits") << QStringLiteral("2148074254");
    QTest::newRow("signed digits") << QStringLiteral("-2146893019");
    QTest::newRow("SEC_E_") << QStringLiteral("SEC_E_");
    QTest::newRow("hex 0903") << QStringLiteral("0903");
    QTest::newRow("message prefix") << QStringLiteral("The target principal name is ");
    QTest::newRow("spaces") << QStringLiteral(" ");
}

void TestScanner::adversarialInputsFindNothing()
{
    // Repetitions glue into one long token or an endless prefix; nothing may match. (Their speed
    // is measured by bench/run_decode_bench.sh, not here.)
    QFETCH(QString, unit);
    const LogScanner scanner;
    const QString text = unit.repeated(200000 / unit.size());
    const auto findings = scanner.scan(text);
    QVERIFY2(findings.empty(), qPrintable(full(findings).left(500)));
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
