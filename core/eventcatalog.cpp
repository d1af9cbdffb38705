// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The authentication events known by name. Names and "how to read it" texts are our own words,
// marked for lupdate in context "Events" with a translator comment naming the event. Field names
// are the ones the events' XML uses (Event Viewer's labels are mapped to them by events.cpp).
//
// Sources: the Security events' pages of MicrosoftDocs/windows-itpro-docs (event-4624.md ...
// event-4776.md, see tests/data/reference/event-families/README.md for the versions read); the
// Kerberos and KDC System events named by Microsoft's "Kerberos authentication troubleshooting
// guidance" (MicrosoftDocs/SupportArticles-docs support/windows-server/windows-security/
// kerberos-authentication-troubleshooting-guidance.md @07d3eb85: event 4 with KRB_AP_ERR_MODIFIED
// or KRB_AP_ERR_SKEW, 14, 16 and 27); Schannel from tests/data/reference/event-families/
// schannel-events.tsv.
//
// Left out on purpose: 4634 and 4770 (logoff, ticket renewal: no failure code), 4772 and 4777
// (Microsoft: defined but never generated; 4768 and 4776 failures are logged instead), Kerberos
// event 3 and the other Kerberos client events (not confirmed on Microsoft Learn).
//
// The doubts of tests/data/reference/event-families/README.md about Schannel, decided:
// 14. Only the start of Microsoft's Schannel events page could be read and the message texts come
//     from a dump of an unstated Windows build: every name and text below is our own wording of
//     the meaning, and no Schannel message text is used as a fingerprint.
// 15. 36872 vs 36886: we follow the two message-table dumps (36872 = the configured certificate's
//     chain could not be retrieved, 36886 = no suitable default server credential), not the
//     third-party copy of the contents list.
// 16. Field names (AlertDesc, ErrorState, ErrorCode, ...) come from an unattributed manifest dump,
//     so each code field is also listed by position ("%1") for the classic form of the event
//     whose XML has unnamed <Data>. 36888's second value, whose name was never seen, is "%2" and
//     is listed as not a code.
// 17. Both wordings of 36887/36888 are read the same way: the alert number is the code, whatever
//     sentence carries it; the "error state" of the old wording is never a code. Levels are not
//     recorded here because no source gave them.
// 18. The side (client or server) is said only where the wording says it ("the certificate
//     received from the remote server" is logged on the client); otherwise the text says "this
//     computer" and "the other side".
#include "eventcatalog.h"

#include <QCoreApplication>

namespace sspilens {

namespace {

const char *const kSecurity = "Microsoft-Windows-Security-Auditing";

std::vector<KnownEvent> buildEvents()
{
    const std::vector<const char *> security = {kSecurity};
    const std::vector<const char *> kerberos = {"Microsoft-Windows-Security-Kerberos", "Kerberos"};
    const std::vector<const char *> kdc = {"Microsoft-Windows-Kerberos-Key-Distribution-Center", "KDC"};
    const std::vector<const char *> schannel = {"Schannel", "Microsoft-Windows-Schannel"};
    const std::vector<Family> nt = {Family::NtStatus};
    const std::vector<Family> krb = {Family::Kerberos};
    const std::vector<Family> tls = {Family::TlsAlert};
    const std::vector<Family> passedOn = {Family::Sspi, Family::HResult};
    const std::vector<const char *> logonNumbers = {"LogonType", "KeyLength", "SubjectLogonId", "TargetLogonId",
                                                    "ProcessId", "IpPort",    "Keywords"};
    const std::vector<const char *> ticketNumbers = {"TicketOptions", "TicketEncryptionType", "PreAuthType", "IpPort",
                                                     "Keywords"};

    return {
        // Security log ------------------------------------------------------------------------
        {security,
         4624,
         true,
         //: event 4624
         QT_TRANSLATE_NOOP("Events", "Logon succeeded"),
         //: event 4624
         QT_TRANSLATE_NOOP("Events", "An account logged on to this computer. The event carries no failure code; it "
                                     "is context for the failures around it: Logon Type (2 at the keyboard, 3 from "
                                     "the network, 10 by Remote Desktop) and Authentication Package (Kerberos or "
                                     "NTLM) show which path the same account took when it worked."),
         {},
         logonNumbers},
        {security,
         4625,
         true,
         //: event 4625
         QT_TRANSLATE_NOOP("Events", "Logon failed"),
         //: event 4625
         QT_TRANSLATE_NOOP("Events", "An account could not log on to this computer. Status and Sub Status are "
                                     "NTSTATUS values: Status gives the broad reason (0xC000006D, bad user name or "
                                     "password) and Sub Status the exact one (0xC000006A wrong password, 0xC0000064 "
                                     "no such account, 0xC0000234 locked out), so read Sub Status first unless it "
                                     "is 0x0. Failure Reason says the same in words. Logon Type, Key Length and the "
                                     "process and logon IDs are not codes."),
         {{"Status", nt}, {"SubStatus", nt}},
         logonNumbers},
        {security,
         4648,
         true,
         //: event 4648
         QT_TRANSLATE_NOOP("Events", "Logon with explicitly given credentials"),
         //: event 4648
         QT_TRANSLATE_NOOP("Events", "A process logged on with credentials it was given explicitly (runas, a drive "
                                     "mapped as another user, a scheduled task). No code: it names the account whose "
                                     "credentials were used, the target server and the process, which ties a "
                                     "failure elsewhere to the program that caused it."),
         {},
         logonNumbers},
        {security,
         4740,
         true,
         //: event 4740
         QT_TRANSLATE_NOOP("Events", "Account locked out"),
         //: event 4740
         QT_TRANSLATE_NOOP("Events", "An account was locked out after too many wrong passwords. No code: Caller "
                                     "Computer Name is the computer the bad attempts came from, where a stale "
                                     "password (a service, a mapped drive, a phone) usually lives. Expect 4625 or "
                                     "4771 failures before it and Sub Status 0xC0000234 after it."),
         {},
         {"Keywords"}},
        {security,
         4768,
         true,
         //: event 4768
         QT_TRANSLATE_NOOP("Events", "Kerberos ticket-granting ticket requested"),
         //: event 4768
         QT_TRANSLATE_NOOP("Events", "A domain controller was asked for a Kerberos ticket-granting ticket (TGT). "
                                     "Result Code (Status in the XML) is a Kerberos error code: 0x0 success, 0x6 no "
                                     "such account, 0x12 account disabled, expired or locked out. Pre-authentication "
                                     "failures such as 0x18 (wrong password) are logged as 4771 instead. Ticket "
                                     "Options, Ticket Encryption Type and Pre-Authentication Type are not error "
                                     "codes."),
         {{"Status", krb}},
         ticketNumbers},
        {security,
         4769,
         true,
         //: event 4769
         QT_TRANSLATE_NOOP("Events", "Kerberos service ticket requested"),
         //: event 4769
         QT_TRANSLATE_NOOP("Events", "A domain controller was asked for a service ticket for a service principal "
                                     "name (SPN). Failure Code (Status in the XML) is a Kerberos error code: 0x7 no "
                                     "account holds the SPN, 0xE no encryption type both sides support, 0x20 the "
                                     "ticket-granting ticket expired (frequent and usually harmless). Ticket Options "
                                     "and Ticket Encryption Type are not error codes."),
         {{"Status", krb}},
         ticketNumbers},
        {security,
         4771,
         true,
         //: event 4771
         QT_TRANSLATE_NOOP("Events", "Kerberos pre-authentication failed"),
         //: event 4771
         QT_TRANSLATE_NOOP("Events", "A domain controller refused an account's Kerberos pre-authentication. Failure "
                                     "Code (Status in the XML) is a Kerberos error code: 0x18 wrong password, 0x17 "
                                     "password expired, 0x10 smart card logon not possible (often a domain controller "
                                     "without a suitable certificate). Client Address shows where the attempt came "
                                     "from. Pre-Authentication Type (2 password, 15 certificate) and Ticket Options "
                                     "are not error codes."),
         {{"Status", krb}},
         ticketNumbers},
        {security,
         4776,
         true,
         //: event 4776
         QT_TRANSLATE_NOOP("Events", "NTLM credentials validated"),
         //: event 4776
         QT_TRANSLATE_NOOP("Events", "A domain controller, or this computer for a local account, checked NTLM "
                                     "credentials. Error Code (Status in the XML) is an NTSTATUS value: 0x0 success, "
                                     "0xC000006A wrong password, 0xC0000064 no such account, 0xC0000234 locked out, "
                                     "0xC0000072 account disabled. Source Workstation is the computer the attempt "
                                     "came from."),
         {{"Status", nt}},
         {"Keywords"}},

        // Kerberos and KDC, System log -------------------------------------------------------
        {kerberos,
         4,
         false,
         //: Kerberos event 4 (System log)
         QT_TRANSLATE_NOOP("Events", "Kerberos error from a server"),
         //: Kerberos event 4 (System log)
         QT_TRANSLATE_NOOP("Events", "The Kerberos client on this computer received an error from the server it "
                                     "tried to authenticate to. The error is named in the message: "
                                     "KRB_AP_ERR_MODIFIED means the server could not decrypt the ticket (its SPN is "
                                     "registered on another account, or the service's password changed); "
                                     "KRB_AP_ERR_SKEW means the clocks differ by more than the allowed five "
                                     "minutes. The name is a Kerberos error; the event has no numeric code field."),
         {},
         {}},
        {kdc,
         14,
         false,
         //: KDC event 14 (System log)
         QT_TRANSLATE_NOOP("Events", "KDC: encryption type not supported"),
         //: KDC event 14 (System log)
         QT_TRANSLATE_NOOP("Events", "The Key Distribution Center on a domain controller could not issue a ticket "
                                     "because the account has no key of an encryption type the request allows, "
                                     "typically across a trust or after encryption types were restricted. The "
                                     "numbers in it are encryption types, not error codes; the client sees "
                                     "KDC_ERR_ETYPE_NOTSUPP (0xE)."),
         {},
         {}},
        {kdc,
         16,
         false,
         //: KDC event 16 (System log)
         QT_TRANSLATE_NOOP("Events", "KDC: no suitable key for the request"),
         //: KDC event 16 (System log)
         QT_TRANSLATE_NOOP("Events", "The Key Distribution Center found no key of a usable encryption type to answer "
                                     "a ticket request, for example when DES is disabled but an account or service "
                                     "still asks for it. The numbers are encryption types, not error codes: compare "
                                     "them with the account's supported encryption types."),
         {},
         {}},
        {kdc,
         27,
         false,
         //: KDC event 27 (System log)
         QT_TRANSLATE_NOOP("Events", "KDC: no suitable key for the target service"),
         //: KDC event 27 (System log)
         QT_TRANSLATE_NOOP("Events", "While answering a service ticket request, the Key Distribution Center found "
                                     "that the target account has no key of an encryption type the client asked "
                                     "for. The event lists the requested and the available encryption types: they "
                                     "are encryption types, not error codes."),
         {},
         {}},

        // Schannel, System log ---------------------------------------------------------------
        {schannel,
         36864,
         true,
         //: Schannel event 36864
         QT_TRANSLATE_NOOP("Events", "Schannel loaded"),
         //: Schannel event 36864
         QT_TRANSLATE_NOOP("Events", "Schannel, the TLS/SSL security package, started. Informational; there is no "
                                     "number to read."),
         {},
         {}},
        {schannel,
         36865,
         true,
         //: Schannel event 36865
         QT_TRANSLATE_NOOP("Events", "Cryptographic module could not be opened"),
         //: Schannel event 36865
         QT_TRANSLATE_NOOP("Events", "Schannel could not open the system's cryptographic module, so no TLS/SSL "
                                     "connection can work on this computer. The error it carries comes from that "
                                     "module; its format is not documented, so look it up by value."),
         {},
         {}},
        {schannel,
         36866,
         true,
         //: Schannel event 36866
         QT_TRANSLATE_NOOP("Events", "Schannel could not be loaded"),
         //: Schannel event 36866
         QT_TRANSLATE_NOOP("Events", "The Schannel security package failed to load: TLS/SSL is not available on this "
                                     "computer. There is no number to read."),
         {},
         {}},
        {schannel,
         36867,
         true,
         //: Schannel event 36867
         QT_TRANSLATE_NOOP("Events", "TLS credential being created (verbose)"),
         //: Schannel event 36867
         QT_TRANSLATE_NOOP("Events", "Verbose logging: an application is creating a TLS client or server "
                                     "credential. Informational."),
         {},
         {}},
        {schannel,
         36868,
         true,
         //: Schannel event 36868
         QT_TRANSLATE_NOOP("Events", "Private key of a TLS credential (verbose)"),
         //: Schannel event 36868
         QT_TRANSLATE_NOOP("Events", "Verbose logging: describes the private key behind the certificate of a TLS "
                                     "credential (provider, key name, key type and flags). The numbers are "
                                     "CryptoAPI settings, not error codes."),
         {},
         {"CSPType", "KeyType", "KeyFlags"}},
        {schannel,
         36869,
         true,
         //: Schannel event 36869
         QT_TRANSLATE_NOOP("Events", "Certificate without a private key"),
         //: Schannel event 36869
         QT_TRANSLATE_NOOP("Events", "The certificate chosen for a TLS credential has no usable private key, usually "
                                     "after a faulty backup and restore or a failed enrollment. Import the "
                                     "certificate again with its key (a .pfx file) or enroll it again."),
         {},
         {"CallerProcessId"}},
        {schannel,
         36870,
         true,
         //: Schannel event 36870
         QT_TRANSLATE_NOOP("Events", "Private key could not be used"),
         //: Schannel event 36870
         QT_TRANSLATE_NOOP("Events", "Schannel could not use the private key of the certificate of a TLS client or "
                                     "server credential. The error code is what the cryptographic module returned, "
                                     "an SSPI or CryptoAPI code (0x8009030D, SEC_E_UNKNOWN_CREDENTIALS, is common); "
                                     "the internal error state is Schannel's own number, not a code. Check that the "
                                     "key exists and that the service's account may read it."),
         {{"ErrorCode", passedOn}, {"%2", passedOn}},
         {"ErrorStatus", "%3", "CallerProcessId"}},
        {schannel,
         36871,
         true,
         //: Schannel event 36871
         QT_TRANSLATE_NOOP("Events", "TLS credential could not be created"),
         //: Schannel event 36871
         QT_TRANSLATE_NOOP("Events", "Schannel could not create a TLS client or server credential. The internal "
                                     "error state it prints (10013 is often posted) is Schannel's own number, not a "
                                     "Windows error code; look at the certificate's private key and at the "
                                     "protocols and cipher suites enabled on this computer."),
         {},
         {"ErrorState", "%2"}},
        {schannel,
         36872,
         true,
         //: Schannel event 36872
         QT_TRANSLATE_NOOP("Events", "Chain of the configured certificate not found"),
         //: Schannel event 36872
         QT_TRANSLATE_NOOP("Events", "The chain of the certificate configured for TLS could not be retrieved, so "
                                     "the other side may not trust it. Install the intermediate certificates. The "
                                     "failure status is looked up by value (its format is not verified)."),
         {{"ErrorCode", passedOn}},
         {"CertFlags"}},
        {schannel,
         36873,
         true,
         //: Schannel event 36873
         QT_TRANSLATE_NOOP("Events", "No cipher suite to offer"),
         //: Schannel event 36873
         QT_TRANSLATE_NOOP("Events", "When this computer started a TLS connection it found no cipher suite it could "
                                     "offer: the protocols and cipher suites enabled by policy or registry have "
                                     "nothing in common with the cryptographic modules. There is no number to "
                                     "read."),
         {},
         {}},
        {schannel,
         36874,
         true,
         //: Schannel event 36874
         QT_TRANSLATE_NOOP("Events", "No cipher suite in common with a client"),
         //: Schannel event 36874
         QT_TRANSLATE_NOOP("Events", "A client connected with a protocol version (named in the event, such as TLS "
                                     "1.2) with which this server shares no cipher suite, so the handshake failed. "
                                     "The protocol name is text, not a code."),
         {},
         {}},
        {schannel,
         36875,
         true,
         //: Schannel event 36875
         QT_TRANSLATE_NOOP("Events", "No suitable client certificate"),
         //: Schannel event 36875
         QT_TRANSLATE_NOOP("Events", "The server asked for a client certificate but this computer found none that "
                                     "fits; it tries again without one, which the server may refuse."),
         {},
         {}},
        {schannel,
         36876,
         true,
         //: Schannel event 36876
         QT_TRANSLATE_NOOP("Events", "Server certificate failed validation"),
         //: Schannel event 36876
         QT_TRANSLATE_NOOP("Events", "Logged on the client: the server's certificate could not be validated, so the "
                                     "connection failed. The error code is a certificate or SSPI code (look it up by "
                                     "value, for example 0x80090325 untrusted root)."),
         {{"ErrorCode", passedOn}, {"%1", passedOn}},
         {}},
        {schannel,
         36877,
         true,
         //: Schannel event 36877
         QT_TRANSLATE_NOOP("Events", "Client certificate failed validation"),
         //: Schannel event 36877
         QT_TRANSLATE_NOOP("Events", "Logged on the server: a client's certificate could not be validated. The "
                                     "error code is a certificate or SSPI code; look it up by value."),
         {{"ErrorCode", passedOn}, {"%1", passedOn}},
         {}},
        {schannel,
         36878,
         true,
         //: Schannel event 36878
         QT_TRANSLATE_NOOP("Events", "Client certificate not accepted for direct mapping"),
         //: Schannel event 36878
         QT_TRANSLATE_NOOP("Events", "Logged on the server: a client certificate cannot be mapped directly to an "
                                     "account because its issuer is not trusted enough for that. The error code is "
                                     "looked up by value."),
         {{"ErrorCode", passedOn}, {"%1", passedOn}},
         {}},
        {schannel,
         36879,
         true,
         //: Schannel event 36879
         QT_TRANSLATE_NOOP("Events", "Client certificate not mapped to an account"),
         //: Schannel event 36879
         QT_TRANSLATE_NOOP("Events", "Logged on the server: a client certificate could not be mapped to a user "
                                     "account; the application may still accept the connection. The error code is "
                                     "looked up by value."),
         {{"ErrorCode", passedOn}, {"%1", passedOn}},
         {}},
        {schannel,
         36880,
         true,
         //: Schannel event 36880
         QT_TRANSLATE_NOOP("Events", "TLS handshake completed (verbose)"),
         //: Schannel event 36880
         QT_TRANSLATE_NOOP("Events", "Verbose logging: a handshake succeeded. It names the protocol, cipher suite, "
                                     "key exchange strength and certificates; its numbers are sizes and suites, not "
                                     "error codes."),
         {},
         {"KeyExchangeStrength"}},
        {schannel,
         36881,
         true,
         //: Schannel event 36881
         QT_TRANSLATE_NOOP("Events", "Server certificate expired or not yet valid"),
         //: Schannel event 36881
         QT_TRANSLATE_NOOP("Events", "Logged on the client: the server's certificate is outside its validity "
                                     "period, so the connection failed. The same condition as SEC_E_CERT_EXPIRED "
                                     "(0x80090328) and TLS alert 45."),
         {},
         {}},
        {schannel,
         36882,
         true,
         //: Schannel event 36882
         QT_TRANSLATE_NOOP("Events", "Server certificate from an untrusted authority"),
         //: Schannel event 36882
         QT_TRANSLATE_NOOP("Events", "Logged on the client: the server's certificate was issued by a certification "
                                     "authority this computer does not trust. The same condition as "
                                     "SEC_E_UNTRUSTED_ROOT (0x80090325)."),
         {},
         {}},
        {schannel,
         36883,
         true,
         //: Schannel event 36883
         QT_TRANSLATE_NOOP("Events", "Server certificate revoked"),
         //: Schannel event 36883
         QT_TRANSLATE_NOOP("Events", "Logged on the client: the server's certificate has been revoked by its issuer. "
                                     "The same condition as CRYPT_E_REVOKED (0x80092010)."),
         {},
         {}},
        {schannel,
         36884,
         true,
         //: Schannel event 36884
         QT_TRANSLATE_NOOP("Events", "Server certificate name does not match"),
         //: Schannel event 36884
         QT_TRANSLATE_NOOP("Events", "Logged on the client: the server's certificate does not contain the name the "
                                     "client connected to. The same condition as SEC_E_WRONG_PRINCIPAL (0x80090322) "
                                     "and CERT_E_CN_NO_MATCH."),
         {},
         {}},
        {schannel,
         36885,
         true,
         //: Schannel event 36885
         QT_TRANSLATE_NOOP("Events", "List of trusted issuers cut short"),
         //: Schannel event 36885
         QT_TRANSLATE_NOOP("Events", "Logged on the server: the list of certification authorities trusted for "
                                     "client authentication is too long to send and was cut, so clients may not "
                                     "offer the right certificate."),
         {},
         {}},
        {schannel,
         36886,
         true,
         //: Schannel event 36886
         QT_TRANSLATE_NOOP("Events", "No default server certificate"),
         //: Schannel event 36886
         QT_TRANSLATE_NOOP("Events", "Logged on the server: no suitable default server certificate exists, so "
                                     "services that rely on the default (such as the directory service for LDAPS) "
                                     "cannot accept TLS connections."),
         {},
         {}},
        {schannel,
         36887,
         true,
         //: Schannel event 36887
         QT_TRANSLATE_NOOP("Events", "TLS alert received"),
         //: Schannel event 36887
         QT_TRANSLATE_NOOP("Events", "The other side of the connection sent a fatal TLS alert: it found the problem, "
                                     "this computer only logs it. The number is the TLS alert received, in decimal "
                                     "(40 handshake failure, 42 bad certificate, 48 unknown CA, 70 protocol "
                                     "version); Schannel passes it to the application as an SSPI code. Look for the "
                                     "cause in the other side's logs."),
         {{"AlertDesc", tls}, {"%1", tls}},
         {}},
        {schannel,
         36888,
         true,
         //: Schannel event 36888
         QT_TRANSLATE_NOOP("Events", "TLS alert sent"),
         //: Schannel event 36888
         QT_TRANSLATE_NOOP("Events", "This computer found a problem in the handshake and sent a fatal TLS alert to "
                                     "the other side. The number is the TLS alert sent, in decimal; the error state "
                                     "that older Windows versions print next to it is internal to Schannel and not a "
                                     "code. The cause is on this computer: its protocols, cipher suites or "
                                     "certificate."),
         {{"AlertDesc", tls}, {"%1", tls}},
         {"ErrorState", "%2"}},
        {schannel,
         36889,
         true,
         //: Schannel event 36889
         QT_TRANSLATE_NOOP("Events", "Chain of the configured certificate incomplete"),
         //: Schannel event 36889
         QT_TRANSLATE_NOOP("Events", "The chain of the certificate configured for TLS is incomplete, which can make "
                                     "the other side distrust it. Install the intermediate certificates. The failure "
                                     "status is looked up by value (its format is not verified)."),
         {{"ErrorCode", passedOn}},
         {}},
        {schannel,
         36896,
         true,
         //: Schannel event 36896
         QT_TRANSLATE_NOOP("Events", "DTLS connection request not verified"),
         //: Schannel event 36896
         QT_TRANSLATE_NOOP("Events", "DTLS only: the server could not verify a connection request."),
         {},
         {}},
        {schannel,
         36897,
         true,
         //: Schannel event 36897
         QT_TRANSLATE_NOOP("Events", "DTLS record outside the receive window"),
         //: Schannel event 36897
         QT_TRANSLATE_NOOP("Events", "DTLS only: a record was dropped because it was outside the current receive "
                                     "window."),
         {},
         {}},
        {schannel,
         36898,
         true,
         //: Schannel event 36898
         QT_TRANSLATE_NOOP("Events", "DTLS record received twice"),
         //: Schannel event 36898
         QT_TRANSLATE_NOOP("Events", "DTLS only: a record was dropped as a copy of one already received."),
         {},
         {}},
        {schannel,
         36899,
         true,
         //: Schannel event 36899
         QT_TRANSLATE_NOOP("Events", "DTLS handshake sent again"),
         //: Schannel event 36899
         QT_TRANSLATE_NOOP("Events", "DTLS only: the handshake messages had to be sent again."),
         {},
         {}},
        {schannel,
         36912,
         true,
         //: Schannel event 36912
         QT_TRANSLATE_NOOP("Events", "Session ticket keys not found"),
         //: Schannel event 36912
         QT_TRANSLATE_NOOP("Events", "Logged on the server: the keys that protect TLS session tickets were not found "
                                     "(the event names the path), so clients cannot resume sessions with tickets."),
         {},
         {}},
    };
}

bool sameName(QStringView a, const char *b)
{
    return a.compare(QLatin1String(b), Qt::CaseInsensitive) == 0;
}

} // namespace

const std::vector<KnownEvent> &EventCatalog::events()
{
    static const std::vector<KnownEvent> all = buildEvents();
    return all;
}

const KnownEvent *EventCatalog::find(QStringView provider, quint32 id)
{
    const QStringView p = provider.trimmed();
    for (const KnownEvent &e : events()) {
        if (e.id != id)
            continue;
        if (p.isEmpty()) {
            if (e.idAlone)
                return &e;
            continue;
        }
        for (const char *name : e.providers) {
            if (sameName(p, name))
                return &e;
        }
    }
    return nullptr;
}

const KnownEvent *EventCatalog::find(const EventRecord &event)
{
    return find(event.provider, event.eventId);
}

std::vector<Family> EventCatalog::familiesOf(const EventRecord &event, QStringView field)
{
    if (const KnownEvent *e = find(event)) {
        for (const EventCodeField &f : e->codeFields) {
            if (sameName(field, f.field))
                return f.families;
        }
    }
    return {};
}

bool EventCatalog::isNotCode(const EventRecord &event, QStringView field)
{
    if (const KnownEvent *e = find(event)) {
        for (const char *name : e->notCodes) {
            if (sameName(field, name))
                return true;
        }
    }
    return false;
}

QString trEvents(const char *source)
{
    return source ? QCoreApplication::translate("Events", source) : QString();
}

} // namespace sspilens
