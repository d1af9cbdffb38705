// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// TLS alerts 0-120 (RFC 5246 s7.2, RFC 8446 s6 and B.2, RFC 6066 for 111/114): one entry per row of
// tests/data/reference/event-families/tls-alerts.tsv (34 rows), checked by tst_catalog_tlsalert.
//
// Identity and names
// - value: the alert number (40u). symbol: the TLS1_ALERT_* macro of schannel.h (mingw-w64 and SDK
//   10.0.22000 agree) where it has one; for the 8 alerts schannel.h lacks (41, 86, 109, 111, 112, 113,
//   114, 116) the SSL3_AD_* / TLS1_AD_* / TLS13_AD_* macro of OpenSSL's include/openssl/ssl3.h and
//   tls1.h, a stable upper-case identifier that tools and code search already know (checked in the
//   Debian libssl-dev 3.0.19 headers). Aliases: the RFC name exactly as the table spells it
//   (decryption_failed_RESERVED, ...; the plain name too for the three _RESERVED ones), the
//   SSL3_ALERT_* label of Microsoft's page where it differs from schannel.h, and OpenSSL's base macro
//   and SSL_AD_* alias (ssl.h).
// - windowsMessage is nullptr: an alert number has no FormatMessage text.
// - Fingerprints are OpenSSL's reason strings as the other side of a connection prints them
//   ("error:0A000410:SSL routines::sslv3 alert handshake failure"): OpenSSL 1.1.1-3.x says "sslv3 alert
//   ...", newer releases "ssl/tls alert ..." for the same SSLv3-era alerts; both are listed. The bare
//   "SSL alert number 40" is left to the scanner, which reads numbers in context.
// - events: Schannel 36887 (a fatal alert received) and 36888 (a fatal alert generated and sent), both
//   with the alert number as %1, named {AlertDesc} in the manifest dump the reference table quotes
//   (README doubt 16: that dump is unattributed; no other name was found, so AlertDesc is used for
//   both). close_notify is never fatal and gets no event site.
// - severity: close_notify (0), user_canceled (90) and no_renegotiation (100) are warning-level alerts
//   in the RFCs (90 "generally"), so Informational with category SuccessContinuation; every other alert
//   is fatal or used as fatal in practice, so Error.
//
// Doubts of tests/data/reference/event-families/README.md decided here
// - 8: Microsoft's row "SSL3_ALERT_ILLEGAL_PARAMETER" has no number; matched to 47 by name. The
//   SSL3_ALERT_* labels (10, 30, 40, 47) exist in no header, so they are aliases, never symbols.
//   TLS1_ALERT_INSUFFIENT_SECURITY keeps schannel.h's misspelling as the symbol (it is what code and
//   Microsoft's page use); OpenSSL's correctly spelled names are aliases.
// - 9: Microsoft's mapping (received alert -> SEC_E code) is used for the 24 listed alerts. For the 10
//   unlisted ones (41, 86, 109, 111-116, 120) SEC_E_ILLEGAL_MESSAGE is taken from the page's Default
//   row and every such related note says it is inferred and may differ on TLS 1.3-era Windows.
//   SEC_E_APPLICATION_PROTOCOL_MISMATCH is only a related code of 120, marked unconfirmed. Alert 121
//   (ech_required) is outside 0-120 and left out.
// - 10: the RFC 5246 copy with interleaved notes was not relied on alone: numbers and names were
//   checked against the RFC 8446 appendix B.2 enum, which also marks 30, 100, 111 and 114 _RESERVED
//   (the table's defined_in column lists only RFC 5246 / RFC 6066 for them); the texts say so.
//
// Which verification failure a non-Windows peer turns into which alert (used in causes of 42-51, 113):
// OpenSSL ssl_x509err2alert() in openssl/openssl ssl/statem/statem_lib.c, and JSSE
// CertificateMessage.getCertificateAlert() / checkClientCerts() in OpenJDK
// src/java.base/share/classes/sun/security/ssl/CertificateMessage.java.
//
// Which side logs what (used in every explanation): the Windows side that RECEIVES a fatal alert logs
// 36887 and its application gets the mapped SEC_E code; the Windows side that SENDS it logs 36888 and
// its own, more precise reason, often in a neighbouring Schannel event (36874, 36875, 36870, 36881-36884,
// 36889). The reason of an alert is always best read on the side that sent it.
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted like sspi.cpp: one entry per block, ordered by alert number. Adjacent string literals
// inside one QT_TRANSLATE_NOOP are one text on purpose, not a missing comma.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> tlsAlertCodes()
{
    return {
        // 0 close_notify
        // Never fatal, so Schannel's fatal-alert events 36887/36888 do not carry it: no EventSite. No OpenSSL reason
        // string exists for it (OpenSSL treats it as an orderly end, not an error): no fingerprint.
        {
            Family::TlsAlert, 0u, "TLS1_ALERT_CLOSE_NOTIFY",
            {"close_notify", "SSL3_AD_CLOSE_NOTIFY", "SSL_AD_CLOSE_NOTIFY"},
            Severity::Informational, Category::SuccessContinuation, Schannel,
            nullptr,
            //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
            QT_TRANSLATE_NOOP("Catalog", "Orderly shutdown: the peer will send nothing more on this connection. "
                                         "Not an error."),
            //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
            QT_TRANSLATE_NOOP("Catalog", "Either side sends close_notify when it has finished writing, normally at "
                                         "the end of a session or just before the TCP connection is closed. When "
                                         "Schannel's DecryptMessage meets it, the call returns "
                                         "SEC_I_CONTEXT_EXPIRED and the application should complete its own "
                                         "shutdown. It is not an error, and Schannel's fatal-alert events 36887 "
                                         "and 36888 do not cover it; it matters only when a connection ends "
                                         "earlier than the application expected."),
            {
                //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                QT_TRANSLATE_NOOP("Catalog", "The peer finished the exchange normally, for example a web server "
                                             "closing an idle keep-alive connection"),
                //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                QT_TRANSLATE_NOOP("Catalog", "The peer ended the session because of its own limit (idle time-out, "
                                             "maximum requests per connection) while the application still "
                                             "expected to use it"),
                //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                QT_TRANSLATE_NOOP("Catalog", "A load balancer or proxy in the path closed the connection after its "
                                             "idle time-out"),
            },
            {
                {
                    //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether a fatal alert was logged for the same connection; "
                                                 "only a fatal alert (event 36887 or 36888) indicates a failure"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887,36888} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
                {
                    //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                    QT_TRANSLATE_NOOP("Catalog", "If connections end earlier than expected, compare the time of "
                                                 "closure with the idle time-outs of the server and of any load "
                                                 "balancer in between"),
                    "netsh http show timeout",
                },
            },
            {
                {
                    Family::Sspi, "SEC_I_CONTEXT_EXPIRED", 0x00090317u,
                    //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                    QT_TRANSLATE_NOOP("Catalog", "What DecryptMessage returns when it receives close_notify; also "
                                                 "informational"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_USER_CANCELED", 90u,
                    //: TLS1_ALERT_CLOSE_NOTIFY (tls-alert 0)
                    QT_TRANSLATE_NOOP("Catalog", "Sent just before close_notify when a handshake is abandoned on "
                                                 "purpose"),
                },
            },
            {},
            {},
            false,
        },
        // 10 unexpected_message
        {
            Family::TlsAlert, 10u, "TLS1_ALERT_UNEXPECTED_MESSAGE",
            {
                "unexpected_message", "SSL3_ALERT_UNEXPECTED_MESSAGE", "SSL3_AD_UNEXPECTED_MESSAGE",
                "SSL_AD_UNEXPECTED_MESSAGE",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
            QT_TRANSLATE_NOOP("Catalog", "The peer received a TLS message that is not allowed at this point of the "
                                         "protocol."),
            //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
            QT_TRANSLATE_NOOP("Catalog", "A TLS stack sends unexpected_message when a record or handshake message "
                                         "arrives out of order, for example a second ClientHello where none is "
                                         "allowed or application data before the handshake has finished. A Windows "
                                         "side that receives it logs Schannel event 36887 with the value 10 and "
                                         "returns SEC_E_ILLEGAL_MESSAGE to the application; a Windows side that "
                                         "sends it logs event 36888. Between two mature TLS stacks it usually "
                                         "points to a device in the path or to an incompatibility between the "
                                         "stacks rather than to a setting."),
            {
                //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox (TLS inspection, IPS, load balancer) altered, reordered "
                                             "or injected handshake messages"),
                //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                QT_TRANSLATE_NOOP("Catalog", "A renegotiation or post-handshake message (TLS 1.2 renegotiation, "
                                             "TLS 1.3 key update or post-handshake authentication) that the peer "
                                             "does not expect"),
                //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                QT_TRANSLATE_NOOP("Catalog", "A defect or incompatibility in one of the TLS stacks, sometimes "
                                             "fixed by an update of that stack or of Windows"),
            },
            {
                {
                    //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 10, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 10 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                    QT_TRANSLATE_NOOP("Catalog", "Repeat the connection from another client, or with TLS "
                                                 "inspection bypassed for this host, to see whether a device in "
                                                 "the path is involved"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether alert 10 (unexpected_message) began to appear "
                                                 "after an update of Windows or of the peer's TLS library"),
                    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_UNEXPECTED_MESSAGE (tls-alert 10)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert unexpected message",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert unexpected message",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 20 bad_record_mac
        {
            Family::TlsAlert, 20u, "TLS1_ALERT_BAD_RECORD_MAC",
            {"bad_record_mac", "SSL3_AD_BAD_RECORD_MAC", "SSL_AD_BAD_RECORD_MAC"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
            QT_TRANSLATE_NOOP("Catalog", "A received record failed its integrity check, so the peer could not "
                                         "trust or decrypt it."),
            //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
            QT_TRANSLATE_NOOP("Catalog", "Every protected TLS record carries a MAC or an AEAD tag; bad_record_mac "
                                         "means one did not verify. That happens when the two sides derived "
                                         "different keys, or when bytes changed in transit. A Windows side that "
                                         "receives the alert logs event 36887 and gets SEC_E_MESSAGE_ALTERED; when "
                                         "the very first protected message (Finished) fails, the handshake breaks "
                                         "off at once."),
            {
                //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                QT_TRANSLATE_NOOP("Catalog", "Bytes changed in transit: a faulty NIC offload, a VPN or WAN "
                                             "optimizer, or a TLS inspection device that mishandles records"),
                //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                QT_TRANSLATE_NOOP("Catalog", "The two sides computed the key agreement differently; Microsoft "
                                             "documented such a TLS_DHE case with some peers (KB4557473, fixed by "
                                             "the February 2020 updates), seen as failed or reset connections"),
                //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                QT_TRANSLATE_NOOP("Catalog", "A defect in one side's implementation of the negotiated cipher "
                                             "suite; the failure then follows that suite and disappears when "
                                             "another one is negotiated"),
            },
            {
                {
                    //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 20, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 20 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                    QT_TRANSLATE_NOOP("Catalog", "Test with a different cipher suite to see whether the failure "
                                                 "follows the suite"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2 -cipher ECDHE-RSA-AES256-GCM-SHA384",
                },
                {
                    //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                    QT_TRANSLATE_NOOP("Catalog", "If TLS_DHE suites are negotiated, make sure both sides are "
                                                 "updated, or move the DHE suites below the ECDHE suites"),
                    "Get-TlsCipherSuite | Where-Object Name -like 'TLS_DHE*' | Format-Table Name",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0x8009030Fu,
                    //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 2 alerts (20, 30) that Microsoft maps to SEC_E_MESSAGE_ALTERED"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_DECRYPTION_FAILED", 21u,
                    //: TLS1_ALERT_BAD_RECORD_MAC (tls-alert 20)
                    QT_TRANSLATE_NOOP("Catalog", "The TLS 1.0 alert for the same failure; TLS 1.1 and later send "
                                                 "bad_record_mac instead"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert bad record mac",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert bad record mac",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 21 decryption_failed_RESERVED
        {
            Family::TlsAlert, 21u, "TLS1_ALERT_DECRYPTION_FAILED",
            {
                "decryption_failed_RESERVED", "decryption_failed", "TLS1_AD_DECRYPTION_FAILED",
                "SSL_AD_DECRYPTION_FAILED",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
            QT_TRANSLATE_NOOP("Catalog", "Obsolete TLS 1.0 alert for a record that could not be decrypted; later "
                                         "TLS versions must not send it."),
            //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
            QT_TRANSLATE_NOOP("Catalog", "TLS 1.0 used decryption_failed for records whose CBC padding was wrong; "
                                         "TLS 1.1 and later reserve the value and send bad_record_mac instead, "
                                         "because telling the two apart helped padding-oracle attacks. Seeing it "
                                         "today means TLS 1.0 or an old implementation on one side. A Windows side "
                                         "that receives it logs event 36887 and gets SEC_E_DECRYPT_FAILURE."),
            {
                //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                QT_TRANSLATE_NOOP("Catalog", "A legacy client, server or embedded device still negotiates TLS 1.0 "
                                             "with CBC cipher suites"),
                //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                QT_TRANSLATE_NOOP("Catalog", "Records corrupted in transit on a TLS 1.0 connection (the same "
                                             "causes as bad_record_mac)"),
            },
            {
                {
                    //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 21, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 21 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                    QT_TRANSLATE_NOOP("Catalog", "Find out which protocol versions the peer accepts, and plan to "
                                                 "move it to TLS 1.2 or later"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
                {
                    //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether TLS 1.0 is still enabled on this computer"),
                    "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\TLS 1.0\" /s",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0x80090330u,
                    //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 2 alerts (21, 51) that Microsoft maps to SEC_E_DECRYPT_FAILURE"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_BAD_RECORD_MAC", 20u,
                    //: TLS1_ALERT_DECRYPTION_FAILED (tls-alert 21)
                    QT_TRANSLATE_NOOP("Catalog", "What TLS 1.1 and later send for the same failure"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert decryption failed",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 22 record_overflow
        {
            Family::TlsAlert, 22u, "TLS1_ALERT_RECORD_OVERFLOW",
            {"record_overflow", "TLS1_AD_RECORD_OVERFLOW", "SSL_AD_RECORD_OVERFLOW"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
            QT_TRANSLATE_NOOP("Catalog", "A record arrived that is longer than the protocol or the negotiated "
                                         "limit allows."),
            //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
            QT_TRANSLATE_NOOP("Catalog", "TLS records have a maximum size (16 KB of plaintext plus a bounded "
                                         "expansion for protection), and the max_fragment_length or "
                                         "record_size_limit extensions can lower it. record_overflow means the "
                                         "peer received a larger record. A Windows side that receives it logs "
                                         "event 36887 and gets SEC_E_ILLEGAL_MESSAGE."),
            {
                //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                QT_TRANSLATE_NOOP("Catalog", "One side ignores a negotiated maximum fragment length or record size "
                                             "limit, often a small embedded or IoT TLS stack"),
                //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox that rewrites or merges records breaks the record framing"),
                //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                QT_TRANSLATE_NOOP("Catalog", "A defect in one of the TLS stacks"),
            },
            {
                {
                    //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 22, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 22 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                    QT_TRANSLATE_NOOP("Catalog", "Test the connection without any proxy or inspection device in "
                                                 "the path"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                    QT_TRANSLATE_NOOP("Catalog", "With an embedded peer, check its TLS library version and "
                                                 "fragment-length settings with the vendor"),
                    nullptr,
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_RECORD_OVERFLOW (tls-alert 22)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert record overflow",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 30 decompression_failure
        {
            Family::TlsAlert, 30u, "TLS1_ALERT_DECOMPRESSION_FAIL",
            {
                "decompression_failure", "SSL3_ALERT_DECOMPRESSION_FAIL", "SSL3_AD_DECOMPRESSION_FAILURE",
                "SSL_AD_DECOMPRESSION_FAILURE",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
            QT_TRANSLATE_NOOP("Catalog", "The peer could not decompress a TLS-compressed record (TLS 1.2 and older "
                                         "only)."),
            //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
            QT_TRANSLATE_NOOP("Catalog", "TLS 1.2 and older allowed compression of records; decompression_failure "
                                         "reports compressed data that could not be expanded or grew too large. "
                                         "Compression is now turned off almost everywhere because of the CRIME "
                                         "attack, and RFC 8446 reserves the value, so the alert points to an "
                                         "unusual legacy peer. A Windows side that receives it logs event 36887 "
                                         "and gets SEC_E_MESSAGE_ALTERED."),
            {
                //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                QT_TRANSLATE_NOOP("Catalog", "A legacy peer negotiated TLS compression and then mishandled it"),
                //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                QT_TRANSLATE_NOOP("Catalog", "Records corrupted in transit on a connection that uses compression"),
            },
            {
                {
                    //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 30, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 30 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                    QT_TRANSLATE_NOOP("Catalog", "Check the compression method the server negotiates; the "
                                                 "'Compression:' line should read NONE"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                    QT_TRANSLATE_NOOP("Catalog", "Turn off TLS compression in the peer's configuration"),
                    nullptr,
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0x8009030Fu,
                    //: TLS1_ALERT_DECOMPRESSION_FAIL (tls-alert 30)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 2 alerts (20, 30) that Microsoft maps to SEC_E_MESSAGE_ALTERED"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert decompression failure",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert decompression failure",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 40 handshake_failure
        {
            Family::TlsAlert, 40u, "TLS1_ALERT_HANDSHAKE_FAILURE",
            {
                "handshake_failure", "SSL3_ALERT_HANDSHAKE_FAILURE", "SSL3_AD_HANDSHAKE_FAILURE",
                "SSL_AD_HANDSHAKE_FAILURE",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
            QT_TRANSLATE_NOOP("Catalog", "The sender found no acceptable set of security parameters (cipher suite, "
                                         "version, group, signature) and gave up."),
            //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
            QT_TRANSLATE_NOOP("Catalog", "handshake_failure is the generic refusal of a handshake: most often the "
                                         "two sides share no cipher suite, key-exchange group or signature "
                                         "algorithm. TLS 1.2 servers also commonly send it when they require a "
                                         "client certificate and none was sent; TLS 1.3 has certificate_required "
                                         "(116) for that. A Windows side that receives it logs Schannel event "
                                         "36887 with alert code 40 and its application gets SEC_E_ILLEGAL_MESSAGE; "
                                         "a Windows side that sends it logs event 36888, and a Windows server "
                                         "often logs 36874 as well when no cipher suite matched."),
            {
                //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                QT_TRANSLATE_NOOP("Catalog", "No cipher suite, elliptic curve or signature algorithm in common, "
                                             "typically after one side was hardened (ECDHE with AES-GCM only) "
                                             "while the other is old (CBC or RSA key exchange only)"),
                //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                QT_TRANSLATE_NOOP("Catalog", "The TLS versions do not overlap (TLS 1.0/1.1 disabled on one side) "
                                             "and the peer reports it with this alert instead of protocol_version "
                                             "(70)"),
                //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                QT_TRANSLATE_NOOP("Catalog", "The server requires a client certificate (mutual TLS over TLS 1.2) "
                                             "and the client sent none, or one the server cannot use"),
                //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                QT_TRANSLATE_NOOP("Catalog", "The client sent no SNI host name, and the server or CDN refuses "
                                             "connections without one (some do)"),
            },
            {
                {
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events on both Windows sides: 36887 where the "
                                                 "alert was received, 36888 and 36874 (no shared cipher suite) "
                                                 "where it was sent"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36874,36887,36888} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
                {
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "List the protocol versions and cipher suites the server accepts"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
                {
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Compare them with the cipher suites enabled on the Windows side"),
                    "Get-TlsCipherSuite | Format-Table Name",
                },
                {
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Test a TLS 1.2 handshake with SNI; if the server asks for a "
                                                 "client certificate ('Acceptable client certificate CA names'), "
                                                 "retry with -cert and -key"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Check which TLS versions are enabled or disabled on this computer"),
                    "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
                {
                    Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0x80090331u,
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "Reported when the Windows side itself finds no common algorithm, "
                                                 "or receives insufficient_security (71)"),
                },
                {
                    Family::TlsAlert, "TLS13_AD_CERTIFICATE_REQUIRED", 116u,
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "What a TLS 1.3 server sends instead when a required client "
                                                 "certificate is missing"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_PROTOCOL_VERSION", 70u,
                    //: TLS1_ALERT_HANDSHAKE_FAILURE (tls-alert 40)
                    QT_TRANSLATE_NOOP("Catalog", "The more precise alert for TLS versions that do not overlap"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert handshake failure",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert handshake failure",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 41 no_certificate_RESERVED
        // schannel.h has no symbol for 41; SSL3_AD_NO_CERTIFICATE is OpenSSL's include/openssl/ssl3.h name.
        {
            Family::TlsAlert, 41u, "SSL3_AD_NO_CERTIFICATE",
            {"no_certificate_RESERVED", "no_certificate", "SSL_AD_NO_CERTIFICATE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
            QT_TRANSLATE_NOOP("Catalog", "SSL 3.0 alert meaning 'no client certificate'; TLS never sends it."),
            //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
            QT_TRANSLATE_NOOP("Catalog", "In SSL 3.0 a client without a suitable certificate answered a "
                                         "certificate request with this alert; TLS replaced it with an empty "
                                         "Certificate message, and RFC 5246 and RFC 8446 keep the number reserved. "
                                         "Seeing it means SSL 3.0 or a non-conforming implementation on one side. "
                                         "Microsoft's alert table does not list it, so the SEC_E code a Windows "
                                         "receiver reports is only inferred."),
            {
                //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                QT_TRANSLATE_NOOP("Catalog", "A legacy SSL 3.0 client or server; recent Windows versions disable "
                                             "SSL 3.0 by default"),
                //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                QT_TRANSLATE_NOOP("Catalog", "A non-conforming TLS stack that still sends the SSL 3.0 alert when "
                                             "it has no client certificate"),
            },
            {
                {
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 41, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 41 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether SSL 3.0 is enabled on this computer"),
                    "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\\SSL 3.0\" /s",
                },
                {
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "Identify the peer, find out whether the server requires a client "
                                                 "certificate, and upgrade or replace the legacy side"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::TlsAlert, "TLS13_AD_CERTIFICATE_REQUIRED", 116u,
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "The TLS 1.3 alert for a missing client certificate"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_HANDSHAKE_FAILURE", 40u,
                    //: SSL3_AD_NO_CERTIFICATE (tls-alert 41)
                    QT_TRANSLATE_NOOP("Catalog", "What TLS 1.2 servers usually send when a required client "
                                                 "certificate is missing"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert no certificate",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert no certificate",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 42 bad_certificate
        {
            Family::TlsAlert, 42u, "TLS1_ALERT_BAD_CERTIFICATE",
            {"bad_certificate", "SSL3_AD_BAD_CERTIFICATE", "SSL_AD_BAD_CERTIFICATE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
            QT_TRANSLATE_NOOP("Catalog", "The peer rejected a certificate as corrupt, badly signed or otherwise "
                                         "invalid."),
            //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
            QT_TRANSLATE_NOOP("Catalog", "The side that sends bad_certificate has parsed the other side's "
                                         "certificate and refuses it; which checks lead to this alert depends on "
                                         "the implementation. OpenSSL, for example, sends it for a host name "
                                         "mismatch, a certificate that is not yet valid, a key that is too small "
                                         "or a signature hash that is too weak. A Windows side that receives it "
                                         "logs event 36887 and gets SEC_E_CERT_UNKNOWN, so the precise reason is "
                                         "in the sender's log, not on the Windows side."),
            {
                //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                QT_TRANSLATE_NOOP("Catalog", "In mutual TLS, the server refused the client certificate: wrong "
                                             "name, no Client Authentication EKU, or a failed policy check"),
                //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                QT_TRANSLATE_NOOP("Catalog", "The certificate does not meet the peer's minimum strength, such as "
                                             "an RSA key shorter than 2048 bits or a SHA-1 signature"),
                //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                QT_TRANSLATE_NOOP("Catalog", "The certificate is not yet valid for the peer, often because one "
                                             "side's clock is wrong"),
                //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                QT_TRANSLATE_NOOP("Catalog", "The certificate or chain is malformed: bad encoding, chain in the "
                                             "wrong order, or a key that does not match"),
            },
            {
                {
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 42, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 42 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "Inspect the server certificate the client sees, including key "
                                                 "size, signature algorithm and names"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts",
                },
                {
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "Check the refused certificate on the Windows side: validity "
                                                 "dates, key length, signature algorithm and EKU"),
                    "certutil -dump certificate.cer",
                },
                {
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "Compare the clocks of both sides"),
                    "w32tm /stripchart /computer:web01.contoso.com /samples:5 /dataonly",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_CERT_UNKNOWN", 0x80090327u,
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 3 alerts (42, 43, 46) that Microsoft maps to "
                                                 "SEC_E_CERT_UNKNOWN"),
                },
                {
                    Family::HResult, "CERT_E_CN_NO_MATCH", 0x800B010Fu,
                    //: TLS1_ALERT_BAD_CERTIFICATE (tls-alert 42)
                    QT_TRANSLATE_NOOP("Catalog", "Windows' own chain result for a name mismatch, one of the "
                                                 "reasons OpenSSL peers send this alert"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert bad certificate",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert bad certificate",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 43 unsupported_certificate
        {
            Family::TlsAlert, 43u, "TLS1_ALERT_UNSUPPORTED_CERT",
            {"unsupported_certificate", "SSL3_AD_UNSUPPORTED_CERTIFICATE", "SSL_AD_UNSUPPORTED_CERTIFICATE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
            QT_TRANSLATE_NOOP("Catalog", "The peer cannot use a certificate of this type or for this purpose."),
            //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
            QT_TRANSLATE_NOOP("Catalog", "unsupported_certificate says the certificate is well formed but not "
                                         "usable by the receiver: an unsupported key type or curve or, in OpenSSL, "
                                         "a certificate whose key usage or extended key usage does not allow this "
                                         "use. A Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_CERT_UNKNOWN."),
            {
                //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                QT_TRANSLATE_NOOP("Catalog", "The certificate's EKU lacks the purpose the peer checks: Server "
                                             "Authentication for a server, Client Authentication for a client "
                                             "certificate"),
                //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                QT_TRANSLATE_NOOP("Catalog", "The key type or curve is not supported by the peer, for example an "
                                             "ECDSA key on a curve it lacks"),
                //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                QT_TRANSLATE_NOOP("Catalog", "A Java peer's policy disables the certificate's signature algorithm "
                                             "or key size (jdk.certpath.disabledAlgorithms), which it reports with "
                                             "this alert"),
                //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                QT_TRANSLATE_NOOP("Catalog", "The key usage extension forbids what the negotiated cipher suite "
                                             "needs, for example no Digital Signature for an ECDHE suite"),
            },
            {
                {
                    //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 43, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 43 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                    QT_TRANSLATE_NOOP("Catalog", "Check the EKU, key usage and key algorithm of the refused "
                                                 "certificate"),
                    "certutil -dump certificate.cer",
                },
                {
                    //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                    QT_TRANSLATE_NOOP("Catalog", "Show the certificates the server sends and their key types"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_CERT_UNKNOWN", 0x80090327u,
                    //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 3 alerts (42, 43, 46) that Microsoft maps to "
                                                 "SEC_E_CERT_UNKNOWN"),
                },
                {
                    Family::HResult, "CERT_E_WRONG_USAGE", 0x800B0110u,
                    //: TLS1_ALERT_UNSUPPORTED_CERT (tls-alert 43)
                    QT_TRANSLATE_NOOP("Catalog", "Windows' own chain result for a certificate used for a purpose "
                                                 "its EKU does not allow"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert unsupported certificate",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert unsupported certificate",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 44 certificate_revoked
        {
            Family::TlsAlert, 44u, "TLS1_ALERT_CERTIFICATE_REVOKED",
            {"certificate_revoked", "SSL3_AD_CERTIFICATE_REVOKED", "SSL_AD_CERTIFICATE_REVOKED"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
            QT_TRANSLATE_NOOP("Catalog", "The peer found that a certificate in the chain has been revoked by its "
                                         "issuer."),
            //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
            QT_TRANSLATE_NOOP("Catalog", "The sender checked revocation (CRL or OCSP) and found the certificate, "
                                         "or a CA certificate above it, revoked. According to Microsoft's table, a "
                                         "Windows side that receives the alert gets CRYPT_E_REVOKED rather than a "
                                         "SEC_E code and logs event 36887; a Windows client that finds a server "
                                         "certificate revoked by itself logs event 36883."),
            {
                //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was revoked (reissued, key compromise, server "
                                             "retired) but is still installed and bound to the service"),
                //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate was revoked or replaced and the "
                                             "server still sends the old one"),
                //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                QT_TRANSLATE_NOOP("Catalog", "In mutual TLS, the client certificate was revoked, for example after "
                                             "a user left or a device was retired"),
            },
            {
                {
                    //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                    QT_TRANSLATE_NOOP("Catalog", "Check the revocation status of the certificate and of every CA "
                                                 "above it, fetching current CRLs and OCSP responses"),
                    "certutil -verify -urlfetch server.cer",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                    QT_TRANSLATE_NOOP("Catalog", "Find out which certificates the server actually sends"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                    QT_TRANSLATE_NOOP("Catalog", "On an IIS or HTTP.sys server, check which certificate hash is "
                                                 "bound to the port and replace it if it was revoked"),
                    "netsh http show sslcert",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                    QT_TRANSLATE_NOOP("Catalog", "On Windows clients, look for event 36883 (server certificate "
                                                 "revoked) next to 36887"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36883,36887} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
            },
            {
                {
                    Family::HResult, "CRYPT_E_REVOKED", 0x80092010u,
                    //: TLS1_ALERT_CERTIFICATE_REVOKED (tls-alert 44)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert, the only "
                                                 "result in Microsoft's table that is not a SEC_E code"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert certificate revoked",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert certificate revoked",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 45 certificate_expired
        {
            Family::TlsAlert, 45u, "TLS1_ALERT_CERTIFICATE_EXPIRED",
            {"certificate_expired", "SSL3_AD_CERTIFICATE_EXPIRED", "SSL_AD_CERTIFICATE_EXPIRED"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
            QT_TRANSLATE_NOOP("Catalog", "The peer found a certificate that has expired or is not currently valid."),
            //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
            QT_TRANSLATE_NOOP("Catalog", "The sender compared a certificate's validity period with its own clock "
                                         "and rejected it; the RFCs use this alert for 'expired or not currently "
                                         "valid', while OpenSSL sends it for an expired certificate or CRL. A "
                                         "Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_CERT_EXPIRED; a Windows client that finds a server certificate "
                                         "expired by itself logs event 36881. A Windows client that receives the "
                                         "alert should look at its own client certificate first."),
            {
                //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                QT_TRANSLATE_NOOP("Catalog", "The certificate expired and was not renewed, or was renewed but the "
                                             "old one is still bound to the service"),
                //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate sent in the chain has expired"),
                //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                QT_TRANSLATE_NOOP("Catalog", "The clock of the side that checks is wrong"),
                //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                QT_TRANSLATE_NOOP("Catalog", "The peer checks revocation and its cached CRL is past its next "
                                             "update (OpenSSL reports an expired CRL with this alert too)"),
            },
            {
                {
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "Show the validity dates of the certificate the server sends"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com | openssl x509 -noout -subject -dates",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "List the computer's certificates and their expiry dates"),
                    "Get-ChildItem Cert:\\LocalMachine\\My | Format-Table Subject,NotAfter,Thumbprint",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "On an IIS or HTTP.sys server, check which certificate hash is "
                                                 "bound to the port"),
                    "netsh http show sslcert",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "Compare the clocks of both sides"),
                    "w32tm /stripchart /computer:web01.contoso.com /samples:5 /dataonly",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_CERT_EXPIRED", 0x80090328u,
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
                {
                    Family::HResult, "CERT_E_EXPIRED", 0x800B0101u,
                    //: TLS1_ALERT_CERTIFICATE_EXPIRED (tls-alert 45)
                    QT_TRANSLATE_NOOP("Catalog", "Windows' own chain result for the same condition when it "
                                                 "validates the certificate itself"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert certificate expired",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert certificate expired",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 46 certificate_unknown
        {
            Family::TlsAlert, 46u, "TLS1_ALERT_CERTIFICATE_UNKNOWN",
            {"certificate_unknown", "SSL3_AD_CERTIFICATE_UNKNOWN", "SSL_AD_CERTIFICATE_UNKNOWN"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
            QT_TRANSLATE_NOOP("Catalog", "The peer rejected a certificate for a reason it did not specify."),
            //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
            QT_TRANSLATE_NOOP("Catalog", "certificate_unknown is the catch-all certificate rejection: the sender "
                                         "found a problem that no more precise alert names. OpenSSL falls back to "
                                         "it for verification errors it has no mapping for, Java (JSSE) clients "
                                         "send it for most trust failures, and a Java server for any client "
                                         "certificate it rejects. A Windows side that receives it logs event 36887 "
                                         "and gets SEC_E_CERT_UNKNOWN; the actual reason is only in the sender's "
                                         "log."),
            {
                //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                QT_TRANSLATE_NOOP("Catalog", "A Java or other non-Windows peer does not trust the issuing CA, "
                                             "which is missing from its trust store"),
                //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                QT_TRANSLATE_NOOP("Catalog", "The peer could not determine the revocation status (CRL or OCSP "
                                             "location unreachable); Java clients report that with this alert"),
                //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                QT_TRANSLATE_NOOP("Catalog", "A policy check of the peer failed (pinning, name or EKU rule) and it "
                                             "reports only the generic alert"),
            },
            {
                {
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 46, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 46 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "Read the sender's own log; for a Java peer, enable handshake "
                                                 "debugging to see the real reason"),
                    "java -Djavax.net.debug=ssl:handshake -jar app.jar",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the chain and the revocation status of the certificate as "
                                                 "the peer would"),
                    "certutil -verify -urlfetch server.cer",
                },
                {
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "Show the chain the server sends"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_CERT_UNKNOWN", 0x80090327u,
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 3 alerts (42, 43, 46) that Microsoft maps to "
                                                 "SEC_E_CERT_UNKNOWN"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_UNKNOWN_CA", 48u,
                    //: TLS1_ALERT_CERTIFICATE_UNKNOWN (tls-alert 46)
                    QT_TRANSLATE_NOOP("Catalog", "The specific alert for an issuer the peer does not trust"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert certificate unknown",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert certificate unknown",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 47 illegal_parameter
        // Doubt 8: Microsoft's table row prints SSL3_ALERT_ILLEGAL_PARAMETER without a number; matched to 47 by name
        // (TLS1_ALERT_ILLEGAL_PARAMETER = 47 in schannel.h), and the label is kept as an alias only.
        {
            Family::TlsAlert, 47u, "TLS1_ALERT_ILLEGAL_PARAMETER",
            {
                "illegal_parameter", "SSL3_ALERT_ILLEGAL_PARAMETER", "SSL3_AD_ILLEGAL_PARAMETER",
                "SSL_AD_ILLEGAL_PARAMETER",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
            QT_TRANSLATE_NOOP("Catalog", "A handshake field was out of range or inconsistent with other fields."),
            //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
            QT_TRANSLATE_NOOP("Catalog", "The peer parsed a handshake message but a value in it was not "
                                         "acceptable: a choice that was never offered, an invalid key share or "
                                         "curve point, or fields that contradict each other. Microsoft's alert "
                                         "table names it SSL3_ALERT_ILLEGAL_PARAMETER without a number, matched "
                                         "here to 47 by name; a Windows side that receives it logs event 36887 and "
                                         "gets SEC_E_ILLEGAL_MESSAGE."),
            {
                //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                QT_TRANSLATE_NOOP("Catalog", "The server chose a cipher suite, group or version that the client "
                                             "never offered, sometimes because a middlebox or load balancer "
                                             "rewrites the handshake"),
                //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                QT_TRANSLATE_NOOP("Catalog", "An incompatibility between two TLS stacks in TLS 1.3 handling (key "
                                             "shares, downgrade protection)"),
                //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                QT_TRANSLATE_NOOP("Catalog", "A defect in one of the stacks, fixed in a later version"),
            },
            {
                {
                    //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 47, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 47 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                    QT_TRANSLATE_NOOP("Catalog", "Test TLS 1.2 and TLS 1.3 separately to see whether the failure "
                                                 "depends on the protocol version"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3",
                },
                {
                    //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether alert 47 (illegal_parameter) began to appear "
                                                 "after an update of Windows or of the peer's TLS library"),
                    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_DECODE_ERROR", 50u,
                    //: TLS1_ALERT_ILLEGAL_PARAMETER (tls-alert 47)
                    QT_TRANSLATE_NOOP("Catalog", "Sent instead when the message cannot even be parsed"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c: OpenSSL 1.1.1 to 3.x reason string (verbatim in Debian libssl3
                // 3.0.19 and in openeuler-mirror/openssl ssl/ssl_err.c @722e734a)
                "sslv3 alert illegal parameter",
                // openssl/openssl crypto/err/openssl.txt @008c92e1: the same reason as newer OpenSSL releases print
                // it
                "ssl/tls alert illegal parameter",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 48 unknown_ca
        {
            Family::TlsAlert, 48u, "TLS1_ALERT_UNKNOWN_CA",
            {"unknown_ca", "TLS1_AD_UNKNOWN_CA", "SSL_AD_UNKNOWN_CA"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
            QT_TRANSLATE_NOOP("Catalog", "The peer could not build a certificate chain to a CA it trusts."),
            //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
            QT_TRANSLATE_NOOP("Catalog", "The sender received a certificate chain but could not link it to one of "
                                         "its trust anchors, or could not find an intermediate certificate. A "
                                         "Windows side that receives the alert logs event 36887 and gets "
                                         "SEC_E_UNTRUSTED_ROOT; this is the peer's verdict on this side's "
                                         "certificate (the server certificate when a client sent the alert, the "
                                         "client certificate when a server sent it). A Windows client that rejects "
                                         "a server chain by itself logs event 36882 instead."),
            {
                //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                QT_TRANSLATE_NOOP("Catalog", "The server does not send its intermediate CA certificates, and the "
                                             "client cannot fetch them (non-Windows clients generally do not "
                                             "download missing intermediates)"),
                //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was issued by an internal enterprise CA whose root "
                                             "is not in the peer's trust store (Java cacerts, a Linux CA bundle, "
                                             "an appliance)"),
                //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                QT_TRANSLATE_NOOP("Catalog", "In mutual TLS, the client certificate's issuer is not among the CAs "
                                             "the server trusts for client authentication"),
                //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                QT_TRANSLATE_NOOP("Catalog", "A TLS inspection proxy re-signs traffic with its own root, which the "
                                             "peer does not trust"),
            },
            {
                {
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "Show the chain the server sends and check that the intermediate "
                                                 "certificates are included"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts",
                },
                {
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the chain with fresh downloads of intermediates and CRLs"),
                    "certutil -verify -urlfetch server.cer",
                },
                {
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "Look for events 36882 (untrusted issuer, on clients) and 36889 "
                                                 "(incomplete chain of the configured certificate, on servers)"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36882,36887,36889} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
                {
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "On a Windows server, make sure the intermediate CA certificate "
                                                 "is in the computer's Intermediate Certification Authorities store"),
                    "certutil -store CA",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0x80090325u,
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
                {
                    Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "Windows' own chain result when the root is not trusted locally"),
                },
                {
                    Family::HResult, "CERT_E_CHAINING", 0x800B010Au,
                    //: TLS1_ALERT_UNKNOWN_CA (tls-alert 48)
                    QT_TRANSLATE_NOOP("Catalog", "Windows' own chain result when an intermediate certificate "
                                                 "cannot be found"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert unknown ca",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 49 access_denied
        {
            Family::TlsAlert, 49u, "TLS1_ALERT_ACCESS_DENIED",
            {"access_denied", "TLS1_AD_ACCESS_DENIED", "SSL_AD_ACCESS_DENIED"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
            QT_TRANSLATE_NOOP("Catalog", "The peer accepted the certificate or PSK as valid, but its access policy "
                                         "refused to continue."),
            //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
            QT_TRANSLATE_NOOP("Catalog", "access_denied separates authorization from validity: the credentials "
                                         "presented were genuine, but the sender's policy does not admit this "
                                         "identity. A Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_LOGON_DENIED, which looks like a password failure but here comes "
                                         "from the TLS peer's policy. The rule that refused it is configured on "
                                         "the sender, usually a gateway or a server doing mutual TLS."),
            {
                //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                QT_TRANSLATE_NOOP("Catalog", "The client certificate is valid but not on the server's or gateway's "
                                             "allow list (subject, thumbprint or issuer rule)"),
                //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                QT_TRANSLATE_NOOP("Catalog", "A PSK identity is known to the server but not allowed for this "
                                             "service"),
                //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                QT_TRANSLATE_NOOP("Catalog", "An access rule on a gateway (source address, SNI or certificate "
                                             "attribute) rejects the connection during the handshake"),
            },
            {
                {
                    //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 49, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 49 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                    QT_TRANSLATE_NOOP("Catalog", "Identify the client certificate the client presents (user store "
                                                 "shown; certutil -store My lists the computer store) and give its "
                                                 "subject and thumbprint to the owner of the peer's access policy"),
                    "certutil -store -user My",
                },
                {
                    //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                    QT_TRANSLATE_NOOP("Catalog", "Reproduce with the same certificate from another client to "
                                                 "confirm that the rule is identity-based"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2 -cert client.pem -key client.key",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                    //: TLS1_ALERT_ACCESS_DENIED (tls-alert 49)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert access denied",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 50 decode_error
        {
            Family::TlsAlert, 50u, "TLS1_ALERT_DECODE_ERROR",
            {"decode_error", "TLS1_AD_DECODE_ERROR", "SSL_AD_DECODE_ERROR"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
            QT_TRANSLATE_NOOP("Catalog", "A message could not be parsed: a length was wrong or a field was out of "
                                         "range."),
            //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
            QT_TRANSLATE_NOOP("Catalog", "The peer could not decode a handshake message or record: a length did "
                                         "not match its content, or a field had a value outside its allowed range. "
                                         "It appears with truncated or altered messages and with stacks that "
                                         "mishandle large or unusual extensions. A Windows side that receives it "
                                         "logs event 36887 and gets SEC_E_ILLEGAL_MESSAGE."),
            {
                //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                QT_TRANSLATE_NOOP("Catalog", "A large ClientHello (many cipher suites or extensions, post-quantum "
                                             "key shares) that an older server or middlebox cannot parse"),
                //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox truncated or modified handshake messages"),
                //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                QT_TRANSLATE_NOOP("Catalog", "A defect in one of the TLS stacks"),
            },
            {
                {
                    //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 50, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 50 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                    QT_TRANSLATE_NOOP("Catalog", "Test with a small, plain ClientHello from another client to see "
                                                 "whether the size or content of the handshake matters"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether alert 50 (decode_error) began to appear after "
                                                 "an update of Windows or of the peer's TLS library"),
                    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_DECODE_ERROR (tls-alert 50)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert decode error",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 51 decrypt_error
        {
            Family::TlsAlert, 51u, "TLS1_ALERT_DECRYPT_ERROR",
            {"decrypt_error", "TLS1_AD_DECRYPT_ERROR", "SSL_AD_DECRYPT_ERROR"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
            QT_TRANSLATE_NOOP("Catalog", "A cryptographic check of the handshake failed: a signature, the Finished "
                                         "message or a PSK binder."),
            //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
            QT_TRANSLATE_NOOP("Catalog", "decrypt_error reports a failed handshake verification: a signature in "
                                         "ServerKeyExchange or CertificateVerify that does not check out, a "
                                         "Finished message that does not match, or a wrong TLS 1.3 PSK binder. "
                                         "OpenSSL also sends it when a certificate signature in the chain fails to "
                                         "verify. A Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_DECRYPT_FAILURE."),
            {
                //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                QT_TRANSLATE_NOOP("Catalog", "The private key used by one side does not match its certificate "
                                             "(wrong key after a renewal or an import)"),
                //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                QT_TRANSLATE_NOOP("Catalog", "A smart card, TPM or HSM key provider produced an unusable "
                                             "signature, for example because it does not support the RSA-PSS "
                                             "signatures TLS 1.3 requires"),
                //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                QT_TRANSLATE_NOOP("Catalog", "A certificate signature in the chain does not verify (OpenSSL "
                                             "reports that with this alert)"),
            },
            {
                {
                    //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 51, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 51 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                    QT_TRANSLATE_NOOP("Catalog", "On the Windows side, confirm that the certificate has a "
                                                 "matching, usable private key"),
                    "certutil -verifystore My <thumbprint>",
                },
                {
                    //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                    QT_TRANSLATE_NOOP("Catalog", "Test TLS 1.2 and TLS 1.3 separately; a failure only with TLS 1.3 "
                                                 "points at RSA-PSS support of the key provider"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0x80090330u,
                    //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert; it is one "
                                                 "of 2 alerts (21, 51) that Microsoft maps to SEC_E_DECRYPT_FAILURE"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_BAD_RECORD_MAC", 20u,
                    //: TLS1_ALERT_DECRYPT_ERROR (tls-alert 51)
                    QT_TRANSLATE_NOOP("Catalog", "Sent instead when the record protection, not a signature, fails "
                                                 "to verify"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert decrypt error",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 60 export_restriction_RESERVED
        {
            Family::TlsAlert, 60u, "TLS1_ALERT_EXPORT_RESTRICTION",
            {
                "export_restriction_RESERVED", "export_restriction", "TLS1_AD_EXPORT_RESTRICTION",
                "SSL_AD_EXPORT_RESTRICTION",
            },
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
            QT_TRANSLATE_NOOP("Catalog", "Obsolete alert from the era of export-grade cryptography; current TLS "
                                         "never sends it."),
            //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
            QT_TRANSLATE_NOOP("Catalog", "TLS 1.0 used export_restriction when a negotiation broke the export "
                                         "rules on key sizes; TLS 1.1 and later reserve the number. It can only "
                                         "come from a very old implementation or from bytes misread as an alert. A "
                                         "Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_ILLEGAL_MESSAGE."),
            {
                //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
                QT_TRANSLATE_NOOP("Catalog", "A very old SSL or TLS 1.0 implementation, such as a legacy appliance "
                                             "or embedded device"),
                //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
                QT_TRANSLATE_NOOP("Catalog", "Corrupted or non-TLS data read as an alert record"),
            },
            {
                {
                    //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 60, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 60 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
                    QT_TRANSLATE_NOOP("Catalog", "Identify the peer and the protocol versions it negotiates"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_EXPORT_RESTRICTION (tls-alert 60)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert export restriction",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 70 protocol_version
        {
            Family::TlsAlert, 70u, "TLS1_ALERT_PROTOCOL_VERSION",
            {"protocol_version", "TLS1_AD_PROTOCOL_VERSION", "SSL_AD_PROTOCOL_VERSION"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
            QT_TRANSLATE_NOOP("Catalog", "The peer recognizes the offered TLS version but does not support or "
                                         "allow it."),
            //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
            QT_TRANSLATE_NOOP("Catalog", "protocol_version means the versions the two sides allow do not overlap, "
                                         "typically a client offering only TLS 1.0 or 1.1 to a server that "
                                         "requires TLS 1.2 or later, or the reverse. A Windows side that receives "
                                         "it logs event 36887 and gets SEC_E_UNSUPPORTED_FUNCTION; a Windows side "
                                         "that refuses the version logs event 36888 with this value. TLS 1.0 and "
                                         "1.1 are now disabled on many servers, and recent Windows releases are "
                                         "turning them off by default."),
            {
                //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                QT_TRANSLATE_NOOP("Catalog", "An old client offers only TLS 1.0/1.1: .NET Framework applications "
                                             "without strong cryptography enabled, old Java runtimes, Windows 7 or "
                                             "Server 2008 R2 without the TLS 1.2 update, embedded devices"),
                //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                QT_TRANSLATE_NOOP("Catalog", "TLS 1.0/1.1 (or TLS 1.2) was disabled on this computer through the "
                                             "SCHANNEL\\Protocols registry keys or a hardening baseline while the "
                                             "peer is older"),
                //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                QT_TRANSLATE_NOOP("Catalog", "The application pins one protocol version in its code or "
                                             "configuration instead of using the system default"),
            },
            {
                {
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "List the protocol versions the server accepts"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
                {
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "Test a TLS 1.2 handshake directly"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "Check the Enabled and DisabledByDefault values under each "
                                                 "protocol's Client and Server subkeys on this computer"),
                    "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s",
                },
                {
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", ".NET Framework 4.x applications: check SchUseStrongCrypto and "
                                                 "SystemDefaultTlsVersions so that they use the operating system's "
                                                 "TLS versions"),
                    "reg query HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0x80090302u,
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
                {
                    Family::TlsAlert, "TLS1_AD_INAPPROPRIATE_FALLBACK", 86u,
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "Sent instead when a client retries with a lower version that the "
                                                 "server treats as a downgrade"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_HANDSHAKE_FAILURE", 40u,
                    //: TLS1_ALERT_PROTOCOL_VERSION (tls-alert 70)
                    QT_TRANSLATE_NOOP("Catalog", "Some servers report a version mismatch with this generic alert "
                                                 "instead"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert protocol version",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 71 insufficient_security
        // Doubt 8: the misspelling INSUFFIENT is schannel.h's own (mingw and SDK) and Microsoft's page uses it; kept
        // verbatim as the symbol, OpenSSL's correctly spelled names are aliases.
        {
            Family::TlsAlert, 71u, "TLS1_ALERT_INSUFFIENT_SECURITY",
            {"insufficient_security", "TLS1_AD_INSUFFICIENT_SECURITY", "SSL_AD_INSUFFICIENT_SECURITY"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
            QT_TRANSLATE_NOOP("Catalog", "Negotiation failed because the server requires stronger parameters than "
                                         "the client offers."),
            //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
            QT_TRANSLATE_NOOP("Catalog", "The RFCs define insufficient_security as the specific handshake failure "
                                         "where the server requires more secure parameters than the client "
                                         "supports, for example only strong cipher suites or larger key-exchange "
                                         "groups. A Windows side that receives it logs event 36887 and gets "
                                         "SEC_E_ALGORITHM_MISMATCH. Many implementations send handshake_failure "
                                         "(40) for the same situation, so look for both alerts."),
            {
                //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                QT_TRANSLATE_NOOP("Catalog", "The server was hardened to strong suites only (ECDHE with AES-GCM or "
                                             "ChaCha20) and the client offers only older ones (3DES, RC4, CBC with "
                                             "SHA-1, RSA key exchange)"),
                //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                QT_TRANSLATE_NOOP("Catalog", "FIPS mode or a security-level policy on one side removes the suites "
                                             "the other side needs"),
            },
            {
                {
                    //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                    QT_TRANSLATE_NOOP("Catalog", "List the cipher suites the server accepts"),
                    "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com",
                },
                {
                    //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                    QT_TRANSLATE_NOOP("Catalog", "List the cipher suites enabled on the Windows side, in order"),
                    "Get-TlsCipherSuite | Format-Table Name",
                },
                {
                    //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether FIPS mode is enforced on the Windows side"),
                    "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy /v Enabled",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0x80090331u,
                    //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_HANDSHAKE_FAILURE", 40u,
                    //: TLS1_ALERT_INSUFFIENT_SECURITY (tls-alert 71)
                    QT_TRANSLATE_NOOP("Catalog", "The generic alert many stacks send instead"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert insufficient security",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 80 internal_error
        {
            Family::TlsAlert, 80u, "TLS1_ALERT_INTERNAL_ERROR",
            {"internal_error", "TLS1_AD_INTERNAL_ERROR", "SSL_AD_INTERNAL_ERROR"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
            QT_TRANSLATE_NOOP("Catalog", "The peer hit a local failure unrelated to the protocol (memory, a crypto "
                                         "provider, its key) and aborted."),
            //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
            QT_TRANSLATE_NOOP("Catalog", "internal_error says nothing about this side's messages: the sender "
                                         "failed internally, for instance it could not allocate memory, use its "
                                         "private key or a crypto module, or it hit a bug. A Windows side that "
                                         "receives it logs event 36887 and gets SEC_E_INTERNAL_ERROR, and the "
                                         "cause has to be found on the sender. On a Windows sender, event 36888 "
                                         "with this value may come with credential events such as 36870 (private "
                                         "key not accessible)."),
            {
                //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                QT_TRANSLATE_NOOP("Catalog", "The server process cannot use the private key of its certificate: "
                                             "key missing, no read permission for the service account, or a "
                                             "failing key provider (smart card, HSM, TPM)"),
                //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                QT_TRANSLATE_NOOP("Catalog", "A defect or resource exhaustion (memory, handles) in the sender's "
                                             "TLS library or in the application around it"),
            },
            {
                {
                    //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                    QT_TRANSLATE_NOOP("Catalog", "On a Windows sender, look for Schannel credential and "
                                                 "private-key events next to 36888"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36870,36871,36888} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
                {
                    //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                    QT_TRANSLATE_NOOP("Catalog", "Verify that the certificate's private key is present and usable"),
                    "certutil -verifystore My <thumbprint>",
                },
                {
                    //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                    QT_TRANSLATE_NOOP("Catalog", "Read the sender's application and TLS library logs for the "
                                                 "internal failure"),
                    nullptr,
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_INTERNAL_ERROR", 0x80090304u,
                    //: TLS1_ALERT_INTERNAL_ERROR (tls-alert 80)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert internal error",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 86 inappropriate_fallback
        // schannel.h has no symbol for 86; TLS1_AD_INAPPROPRIATE_FALLBACK is OpenSSL's include/openssl/tls1.h name.
        {
            Family::TlsAlert, 86u, "TLS1_AD_INAPPROPRIATE_FALLBACK",
            {"inappropriate_fallback", "SSL_AD_INAPPROPRIATE_FALLBACK"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
            QT_TRANSLATE_NOOP("Catalog", "The server refused a client's retry at a lower TLS version as a possible "
                                         "downgrade (TLS_FALLBACK_SCSV)."),
            //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
            QT_TRANSLATE_NOOP("Catalog", "Some clients retry a failed handshake with a lower TLS version and mark "
                                         "the retry with TLS_FALLBACK_SCSV (RFC 7507). A server that supports a "
                                         "higher version than the retry offers answers inappropriate_fallback, "
                                         "because a genuine client would not have needed to fall back; the failure "
                                         "of the first attempt is the real problem. Microsoft's alert table does "
                                         "not list this alert, so the SEC_E code a Windows receiver reports is "
                                         "only inferred."),
            {
                //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                QT_TRANSLATE_NOOP("Catalog", "The first handshake at the higher version failed (connection reset, "
                                             "a middlebox that does not tolerate TLS 1.2 or 1.3) and the client's "
                                             "fallback retry was refused"),
                //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox that drops or resets handshakes of the newer version "
                                             "makes clients fall back"),
            },
            {
                {
                    //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                    QT_TRANSLATE_NOOP("Catalog", "Test the highest version directly from the same network; its "
                                                 "failure is the real cause"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3",
                },
                {
                    //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                    QT_TRANSLATE_NOOP("Catalog", "Reproduce a marked fallback retry to confirm the server's "
                                                 "behaviour"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2 -fallback_scsv",
                },
                {
                    //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 86, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 86 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_PROTOCOL_VERSION", 70u,
                    //: TLS1_AD_INAPPROPRIATE_FALLBACK (tls-alert 86)
                    QT_TRANSLATE_NOOP("Catalog", "The alert for versions that really do not overlap"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert inappropriate fallback",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 90 user_canceled
        // Severity: RFC 5246/8446 say this alert generally has level warning and is not a protocol failure, so
        // Informational; Schannel still fails the handshake (SEC_E_UNFINISHED_CONTEXT_DELETED).
        {
            Family::TlsAlert, 90u, "TLS1_ALERT_USER_CANCELED",
            {"user_canceled", "TLS1_AD_USER_CANCELLED", "SSL_AD_USER_CANCELLED"},
            Severity::Informational, Category::SuccessContinuation, Schannel,
            nullptr,
            //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
            QT_TRANSLATE_NOOP("Catalog", "The sender cancelled the handshake on purpose, for a reason that is not "
                                         "a protocol failure."),
            //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
            QT_TRANSLATE_NOOP("Catalog", "user_canceled tells the peer that this side is stopping the handshake "
                                         "deliberately, for example because the user or the application cancelled, "
                                         "and it is normally followed by close_notify. The alert itself is not an "
                                         "error in the TLS exchange, but the connection is not established: "
                                         "according to Microsoft's table a Windows side that receives it gets "
                                         "SEC_E_UNFINISHED_CONTEXT_DELETED, and when it is sent as a fatal alert "
                                         "it appears in event 36887 or 36888."),
            {
                //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                QT_TRANSLATE_NOOP("Catalog", "The user or the application cancelled, for example a browser tab was "
                                             "closed or a request timed out during the handshake"),
                //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                QT_TRANSLATE_NOOP("Catalog", "The client had no acceptable certificate or credentials to continue "
                                             "and chose to stop"),
                //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                QT_TRANSLATE_NOOP("Catalog", "An application closed its connections while shutting down"),
            },
            {
                {
                    //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                    QT_TRANSLATE_NOOP("Catalog", "Correlate the alerts with application time-outs or cancellations "
                                                 "at the same moment"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887,36888} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
                {
                    //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                    QT_TRANSLATE_NOOP("Catalog", "If the connection was expected to succeed, check the "
                                                 "application's own log for why it stopped the handshake"),
                    nullptr,
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0x80090333u,
                    //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when it receives this alert; Microsoft's "
                                                 "table maps no other alert to it"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_CLOSE_NOTIFY", 0u,
                    //: TLS1_ALERT_USER_CANCELED (tls-alert 90)
                    QT_TRANSLATE_NOOP("Catalog", "Normally follows this alert"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert user cancelled",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 100 no_renegotiation
        // Severity: RFC 5246 defines it as always a warning (the requester decides whether to go on), so
        // Informational, although Microsoft maps its receipt to SEC_E_ILLEGAL_MESSAGE.
        {
            Family::TlsAlert, 100u, "TLS1_ALERT_NO_RENEGOTIATION",
            {"no_renegotiation", "TLS1_AD_NO_RENEGOTIATION", "SSL_AD_NO_RENEGOTIATION"},
            Severity::Informational, Category::SuccessContinuation, Schannel,
            nullptr,
            //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
            QT_TRANSLATE_NOOP("Catalog", "The peer declines a renegotiation request (TLS 1.2 and older); not an "
                                         "error by itself."),
            //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
            QT_TRANSLATE_NOOP("Catalog", "In TLS 1.2 and older either side may ask to renegotiate; "
                                         "no_renegotiation is the warning-level answer that it will not, and the "
                                         "side that asked decides whether to continue. TLS 1.3 has no "
                                         "renegotiation and reserves the value. According to Microsoft's table a "
                                         "Windows side that receives it gets SEC_E_ILLEGAL_MESSAGE, so an "
                                         "application that needed the renegotiation, typically to request a client "
                                         "certificate in the middle of a connection, fails there."),
            {
                //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                QT_TRANSLATE_NOOP("Catalog", "A server such as IIS asks for a client certificate after the "
                                             "handshake by renegotiation, and the client or a proxy refuses to "
                                             "renegotiate"),
                //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                QT_TRANSLATE_NOOP("Catalog", "The peer disabled renegotiation for security reasons (insecure "
                                             "legacy renegotiation) or does not support it"),
                //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                QT_TRANSLATE_NOOP("Catalog", "The connection uses HTTP/2, which forbids renegotiation, so a client "
                                             "certificate cannot be requested in the middle of it"),
            },
            {
                {
                    //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                    QT_TRANSLATE_NOOP("Catalog", "If client certificates are needed, request them in the initial "
                                                 "handshake instead of by renegotiation (on HTTP.sys, 'Negotiate "
                                                 "Client Certificate' on the binding)"),
                    "netsh http show sslcert",
                },
                {
                    //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 100, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 100 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
                {
                    Family::Sspi, "SEC_I_RENEGOTIATE", 0x00090321u,
                    //: TLS1_ALERT_NO_RENEGOTIATION (tls-alert 100)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns to the application when the peer asks to "
                                                 "renegotiate"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 alert no renegotiation",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 109 missing_extension
        // schannel.h has no symbol for 109; TLS13_AD_MISSING_EXTENSION is OpenSSL's include/openssl/tls1.h name.
        {
            Family::TlsAlert, 109u, "TLS13_AD_MISSING_EXTENSION",
            {"missing_extension", "SSL_AD_MISSING_EXTENSION"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
            QT_TRANSLATE_NOOP("Catalog", "A TLS 1.3 handshake message lacked an extension that is mandatory for "
                                         "what it offered."),
            //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
            QT_TRANSLATE_NOOP("Catalog", "TLS 1.3 requires certain extensions together (supported_versions, "
                                         "key_share with supported_groups, signature_algorithms when certificates "
                                         "are used, psk_key_exchange_modes with a PSK); missing_extension reports "
                                         "that one was absent. It points to an incomplete TLS 1.3 implementation "
                                         "or to a middlebox that strips extensions. Microsoft's alert table does "
                                         "not list this alert, so the SEC_E code a Windows receiver reports is "
                                         "only inferred."),
            {
                //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox or proxy removes extensions it does not understand from "
                                             "the ClientHello"),
                //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                QT_TRANSLATE_NOOP("Catalog", "An incomplete or early TLS 1.3 implementation in one of the peers"),
            },
            {
                {
                    //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                    QT_TRANSLATE_NOOP("Catalog", "Test TLS 1.3 and TLS 1.2 separately; if only TLS 1.3 fails, "
                                                 "limiting that connection to TLS 1.2 is a temporary workaround"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3",
                },
                {
                    //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 109, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 109 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether alert 109 (missing_extension) began to appear "
                                                 "after an update of Windows or of the peer's TLS library"),
                    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_UNSUPPORTED_EXT", 110u,
                    //: TLS13_AD_MISSING_EXTENSION (tls-alert 109)
                    QT_TRANSLATE_NOOP("Catalog", "The opposite case: an extension that should not have been there"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv13 alert missing extension",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 110 unsupported_extension
        {
            Family::TlsAlert, 110u, "TLS1_ALERT_UNSUPPORTED_EXT",
            {"unsupported_extension", "TLS1_AD_UNSUPPORTED_EXTENSION", "SSL_AD_UNSUPPORTED_EXTENSION"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
            QT_TRANSLATE_NOOP("Catalog", "The peer received an extension it did not offer, or one not allowed in "
                                         "that message."),
            //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
            QT_TRANSLATE_NOOP("Catalog", "A server may answer only with extensions the client offered, and TLS 1.3 "
                                         "restricts which extensions may appear in which message; "
                                         "unsupported_extension reports a violation. It usually indicates a defect "
                                         "or a middlebox that adds extensions. Microsoft maps it to "
                                         "SEC_E_ILLEGAL_MESSAGE when Windows receives it (event 36887)."),
            {
                //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                QT_TRANSLATE_NOOP("Catalog", "The server sent an extension the client never offered, sometimes "
                                             "because a load balancer or proxy manipulates the handshake"),
                //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                QT_TRANSLATE_NOOP("Catalog", "An incompatibility between TLS stacks in newer extensions (ALPN, "
                                             "session tickets, early data)"),
            },
            {
                {
                    //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 110, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 110 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                    QT_TRANSLATE_NOOP("Catalog", "Test TLS 1.2 and TLS 1.3 separately to see whether the failure "
                                                 "depends on the protocol version"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3",
                },
                {
                    //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether alert 110 (unsupported_extension) began to "
                                                 "appear after an update of Windows or of the peer's TLS "
                                                 "library"),
                    "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_UNSUPPORTED_EXT (tls-alert 110)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives the alert. Microsoft "
                                                 "lists 8 alerts (10, 22, 40, 47, 50, 60, 100, 110) that map to "
                                                 "it, so the code alone does not say which alert arrived"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 unsupported extension",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 111 certificate_unobtainable
        // schannel.h has no symbol for 111; TLS1_AD_CERTIFICATE_UNOBTAINABLE is OpenSSL's include/openssl/tls1.h
        // name. RFC 8446 B.2 lists it as certificate_unobtainable_RESERVED.
        {
            Family::TlsAlert, 111u, "TLS1_AD_CERTIFICATE_UNOBTAINABLE",
            {"certificate_unobtainable", "SSL_AD_CERTIFICATE_UNOBTAINABLE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
            QT_TRANSLATE_NOOP("Catalog", "The server could not fetch the client's certificate from the URL the "
                                         "client supplied (RFC 6066)."),
            //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
            QT_TRANSLATE_NOOP("Catalog", "With the client_certificate_url extension of RFC 6066 a client sends "
                                         "URLs instead of its certificates; certificate_unobtainable means the "
                                         "server could not retrieve them. The extension is rarely used, and RFC "
                                         "8446 reserves the value for TLS 1.3. Microsoft's alert table does not "
                                         "list this alert, so the SEC_E code a Windows receiver reports is only "
                                         "inferred."),
            {
                //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
                QT_TRANSLATE_NOOP("Catalog", "The server cannot reach the certificate URL (firewall, proxy, DNS)"),
                //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
                QT_TRANSLATE_NOOP("Catalog", "The URL points to a missing or wrong certificate"),
            },
            {
                {
                    //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 111, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 111 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
                    QT_TRANSLATE_NOOP("Catalog", "From the server, check that the certificate URL the client uses "
                                                 "can be retrieved"),
                    "curl.exe -I http://pki.contoso.com/certs/client.crt",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_AD_CERTIFICATE_UNOBTAINABLE (tls-alert 111)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 certificate unobtainable",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 112 unrecognized_name
        // schannel.h has no symbol for 112; TLS1_AD_UNRECOGNIZED_NAME is OpenSSL's include/openssl/tls1.h name.
        {
            Family::TlsAlert, 112u, "TLS1_AD_UNRECOGNIZED_NAME",
            {"unrecognized_name", "SSL_AD_UNRECOGNIZED_NAME"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
            QT_TRANSLATE_NOOP("Catalog", "The server has no site for the host name the client sent in SNI."),
            //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
            QT_TRANSLATE_NOOP("Catalog", "The client names the host it wants in the server_name (SNI) extension; a "
                                         "server that serves nothing under that name may answer unrecognized_name. "
                                         "RFC 6066 allows it at warning or fatal level, and clients often ignore "
                                         "the warning form. Microsoft's alert table does not list this alert, so "
                                         "the SEC_E code a Windows receiver reports for a fatal one is only "
                                         "inferred."),
            {
                //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                QT_TRANSLATE_NOOP("Catalog", "The client uses a host name (alias, new DNS name) that no binding or "
                                             "virtual host on the server is configured for"),
                //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                QT_TRANSLATE_NOOP("Catalog", "A server that hosts several sites has no SNI binding for the "
                                             "requested name and no default certificate for other names"),
                //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                QT_TRANSLATE_NOOP("Catalog", "The client sends no SNI or a wrong one, for example when it connects "
                                             "by IP address"),
            },
            {
                {
                    //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                    QT_TRANSLATE_NOOP("Catalog", "Test the exact host name the application uses"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2",
                },
                {
                    //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                    QT_TRANSLATE_NOOP("Catalog", "On an HTTP.sys or IIS server, list the SNI bindings "
                                                 "(hostname:port) and the IP:port bindings"),
                    "netsh http show sslcert",
                },
                {
                    //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 112, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 112 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_AD_UNRECOGNIZED_NAME (tls-alert 112)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 unrecognized name",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 113 bad_certificate_status_response
        // schannel.h has no symbol for 113; TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE is OpenSSL's
        // include/openssl/tls1.h name.
        {
            Family::TlsAlert, 113u, "TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE",
            {"bad_certificate_status_response", "SSL_AD_BAD_CERTIFICATE_STATUS_RESPONSE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
            QT_TRANSLATE_NOOP("Catalog", "The client received an invalid or unacceptable OCSP response stapled by "
                                         "the server."),
            //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
            QT_TRANSLATE_NOOP("Catalog", "When a client asks for OCSP stapling (status_request), the server "
                                         "attaches an OCSP response for its certificate; "
                                         "bad_certificate_status_response means the client found it invalid, for "
                                         "example expired, for another certificate, or badly signed. Microsoft's "
                                         "alert table does not list this alert, so the SEC_E code a Windows "
                                         "receiver reports is only inferred."),
            {
                //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                QT_TRANSLATE_NOOP("Catalog", "The server staples an outdated OCSP response from its cache"),
                //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                QT_TRANSLATE_NOOP("Catalog", "The stapled response belongs to the previous certificate after a "
                                             "renewal"),
                //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                QT_TRANSLATE_NOOP("Catalog", "A Java client with OCSP stapling enabled found the certificate "
                                             "revoked or its status undetermined; it reports both with this alert"),
                //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                QT_TRANSLATE_NOOP("Catalog", "The OCSP responder returned an error, or a response signed by an "
                                             "unexpected certificate"),
            },
            {
                {
                    //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                    QT_TRANSLATE_NOOP("Catalog", "Show the OCSP response the server staples"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2 -status",
                },
                {
                    //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                    QT_TRANSLATE_NOOP("Catalog", "Check the certificate's OCSP and CRL locations and their answers"),
                    "certutil -verify -urlfetch server.cer",
                },
                {
                    //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 113, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 113 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_AD_BAD_CERTIFICATE_STATUS_RESPONSE (tls-alert 113)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 bad certificate status response",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 114 bad_certificate_hash_value
        // schannel.h has no symbol for 114; TLS1_AD_BAD_CERTIFICATE_HASH_VALUE is OpenSSL's include/openssl/tls1.h
        // name. RFC 8446 B.2 lists it as bad_certificate_hash_value_RESERVED.
        {
            Family::TlsAlert, 114u, "TLS1_AD_BAD_CERTIFICATE_HASH_VALUE",
            {"bad_certificate_hash_value", "SSL_AD_BAD_CERTIFICATE_HASH_VALUE"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
            QT_TRANSLATE_NOOP("Catalog", "A certificate fetched from a client-supplied URL did not match the hash "
                                         "the client gave (RFC 6066)."),
            //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
            QT_TRANSLATE_NOOP("Catalog", "With client_certificate_url (RFC 6066) the client may send a hash of "
                                         "each certificate along with its URL; the server sends "
                                         "bad_certificate_hash_value when a downloaded certificate does not match. "
                                         "The mechanism is rare and RFC 8446 reserves the value. Microsoft's alert "
                                         "table does not list this alert, so the SEC_E code a Windows receiver "
                                         "reports is only inferred."),
            {
                //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
                QT_TRANSLATE_NOOP("Catalog", "The certificate at the URL was replaced (renewed) while the client "
                                             "still sends the old hash"),
                //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
                QT_TRANSLATE_NOOP("Catalog", "A proxy or cache served a different or stale file"),
            },
            {
                {
                    //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 114, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 114 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
                    QT_TRANSLATE_NOOP("Catalog", "Compute the SHA-1 hash of the certificate at the URL and compare "
                                                 "it with the one the client is configured with"),
                    "certutil -hashfile client.crt SHA1",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_AD_BAD_CERTIFICATE_HASH_VALUE (tls-alert 114)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv1 bad certificate hash value",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 115 unknown_psk_identity
        {
            Family::TlsAlert, 115u, "TLS1_ALERT_UNKNOWN_PSK_IDENTITY",
            {"unknown_psk_identity", "TLS1_AD_UNKNOWN_PSK_IDENTITY", "SSL_AD_UNKNOWN_PSK_IDENTITY"},
            Severity::Error, Category::CredentialsLogon, Schannel,
            nullptr,
            //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
            QT_TRANSLATE_NOOP("Catalog", "The server knows no pre-shared key under the identity the client offered."),
            //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
            QT_TRANSLATE_NOOP("Catalog", "In PSK cipher suites and in TLS 1.3 PSK handshakes the client names a "
                                         "key by its identity; unknown_psk_identity means the server has no "
                                         "acceptable key under that name. RFC 8446 makes the alert optional: a "
                                         "server may send decrypt_error (51) instead so as not to reveal whether "
                                         "the identity exists. Microsoft's alert table does not list this alert, "
                                         "so the SEC_E code a Windows receiver reports is only inferred."),
            {
                //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                QT_TRANSLATE_NOOP("Catalog", "The identity configured on the client does not exist on the server "
                                             "(typo, key rotated or removed)"),
                //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                QT_TRANSLATE_NOOP("Catalog", "Client and server use different PSK stores, for example after a "
                                             "device was re-provisioned"),
            },
            {
                {
                    //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 115, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 115 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
                {
                    //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                    QT_TRANSLATE_NOOP("Catalog", "Test with the identity and key configured on the client"),
                    "openssl s_client -connect iot01.contoso.com:8883 -tls1_2 -psk_identity device01 -psk 1a2b3c4d5e6f",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_DECRYPT_ERROR", 51u,
                    //: TLS1_ALERT_UNKNOWN_PSK_IDENTITY (tls-alert 115)
                    QT_TRANSLATE_NOOP("Catalog", "What a server may send instead so as not to reveal whether the "
                                                 "identity exists"),
                },
            },
            {
                // openssl/openssl crypto/err/openssl.txt @008c92e1 (SSL_R_TLSV1_ALERT_UNKNOWN_PSK_IDENTITY); verbatim
                // in Debian libssl3 3.0.19
                "tlsv1 alert unknown psk identity",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 116 certificate_required
        // schannel.h has no symbol for 116; TLS13_AD_CERTIFICATE_REQUIRED is OpenSSL's include/openssl/tls1.h name.
        {
            Family::TlsAlert, 116u, "TLS13_AD_CERTIFICATE_REQUIRED",
            {"certificate_required", "SSL_AD_CERTIFICATE_REQUIRED"},
            Severity::Error, Category::CertificatesSmartCards, Schannel,
            nullptr,
            //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
            QT_TRANSLATE_NOOP("Catalog", "The server required a client certificate and the client sent none (TLS "
                                         "1.3)."),
            //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
            QT_TRANSLATE_NOOP("Catalog", "TLS 1.3 servers send certificate_required when they asked for a client "
                                         "certificate and received an empty Certificate message; TLS 1.2 servers "
                                         "usually send handshake_failure (40) instead. With TLS 1.3 the client "
                                         "often sees the failure only at its first read after the handshake. A "
                                         "Windows client logs event 36887 for the alert, and event 36875 if it "
                                         "found no suitable certificate; Microsoft's table does not list this "
                                         "alert, so the SEC_E code it reports is only inferred."),
            {
                //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                QT_TRANSLATE_NOOP("Catalog", "No certificate with the Client Authentication EKU and a private key "
                                             "is in the store the client uses (current user or local computer)"),
                //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                QT_TRANSLATE_NOOP("Catalog", "The client has a certificate, but its issuer is not among the CAs "
                                             "the server lists as acceptable, so the client does not offer it"),
                //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                QT_TRANSLATE_NOOP("Catalog", "The application is not configured to send a certificate, for example "
                                             "no client certificate attached to the .NET HttpClientHandler or to "
                                             "curl"),
                //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                QT_TRANSLATE_NOOP("Catalog", "A TLS inspection proxy terminates TLS and cannot pass the client "
                                             "certificate on"),
            },
            {
                {
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "List the client certificates available to the user (certutil "
                                                 "-store My lists the computer store)"),
                    "certutil -store -user My",
                },
                {
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "See which CA names the server accepts for client certificates, "
                                                 "then test with a certificate"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_3 -cert client.pem -key client.key",
                },
                {
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "On the Windows client, look for event 36875 (no suitable client "
                                                 "certificate found)"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36875,36887} -MaxEvents 30 | Format-List TimeCreated,Id,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0x00090320u,
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "What Schannel returns to the client application when the server "
                                                 "asks for a certificate and none has been supplied yet"),
                },
                {
                    Family::TlsAlert, "TLS1_ALERT_HANDSHAKE_FAILURE", 40u,
                    //: TLS13_AD_CERTIFICATE_REQUIRED (tls-alert 116)
                    QT_TRANSLATE_NOOP("Catalog", "What TLS 1.2 servers usually send in the same situation"),
                },
            },
            {
                // openssl/openssl ssl/ssl_err.c and crypto/err/openssl.txt @008c92e1 (unchanged across 1.1.1 to
                // master; verbatim in Debian libssl3 3.0.19)
                "tlsv13 alert certificate required",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
        // 120 no_application_protocol
        // Doubt 9: winerror.h has SEC_E_APPLICATION_PROTOCOL_MISMATCH for ALPN failures, but no source ties it to
        // receiving alert 120; it is related with an 'unconfirmed' note, the mapping stays the inferred
        // SEC_E_ILLEGAL_MESSAGE of the table.
        {
            Family::TlsAlert, 120u, "TLS1_ALERT_NO_APP_PROTOCOL",
            {"no_application_protocol", "TLS1_AD_NO_APPLICATION_PROTOCOL", "SSL_AD_NO_APPLICATION_PROTOCOL"},
            Severity::Error, Category::MessagesCryptography, Schannel,
            nullptr,
            //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
            QT_TRANSLATE_NOOP("Catalog", "The server supports none of the application protocols the client offered "
                                         "in ALPN."),
            //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
            QT_TRANSLATE_NOOP("Catalog", "With ALPN (RFC 7301) the client lists application protocols such as h2 "
                                         "or http/1.1; a server that supports none of them answers "
                                         "no_application_protocol. It appears when a client insists on one "
                                         "protocol (only h2, or a custom protocol) that the server has disabled. "
                                         "Microsoft's alert table does not list this alert, so the SEC_E code a "
                                         "Windows receiver reports is only inferred."),
            {
                //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                QT_TRANSLATE_NOOP("Catalog", "The client offers only HTTP/2 (h2) and the server or a proxy has "
                                             "HTTP/2 over TLS disabled"),
                //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                QT_TRANSLATE_NOOP("Catalog", "A gRPC or other custom-protocol client reaches a server or load "
                                             "balancer that does not know that protocol name"),
            },
            {
                {
                    //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                    QT_TRANSLATE_NOOP("Catalog", "Test which ALPN protocols the server accepts"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -tls1_2 -alpn h2,http/1.1",
                },
                {
                    //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                    QT_TRANSLATE_NOOP("Catalog", "On a Windows server, check whether HTTP/2 over TLS is disabled "
                                                 "in HTTP.sys"),
                    "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters /v EnableHttp2Tls",
                },
                {
                    //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                    QT_TRANSLATE_NOOP("Catalog", "List the Schannel 36887 events (System log) in which this "
                                                 "computer received alert 120, and match their times with the "
                                                 "connections and logs of the peer"),
                    "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Schannel';Id=36887} -MaxEvents 500 | Where-Object { $_.Properties[0].Value -eq 120 } | Select-Object -First 20 | Format-List TimeCreated,Message",
                },
            },
            {
                {
                    Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0x80090326u,
                    //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                    QT_TRANSLATE_NOOP("Catalog", "Inferred, not documented for this alert: Microsoft's alert table "
                                                 "does not list it, and the table's Default row gives "
                                                 "SEC_E_ILLEGAL_MESSAGE. The table predates TLS 1.3, so newer "
                                                 "Windows builds may report another code"),
                },
                {
                    Family::Sspi, "SEC_E_APPLICATION_PROTOCOL_MISMATCH", 0x80090367u,
                    //: TLS1_ALERT_NO_APP_PROTOCOL (tls-alert 120)
                    QT_TRANSLATE_NOOP("Catalog", "Schannel's own code for a failed ALPN negotiation; no source "
                                                 "ties it to receiving this alert, so the link is unconfirmed"),
                },
            },
            {
                // openssl/openssl crypto/err/openssl.txt @008c92e1 (SSL_R_TLSV1_ALERT_NO_APPLICATION_PROTOCOL);
                // verbatim in Debian libssl3 3.0.19
                "tlsv1 alert no application protocol",
            },
            {EventSite{36887, "AlertDesc"}, EventSite{36888, "AlertDesc"}},
            false,
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
