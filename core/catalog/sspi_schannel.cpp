// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The SSPI catalog, part 3 of 3: messages and cryptography (mostly Schannel), certificates and
// smart cards.
// Family, value, symbol, aliases, severity and the Windows message text (verbatim, kept only as
// a matching fingerprint) are checked against winerror.h and the reference tables by
// tst_catalog; every other text is our own English, marked for lupdate in context "Catalog"
// with a translator comment naming the code, and translated at display time.
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// One entry per block; long texts are split into adjacent string literals, which form one text
// on purpose, not a missing comma. Commands stay on one line so that they can be copied whole.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> sspiSchannelCodes()
{
    return {
        {
            Family::Sspi, 0x8009030Au, "SEC_E_QOP_NOT_SUPPORTED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Digest,
            "The per-message Quality of Protection is not supported by the security package",
            //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
            QT_TRANSLATE_NOOP("Catalog", "The requested per-message protection (quality of protection) is "
                                         "not available on this package or context."),
            //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
            QT_TRANSLATE_NOOP("Catalog", "When an application signs or encrypts messages with MakeSignature "
                                         "or EncryptMessage it can ask for a particular quality of "
                                         "protection; this code means the package or the negotiated context "
                                         "cannot provide it. It is reported locally by the side making the "
                                         "call, typically a client library that wraps LDAP or a custom "
                                         "protocol. Administrators mostly meet it where LDAP signing or "
                                         "sealing requirements meet a client that negotiated a weaker "
                                         "context."),
            {
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                QT_TRANSLATE_NOOP("Catalog", "The application passes a protection value the package does not "
                                             "implement (most packages accept only 0 or the 'wrap without "
                                             "encryption' flag)"),
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                QT_TRANSLATE_NOOP("Catalog", "The context was negotiated without the integrity or "
                                             "confidentiality flags, so later signing or sealing cannot be "
                                             "honoured"),
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                QT_TRANSLATE_NOOP("Catalog", "Digest: the server requires qop=auth-int or auth-conf and the "
                                             "client side cannot provide it"),
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                QT_TRANSLATE_NOOP("Catalog", "Possibly a non-Windows LDAP client asking AD for a SASL "
                                             "security layer the negotiated mechanism cannot give; note that "
                                             "a DC requiring signing answers an unsigned simple bind with "
                                             "LDAP strongerAuthRequired (8), not with this code"),
            },
            {
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: pass 0 as the quality-of-protection value, "
                                              "request integrity and confidentiality when creating the "
                                              "context, and check the returned flags before calling "
                                              "MakeSignature or EncryptMessage"),
                 nullptr},
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                {QT_TRANSLATE_NOOP("Catalog", "Only for LDAP clients: check whether the DCs require LDAP "
                                              "signing (2 = required)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters /v LDAPServerIntegrity"},
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                {QT_TRANSLATE_NOOP("Catalog", "Check the client's LDAP signing setting"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\ldap /v LDAPClientIntegrity"},
                //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                {QT_TRANSLATE_NOOP("Catalog", "On the DCs, list clients that bind without signing (event "
                                              "2889, after enabling LDAP interface diagnostics)"),
                 "wevtutil qe \"Directory Service\" /q:\"*[System[(EventID=2889)]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                 QT_TRANSLATE_NOOP("Catalog", "A broader 'not supported' from the same package")},
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0,
                 //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                 QT_TRANSLATE_NOOP("Catalog", "Context-level security requirements could not be met")},
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 //: SEC_E_QOP_NOT_SUPPORTED (sspi 0x8009030A)
                 QT_TRANSLATE_NOOP("Catalog", "Per-message protection that failed its check on the receiving "
                                              "side")},
            },
        },
        {
            Family::Sspi, 0x8009030Fu, "SEC_E_MESSAGE_ALTERED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The message or signature supplied for verification has been altered",
            //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
            QT_TRANSLATE_NOOP("Catalog", "A signed or encrypted message failed its integrity check: it "
                                         "changed in transit or the keys do not match."),
            //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
            QT_TRANSLATE_NOOP("Catalog", "After the handshake, every signed or sealed message carries a "
                                         "checksum made with the session key. This code means the receiver's "
                                         "check failed: the bytes changed on the way, or the two sides "
                                         "derived different keys. It is reported by the receiving side "
                                         "(DecryptMessage or VerifySignature) and points to a device in the "
                                         "path, a faulty network stack, or an interoperability bug. With "
                                         "Schannel it usually means the peer sent alert 20 (bad_record_mac) "
                                         "or 30 (decompression_failure), the two alerts Microsoft maps to "
                                         "this code."),
            {
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "A device in the path rewrites traffic after it was protected: "
                                             "WAN optimiser, IPS, TLS-inspection proxy or NAT helper"),
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "Data corruption by a faulty NIC, driver or offload feature"),
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "TLS_DHE cipher suites between Windows builds with and without "
                                             "the February 2020 'leading zero' updates, or with non-Windows "
                                             "peers: the two sides compute different keys and intermittent "
                                             "connections fail or are 'forcibly closed' (KB4557473)"),
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "A third-party or open-source implementation (Samba, Java, "
                                             "Python or Go libraries) computing signatures or seals "
                                             "differently from Windows"),
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "Application bug: decrypting the same buffer twice, a wrong "
                                             "buffer layout, or messages of two contexts mixed up"),
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                QT_TRANSLATE_NOOP("Catalog", "Digest with qop=auth-int: a proxy changed the body "
                                             "(compression, re-encoding) after the digest was computed"),
            },
            {
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "Capture at both ends at the same time and compare the "
                                              "payloads of the failing messages"),
                 "tls.alert_message.desc == 20 || ntlmssp || kerberos", Guide::NetworkTrace},
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "Bypass WAN optimisation or TLS inspection for the two hosts "
                                              "for a test"),
                 "Test-NetConnection web01.contoso.com -TraceRoute"},
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "Review the NIC offload settings and driver versions on both "
                                              "hosts"),
                 "Get-NetAdapterChecksumOffload"},
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "For NTLM signing or sealing only: compare the minimum session "
                                              "security required by both sides"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NtlmMinClientSec"},
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS, look for alert 20 (bad_record_mac) in event 36887 or "
                                              "36888: a record failed its integrity check"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS with intermittent failures, check whether TLS_DHE_* "
                                              "suites are negotiated; as a test, disable them on one side "
                                              "(KB4557473)"),
                 "Get-TlsCipherSuite -Name DHE | Format-Table Name"},
            },
            {
                {Family::Sspi, "SEC_E_OUT_OF_SEQUENCE", 0,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "The message was intact but arrived in the wrong order")},
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "The message could not be decrypted at all")},
                {Family::Sspi, "SEC_E_BAD_BINDINGS", 0,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "Channel binding mismatch, another sign of a device in the "
                                              "middle")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "The requested per-message protection is not available")},
                {Family::TlsAlert, "TLS1_ALERT_BAD_RECORD_MAC", 20u,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 20 (bad_record_mac) received from the peer maps to this "
                                              "code")},
                {Family::TlsAlert, "TLS1_ALERT_DECOMPRESSION_FAIL", 30u,
                 //: SEC_E_MESSAGE_ALTERED (sspi 0x8009030F)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 30 (decompression_failure) maps to this code too")},
            },
        },
        {
            Family::Sspi, 0x80090310u, "SEC_E_OUT_OF_SEQUENCE", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The message supplied for verification is out of sequence",
            //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
            QT_TRANSLATE_NOOP("Catalog", "A protected message arrived with an unexpected sequence number: "
                                         "lost, repeated, reordered or replayed."),
            //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
            QT_TRANSLATE_NOOP("Catalog", "When sequence detection is on, each signed or sealed message "
                                         "carries a number the receiver expects to grow by one. This code "
                                         "means the number did not match: a message was lost, duplicated, "
                                         "reordered or replayed, or the two sides' counters drifted apart. "
                                         "It is reported by the receiving side and usually points at how the "
                                         "application shares one context across threads or connections."),
            {
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                QT_TRANSLATE_NOOP("Catalog", "Several threads sign or seal messages on one security context "
                                             "at the same time, so numbers are used in a different order "
                                             "than the messages are sent (shared LDAP or RPC connections "
                                             "with signing)"),
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                QT_TRANSLATE_NOOP("Catalog", "The application retries a request on the same context after a "
                                             "timeout, so the receiver sees a duplicate or a gap"),
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                QT_TRANSLATE_NOOP("Catalog", "A proxy or load balancer multiplexes several clients onto one "
                                             "back-end connection and mixes their contexts"),
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                QT_TRANSLATE_NOOP("Catalog", "A replayed message, from an attack or a test tool resending "
                                             "captured traffic: detection working as designed"),
            },
            {
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the failures follow load or parallel requests "
                                              "over one connection"),
                 nullptr},
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                {QT_TRANSLATE_NOOP("Catalog", "Test with connection pooling or multiplexing disabled on the "
                                              "client or load balancer"),
                 nullptr},
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace of the failure, look for retransmitted, "
                                              "reordered or replayed packets on the connection"),
                 "tcp.analysis.retransmission || tcp.analysis.out_of_order || tcp.analysis.duplicate_ack", Guide::NetworkTrace},
                //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: serialise message signing and sealing per "
                                              "context, or use one context per connection"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                 QT_TRANSLATE_NOOP("Catalog", "The message content itself failed the integrity check")},
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                 QT_TRANSLATE_NOOP("Catalog", "The message could not be decrypted at all")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_E_OUT_OF_SEQUENCE (sspi 0x80090310)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel: a record is only partly received, not out of order")},
            },
        },
        {
            Family::Sspi, 0x80090318u, "SEC_E_INCOMPLETE_MESSAGE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp | Kerberos,
            "The supplied message is incomplete. The signature was not verified.",
            //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
            QT_TRANSLATE_NOOP("Catalog", "The input buffer holds only part of a TLS record or token; the "
                                         "caller has to read more data from the network and call again."),
            //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
            QT_TRANSLATE_NOOP("Catalog", "Schannel (and Kerberos when it is given stream buffers) only "
                                         "processes complete records. When the data read from the socket "
                                         "ends in the middle of a record, the call returns this code with a "
                                         "hint of how many more bytes are needed, and a well-written "
                                         "application reads more and retries, so in detailed traces it is "
                                         "often part of normal flow. It signals a real problem only when it "
                                         "is the last status before a connection fails or times out, which "
                                         "means the rest of the record never arrived."),
            {
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                QT_TRANSLATE_NOOP("Catalog", "The peer or a device in the path closed or reset the "
                                             "connection in the middle of the TLS handshake, for example a "
                                             "server that drops the connection instead of sending an alert "
                                             "when it dislikes the ClientHello"),
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                QT_TRANSLATE_NOOP("Catalog", "A firewall, IPS or VPN drops large packets, typically the "
                                             "server's Certificate message with a long chain, so the "
                                             "handshake stalls (a path MTU black hole)"),
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                QT_TRANSLATE_NOOP("Catalog", "The application treats this code as fatal instead of reading "
                                             "more data and calling again, a bug exposed by slow or "
                                             "fragmented networks"),
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy, load balancer or WAN optimiser "
                                             "truncates records"),
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                QT_TRANSLATE_NOOP("Catalog", "The service is overloaded or hung and never sends the rest of "
                                             "the record"),
            },
            {
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the TLS port is reachable from the client"),
                 "Test-NetConnection web01.contoso.com -Port 443"},
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                {QT_TRANSLATE_NOOP("Catalog", "Test the path MTU with Don't Fragment set; if 1472-byte pings "
                                              "fail while smaller ones pass, look for a device dropping "
                                              "large packets"),
                 "ping web01.contoso.com -f -l 1472"},
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                {QT_TRANSLATE_NOOP("Catalog", "Repeat the handshake with a known-good Schannel client and "
                                              "note where it stops"),
                 "curl.exe -v https://web01.contoso.com/"},
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, check who closes or resets the connection "
                                              "and whether records arrive truncated"),
                 "tcp.flags.reset == 1 || tcp.flags.fin == 1 || tls.record", Guide::NetworkTrace},
                //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether either side logged a fatal alert (36887, 36888) "
                                              "at that time; no alert suggests the connection was cut rather "
                                              "than rejected"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                 QT_TRANSLATE_NOOP("Catalog", "What the handshake turns into when the data that does arrive "
                                              "is not valid TLS")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                 QT_TRANSLATE_NOOP("Catalog", "The normal handshake status that surrounds this code in traces")},
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 //: SEC_E_INCOMPLETE_MESSAGE (sspi 0x80090318)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when a complete record arrives but fails its "
                                              "integrity check")},
            },
        },
        {
            Family::Sspi, 0x80090320u, "SEC_E_INCOMPLETE_CREDENTIALS", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel,
            "The credentials supplied were not complete, and could not be verified. The context could not be "
            "initialized.",
            //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
            QT_TRANSLATE_NOOP("Catalog", "The credentials given to the package lack a required part, in "
                                         "practice a usable client certificate for TLS client authentication."),
            //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
            QT_TRANSLATE_NOOP("Catalog", "The package could not build the context because the credentials it "
                                         "was handed were missing something it needs. With Schannel this "
                                         "belongs to TLS client authentication: the server asked for a "
                                         "client certificate and the client's credentials held no usable "
                                         "one. Current Windows versions usually report that situation with "
                                         "the informational twin SEC_I_INCOMPLETE_CREDENTIALS (0x00090320), "
                                         "which many applications and wrappers turn into this error or print "
                                         "with its text, so the troubleshooting is the same; it is reported "
                                         "on the client."),
            {
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                QT_TRANSLATE_NOOP("Catalog", "The server requires a client certificate (IIS set to require "
                                             "client certificates, an API gateway, a mutual-TLS web service) "
                                             "and the calling account has no certificate with the Client "
                                             "Authentication EKU"),
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                QT_TRANSLATE_NOOP("Catalog", "The server sends a list of acceptable issuers (non-Windows "
                                             "servers, or Windows with SendTrustedIssuerList set to 1) and "
                                             "the certificate's CA is missing from it, so Windows does not "
                                             "offer it"),
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                QT_TRANSLATE_NOOP("Catalog", "The certificate's private key cannot be read by the account "
                                             "the application runs as (service account, IIS application pool "
                                             "identity), or it sits on a smart card or token that is not "
                                             "inserted"),
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                QT_TRANSLATE_NOOP("Catalog", "The application turned off automatic client certificate "
                                             "selection (ISC_REQ_USE_SUPPLIED_CREDS) and does not react when "
                                             "the server asks for a certificate"),
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was imported into the current user store while "
                                             "the service looks in the local computer store, or the other "
                                             "way round"),
            },
            {
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "List the user's personal certificates and look for one with "
                                              "Client Authentication and a private key"),
                 "certutil -user -store My"},
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "For services and application pools, check the local computer "
                                              "store instead"),
                 "certutil -store My"},
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "See which CA names the server accepts for client certificates "
                                              "('Acceptable client certificate CA names'); an empty list "
                                              "from a Windows server is normal unless SendTrustedIssuerList "
                                              "is 1"),
                 "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com"},
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "On an IIS / HTTP.sys server, check whether the binding "
                                              "negotiates client certificates and which CTL store limits them"),
                 "netsh http show sslcert"},
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, check the values that control the trusted "
                                              "issuer list (SendTrustedIssuerList, ClientAuthTrustMode)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL /v SendTrustedIssuerList"},
                //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                {QT_TRANSLATE_NOOP("Catalog", "Test from the client with an explicitly chosen certificate"),
                 "curl.exe -v --cert \"CurrentUser\\MY\\<thumbprint>\" https://web01.contoso.com/"},
            },
            {
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                 QT_TRANSLATE_NOOP("Catalog", "Informational twin with the same low bits, returned when a "
                                              "TLS server asks for a client certificate")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when no usable credentials or private key can be "
                                              "found at all")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the certificate or key supplied cannot be used "
                                              "by Schannel")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: SEC_E_INCOMPLETE_CREDENTIALS (sspi 0x80090320)
                 QT_TRANSLATE_NOOP("Catalog", "What the client sees when the server rejects the certificate "
                                              "it did send")},
            },
        },
        {
            Family::Sspi, 0x80090325u, "SEC_E_UNTRUSTED_ROOT", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The certificate chain was issued by an authority that is not trusted.",
            //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer's certificate chain ends at a root CA that this "
                                         "machine does not trust."),
            //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
            QT_TRANSLATE_NOOP("Catalog", "During the TLS (Schannel) handshake the receiving side builds the "
                                         "chain of the certificate it was given, and the chain ended at a "
                                         "root that is not in its Trusted Root Certification Authorities "
                                         "store, or could not be completed at all. It is normally reported "
                                         "by the client about the server's certificate, the well-known SQL "
                                         "Server, LDAPS, RDP and WinRM message \"The certificate chain was "
                                         "issued by an authority that is not trusted\", and by a Windows "
                                         "side that receives TLS alert unknown_ca (48) from its peer."),
            {
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "The server uses a self-signed certificate (the one SQL Server "
                                             "generates, the default RDP certificate, a test certificate) "
                                             "that clients have no reason to trust"),
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "The certificate comes from an internal enterprise CA whose "
                                             "root is not in the client's Trusted Root store "
                                             "(non-domain-joined machine, workgroup server, other forest)"),
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "Newer SQL Server drivers (Microsoft.Data.SqlClient 4.0 and "
                                             "later, ODBC Driver 18) encrypt by default, exposing a SQL "
                                             "Server certificate that was never validated before"),
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "The server does not send its intermediate CA certificates and "
                                             "the client cannot download them from the AIA URL, so the chain "
                                             "never reaches a trusted root"),
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy or firewall re-signs traffic with its "
                                             "own CA, which has not been deployed to this client"),
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                QT_TRANSLATE_NOOP("Catalog", "Automatic root certificate updates are turned off on an "
                                             "offline server, so a newer public root is missing"),
            },
            {
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "Save the peer's certificate and build its chain; the output "
                                              "names the element that fails"),
                 "certutil -verify -urlfetch server.cer"},
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "See exactly which certificates the server sends during the "
                                              "handshake"),
                 "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts"},
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the issuing root is in the machine's Trusted "
                                              "Root store"),
                 "certutil -store Root \"Contoso Root CA\""},
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "Import the correct root CA certificate (in a domain, deploy "
                                              "it by Group Policy instead)"),
                 "certutil -addstore Root contoso-root.cer"},
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, read event 36882 (server certificate from an "
                                              "untrusted CA); the server then logs alert 48 (unknown_ca) in "
                                              "event 36887"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36882 or EventID=36887)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                {QT_TRANSLATE_NOOP("Catalog", "Use TrustServerCertificate=True or similar switches only "
                                              "briefly to confirm the diagnosis; the fix is a certificate "
                                              "from a trusted CA"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "Other certificate rejections that do not concern the root")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "The other frequent certificate failure in the same handshake")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "Reported when the chain is trusted but the name does not match")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos smart card counterpart of an untrusted CA")},
                {Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "What WinHTTP, .NET or CertVerifyCertificateChainPolicy report "
                                              "for the same untrusted root")},
                {Family::HResult, "CERT_E_CHAINING", 0x800B010Au,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "Reported instead when the chain cannot be built to any root "
                                              "(missing intermediate)")},
                {Family::TlsAlert, "TLS1_ALERT_UNKNOWN_CA", 48u,
                 //: SEC_E_UNTRUSTED_ROOT (sspi 0x80090325)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 48 (unknown_ca) received from the peer maps to this code")},
            },
        },
        {
            Family::Sspi, 0x80090326u, "SEC_E_ILLEGAL_MESSAGE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The message received was unexpected or badly formatted.",
            //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
            QT_TRANSLATE_NOOP("Catalog", "The TLS handshake broke down: the peer sent a fatal alert, or data "
                                         "that is not valid TLS at this point."),
            //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives a TLS message it "
                                         "cannot accept, and when the peer aborts with a fatal alert that "
                                         "has no more specific mapping, most often handshake_failure (40). "
                                         "On a client it usually means the server rejected the ClientHello: "
                                         "no shared cipher suite or signature algorithm, or a client "
                                         "certificate it required was not sent. On a server, Schannel errors "
                                         "with this code often come from clients or scanners that send plain "
                                         "text or handshakes it does not support."),
            {
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "The server aborted with alert 40 (handshake_failure) because "
                                             "the two sides share no cipher suite or signature algorithm, "
                                             "e.g. a hardened server allowing only ECDHE-GCM suites and an "
                                             "old client offering only CBC or RSA key exchange"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "The server requires a client certificate (mutual TLS) and the "
                                             "client sent none, or one it cannot use"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "The port does not speak TLS directly: plain HTTP, or a "
                                             "STARTTLS service such as SMTP on 25/587 or LDAP on 389 "
                                             "contacted with implicit TLS"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "TLS 1.3 (on by default in Windows 11 and Windows Server 2022) "
                                             "with a peer or middlebox that handles it badly, or a TLS 1.3 "
                                             "server that asks for the client certificate after the handshake"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "The client refuses the server's certificate or signature "
                                             "algorithm: SHA-1 signatures disabled, a key that signs only "
                                             "with RSA-PSS or not with it, or an elliptic curve that is not "
                                             "enabled"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox (TLS inspection, load balancer, IPS) interferes "
                                             "with or rewrites the handshake"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "A Schannel regression in a Windows update breaks handshakes "
                                             "with some servers (for example the October 2022 updates, fixed "
                                             "by the out-of-band update KB5020435)"),
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                QT_TRANSLATE_NOOP("Catalog", "On servers: vulnerability scanners, monitoring probes or "
                                             "outdated clients sending malformed or plain-text hellos"),
            },
            {
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events on both sides; 36887 gives the alert "
                                              "number received and 36888 the alert sent"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36874 or EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the cipher suites enabled on the client and on the "
                                              "server"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "Check which TLS versions are enabled or disabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "List the protocols and cipher suites the server really accepts"),
                 "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com"},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "Test each TLS version on its own; --tlsv1.2 only sets a "
                                              "minimum, so add --tls-max to pin it, then compare with "
                                              "--tlsv1.3"),
                 "curl.exe -v --tlsv1.2 --tls-max 1.2 https://web01.contoso.com/"},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", ".NET Framework 4.x applications: check that strong "
                                              "cryptography is enabled so they can offer TLS 1.2 and modern "
                                              "suites"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 /v SchUseStrongCrypto"},
                //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                {QT_TRANSLATE_NOOP("Catalog", "As a diagnostic only, see whether the failure follows TLS "
                                              "1.3: test with TLS 1.3 explicitly"),
                 "curl.exe -v --tlsv1.3 https://web01.contoso.com/"},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Reported instead when Schannel itself finds no common "
                                              "algorithm or receives alert 71")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Reported instead for alert 70 (protocol_version), when TLS "
                                              "versions do not overlap")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Shows that the server asked for a client certificate earlier "
                                              "in the same handshake")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the connection is cut instead of closed with an "
                                              "alert")},
                {Family::TlsAlert, "TLS1_ALERT_UNEXPECTED_MESSAGE", 10u,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 10 (unexpected_message) received from the peer maps to "
                                              "this code")},
                {Family::TlsAlert, "TLS1_ALERT_HANDSHAKE_FAILURE", 40u,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 40 (handshake_failure) received from the peer maps to "
                                              "this code")},
                {Family::TlsAlert, "TLS1_ALERT_ILLEGAL_PARAMETER", 47u,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 47 (illegal_parameter) received from the peer maps to "
                                              "this code")},
                {Family::TlsAlert, "TLS1_ALERT_DECODE_ERROR", 50u,
                 //: SEC_E_ILLEGAL_MESSAGE (sspi 0x80090326)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 50 (decode_error) received from the peer maps to this "
                                              "code")},
            },
        },
        {
            Family::Sspi, 0x80090327u, "SEC_E_CERT_UNKNOWN", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "An unknown error occurred while processing the certificate.",
            //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the TLS handshake was rejected for a reason no "
                                         "more specific code covers, usually by the peer through an alert."),
            //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
            QT_TRANSLATE_NOOP("Catalog", "Schannel uses this code as its catch-all for certificate problems: "
                                         "Windows reports it when the peer sends TLS alert bad_certificate "
                                         "(42), unsupported_certificate (43) or certificate_unknown (46), "
                                         "and when local processing of a certificate fails in a way it does "
                                         "not classify. It is usually reported by the side whose certificate "
                                         "was refused: a client about its own certificate in mutual TLS, or "
                                         "a server whose certificate a non-Windows client rejected. The "
                                         "peer's own log normally names the precise reason."),
            {
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                QT_TRANSLATE_NOOP("Catalog", "A mutual-TLS server (often Java, OpenSSL or a network "
                                             "appliance) rejected the client certificate: wrong EKU, an "
                                             "issuer it does not trust, or no mapping to an account"),
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows client rejected the server certificate for a "
                                             "reason it only reports generically, such as a SHA-1 signature, "
                                             "an RSA key shorter than 2048 bits or a missing Server "
                                             "Authentication EKU"),
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                QT_TRANSLATE_NOOP("Catalog", "The certificate uses a key type or elliptic curve the peer "
                                             "does not support or has disabled"),
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                QT_TRANSLATE_NOOP("Catalog", "The revocation status could not be checked and the peer treats "
                                             "that as fatal (CRL or OCSP URL unreachable from the peer)"),
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                QT_TRANSLATE_NOOP("Catalog", "The certificate is malformed or carries a critical extension "
                                             "the peer does not understand"),
            },
            {
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events: 36887 shows which alert (42, 43 or "
                                              "46) the peer sent, 36876 and 36877 which certificate failed "
                                              "validation"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36876 or EventID=36877 or EventID=36887)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                {QT_TRANSLATE_NOOP("Catalog", "Check the signature algorithm, key length, Enhanced Key Usage "
                                              "and critical extensions of the certificate"),
                 "certutil -dump client.cer"},
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the chain and that every CRL and OCSP URL in it is "
                                              "reachable"),
                 "certutil -verify -urlfetch client.cer"},
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                {QT_TRANSLATE_NOOP("Catalog", "On an HTTP.sys server that uses client certificates, check "
                                              "the binding's revocation and client certificate settings"),
                 "netsh http show sslcert"},
                //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                {QT_TRANSLATE_NOOP("Catalog", "Ask for the peer's TLS log (Java -Djavax.net.debug=ssl, the "
                                              "OpenSSL error line, the appliance log), which names the exact "
                                              "reason"),
                 "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -state"},
            },
            {
                {Family::Sspi, "SEC_E_CERT_WRONG_USAGE", 0,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "The specific code when the certificate's usage (EKU) is the "
                                              "problem")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 48 (unknown_ca) maps to this code instead")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 45 (certificate_expired) maps to this code instead")},
                {Family::Sspi, "SEC_E_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the client had no certificate to send at all")},
                {Family::TlsAlert, "TLS1_ALERT_BAD_CERTIFICATE", 42u,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 42 (bad_certificate) received from the peer maps to "
                                              "this code")},
                {Family::TlsAlert, "TLS1_ALERT_CERTIFICATE_UNKNOWN", 46u,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 46 (certificate_unknown) received from the peer maps to "
                                              "this code")},
                {Family::HResult, "CRYPT_E_REVOKED", 0x80092010u,
                 //: SEC_E_CERT_UNKNOWN (sspi 0x80090327)
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel reports instead when the peer sends alert 44 "
                                              "(certificate_revoked)")},
            },
        },
        {
            Family::Sspi, 0x80090328u, "SEC_E_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The received certificate has expired.",
            //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the TLS handshake is outside its validity period: "
                                         "expired, or not yet valid according to this machine's clock."),
            //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
            QT_TRANSLATE_NOOP("Catalog", "Schannel checks the validity dates of every certificate in the "
                                         "chain against the local clock. A client reports this code when the "
                                         "server certificate or one of its intermediate CA certificates has "
                                         "expired, and a Windows side also returns it when the peer sends "
                                         "alert certificate_expired (45) about the certificate it presented. "
                                         "The typical picture is HTTPS, LDAPS, RDP or SQL Server connections "
                                         "that all start failing at the same moment."),
            {
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                QT_TRANSLATE_NOOP("Catalog", "The server certificate reached its expiry date because the "
                                             "renewal was missed"),
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                QT_TRANSLATE_NOOP("Catalog", "A renewed certificate is installed but the service still uses "
                                             "the old thumbprint (HTTP.sys/IIS binding, RDP listener, SQL "
                                             "Server, AD FS) until it is rebound or restarted"),
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate in the chain has expired, or "
                                             "the server still sends an old cached intermediate"),
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                QT_TRANSLATE_NOOP("Catalog", "The local clock is wrong (CMOS reset, bad time source), so a "
                                             "valid certificate looks expired or not yet valid"),
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                QT_TRANSLATE_NOOP("Catalog", "A client certificate used for mutual TLS has expired and the "
                                             "server rejected it with alert 45"),
            },
            {
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                {QT_TRANSLATE_NOOP("Catalog", "List the computer's certificates with their expiry dates and "
                                              "thumbprints"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-Table Subject, NotAfter, Thumbprint"},
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the certificate hash bound to each IP:port or host "
                                              "name with the thumbprint of the renewed certificate"),
                 "netsh http show sslcert"},
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                {QT_TRANSLATE_NOOP("Catalog", "Check which certificate the Remote Desktop listener uses"),
                 "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting | Select-Object TerminalName, SSLCertificateSHA1Hash"},
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the whole chain, including the intermediate CA "
                                              "certificates"),
                 "certutil -verify -urlfetch server.cer"},
                //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                {QT_TRANSLATE_NOOP("Catalog", "Check the local clock and its time source"),
                 "w32tm /query /status"},
            },
            {
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock causes both certificate date errors and "
                                              "Kerberos failures")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for a smart card logon certificate")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the domain controller certificate used "
                                              "in smart card logon")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "The other frequent certificate failure in the same handshake")},
                {Family::HResult, "CERT_E_EXPIRED", 0x800B0101u,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate-validation result for the same expired "
                                              "certificate")},
                {Family::TlsAlert, "TLS1_ALERT_CERTIFICATE_EXPIRED", 45u,
                 //: SEC_E_CERT_EXPIRED (sspi 0x80090328)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 45 (certificate_expired) received from the peer maps to "
                                              "this code")},
            },
        },
        {
            Family::Sspi, 0x80090329u, "SEC_E_ENCRYPT_FAILURE", {}, Severity::Error,
            Category::MessagesCryptography, CredSsp | Schannel | Kerberos | Negotiate,
            "The specified data could not be encrypted.",
            //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
            QT_TRANSLATE_NOOP("Catalog", "The package could not encrypt data with the session; most often "
                                         "seen as a Remote Desktop (CredSSP) authentication error."),
            //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
            QT_TRANSLATE_NOOP("Catalog", "EncryptMessage or an internal encryption step failed even though "
                                         "the security context exists. It is uncommon, and the best-known "
                                         "case is CredSSP, which Remote Desktop uses for Network Level "
                                         "Authentication: the client shows \"An authentication error has "
                                         "occurred\" with the text \"The specified data could not be "
                                         "encrypted\" when it cannot wrap the user's credentials for the "
                                         "server. Outside CredSSP it usually points to a key or crypto "
                                         "provider problem on the reporting machine rather than to the "
                                         "network."),
            {
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                QT_TRANSLATE_NOOP("Catalog", "The user's Kerberos token is very large (many group "
                                             "memberships) and CredSSP cannot encrypt it; Windows Server "
                                             "2008 and 2008 R2 failed above 16 KB until hotfixes KB975943 "
                                             "and KB978918"),
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                QT_TRANSLATE_NOOP("Catalog", "Client and server run builds with different CredSSP or "
                                             "Schannel fixes; installing current updates on both ends "
                                             "removes known encryption bugs"),
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                QT_TRANSLATE_NOOP("Catalog", "The private key needed for the operation is on a smart card, "
                                             "TPM or HSM that is not available, or the CNG Key Isolation "
                                             "service (KeyIso) is not running"),
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                QT_TRANSLATE_NOOP("Catalog", "Third-party software hooked into LSASS or the crypto stack "
                                             "(endpoint protection, smart card middleware, TLS inspection "
                                             "agents) interferes with the operation"),
            },
            {
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                {QT_TRANSLATE_NOOP("Catalog", "Count the user's groups, then try the same connection with an "
                                              "account that has few groups"),
                 "whoami /groups | find /c \"S-1-\""},
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the update level of both machines and install current "
                                              "cumulative updates where they lag"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the CNG Key Isolation service is running"),
                 "sc query KeyIso"},
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate's private key is present and "
                                              "usable (look for 'Encryption test passed')"),
                 "certutil -verifystore My web01.contoso.com"},
                //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                {QT_TRANSLATE_NOOP("Catalog", "Enable the CAPI2 operational log, reproduce the failure, and "
                                              "look for key or provider errors"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true", Guide::Capi2Logging},
            },
            {
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                 QT_TRANSLATE_NOOP("Catalog", "The receiving side's counterpart")},
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                 QT_TRANSLATE_NOOP("Catalog", "Another symptom of oversized Kerberos tokens")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the context offers no encryption at all")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_ENCRYPT_FAILURE (sspi 0x80090329)
                 QT_TRANSLATE_NOOP("Catalog", "Returned for crypto failures that map to no SSPI code")},
            },
        },
        {
            Family::Sspi, 0x80090330u, "SEC_E_DECRYPT_FAILURE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The specified data could not be decrypted.",
            //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
            QT_TRANSLATE_NOOP("Catalog", "Data or a handshake step could not be decrypted or verified; in "
                                         "TLS the peer usually sent alert decrypt_error."),
            //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
            QT_TRANSLATE_NOOP("Catalog", "Schannel reports this code when decrypting a record fails and, "
                                         "more often in practice, when the peer sends TLS alert "
                                         "decrypt_error (51) or decryption_failed (21). Decrypt_error means "
                                         "the peer could not verify a signature in the handshake or the "
                                         "Finished message, so the two sides computed different keys or "
                                         "disagree on how a signature is made. It appears on the side that "
                                         "receives the alert, usually the client, and tends to be "
                                         "intermittent or tied to one cipher suite or one certificate."),
            {
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                QT_TRANSLATE_NOOP("Catalog", "The peer could not verify a handshake signature or Finished "
                                             "message (alert 51 decrypt_error): a TPM or smart card key that "
                                             "cannot sign with RSA-PSS, a certificate whose key does not "
                                             "match, or an inspecting middlebox"),
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                QT_TRANSLATE_NOOP("Catalog", "A client certificate whose key is held in a TPM or smart card "
                                             "produces RSA-PSS signatures the server rejects (known with "
                                             "older TPM 2.0 firmware)"),
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy, load balancer or WAN optimiser alters "
                                             "handshake or application records in transit"),
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                QT_TRANSLATE_NOOP("Catalog", "Faulty NIC offloading or network equipment corrupting packets, "
                                             "seen as random failures on otherwise healthy connections"),
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                QT_TRANSLATE_NOOP("Catalog", "Possibly the TLS_DHE key computation mismatch fixed by the "
                                             "February 2020 'leading zero' updates (KB4557473): the KB names "
                                             "no alert, and a wrong master secret more often fails a "
                                             "record's MAC (alert 20, SEC_E_MESSAGE_ALTERED) or resets the "
                                             "connection"),
            },
            {
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events; 36887 with alert 51 or 21 confirms "
                                              "the peer could not decrypt or verify the handshake"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                {QT_TRANSLATE_NOOP("Catalog", "List the enabled cipher suites and note whether TLS_DHE_* "
                                              "suites are offered"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                {QT_TRANSLATE_NOOP("Catalog", "As a test, disable the DHE suites on the client (repeat for "
                                              "each TLS_DHE_* name) and retry"),
                 "Disable-TlsCipherSuite -Name \"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384\""},
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, see which side sends the alert and which "
                                              "cipher suite the ServerHello chose"),
                 "tls.handshake.type == 2 || tls.alert_message", Guide::NetworkTrace},
                //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                {QT_TRANSLATE_NOOP("Catalog", "If the client certificate is TPM-backed, update the TPM "
                                              "firmware or test with a certificate whose key is in software"),
                 "Get-Tpm | Format-List ManufacturerIdTxt,ManufacturerVersion"},
            },
            {
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel reports for alert 20 (bad_record_mac) instead")},
                {Family::Sspi, "SEC_E_ENCRYPT_FAILURE", 0,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "The sending side's counterpart")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "Other handshake alerts from the same peer map to this code")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "Also tied to the cipher suite configuration of both sides")},
                {Family::TlsAlert, "TLS1_ALERT_DECRYPT_ERROR", 51u,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 51 (decrypt_error) received from the peer maps to this "
                                              "code")},
                {Family::TlsAlert, "TLS1_ALERT_DECRYPTION_FAILED", 21u,
                 //: SEC_E_DECRYPT_FAILURE (sspi 0x80090330)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 21 (decryption_failed, reserved since TLS 1.1) maps to "
                                              "this code too")},
            },
        },
        {
            Family::Sspi, 0x80090331u, "SEC_E_ALGORITHM_MISMATCH", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The client and server cannot communicate, because they do not possess a common algorithm.",
            //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
            QT_TRANSLATE_NOOP("Catalog", "Client and server share no TLS protocol version, cipher suite or "
                                         "key type that both are allowed to use."),
            //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it finds no combination of "
                                         "protocol version, cipher suite, signature algorithm and "
                                         "certificate key type that both sides permit, and when the peer "
                                         "ends the handshake with alert insufficient_security (71). It is "
                                         "the classic result of hardening one side (turning off TLS 1.0/1.1, "
                                         "removing cipher suites) while an older client, driver or runtime "
                                         "has nothing newer to offer. Servers usually log Schannel event "
                                         "36874, and clients such as SQL Server drivers show the Windows "
                                         "message in their pre-login handshake error."),
            {
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                QT_TRANSLATE_NOOP("Catalog", "One side allows only TLS 1.2/1.3 while the other offers only "
                                             "TLS 1.0/1.1, e.g. an old SQL Server build, Windows Server 2008 "
                                             "R2 without TLS 1.2 enabled, or a .NET Framework application "
                                             "without SchUseStrongCrypto"),
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                QT_TRANSLATE_NOOP("Catalog", "A cipher-suite policy (the GPO 'SSL Cipher Suite Order' or a "
                                             "hardening tool) left no suite in common, e.g. only ECDHE-GCM "
                                             "suites on the server and only CBC or RSA suites on the client"),
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                QT_TRANSLATE_NOOP("Catalog", "The server certificate's key type matches none of the enabled "
                                             "suites, e.g. an ECDSA certificate while no ECDHE_ECDSA suite "
                                             "is enabled"),
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                QT_TRANSLATE_NOOP("Catalog", "The certificate's private key is stored in a legacy CryptoAPI "
                                             "provider that cannot create the SHA-256 signatures TLS 1.2 "
                                             "needs"),
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                QT_TRANSLATE_NOOP("Catalog", "FIPS mode ('System cryptography: Use FIPS compliant "
                                             "algorithms') on one side limits it to suites the other side "
                                             "does not offer"),
            },
            {
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events; on the server 36874 means no "
                                              "common cipher suite, on the client 36887 with alert 71 points "
                                              "the same way"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36874 or EventID=36887)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the cipher suites enabled on the client and on the "
                                              "server"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", "Check which TLS versions are enabled or disabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a Group Policy cipher-suite order overrides the "
                                              "defaults"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002"},
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", ".NET Framework 4.x applications: check SchUseStrongCrypto "
                                              "(and SystemDefaultTlsVersions), also under WOW6432Node for "
                                              "32-bit apps"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 /v SchUseStrongCrypto"},
                //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                {QT_TRANSLATE_NOOP("Catalog", "List the protocols and cipher suites the server really accepts"),
                 "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com"},
            },
            {
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                 QT_TRANSLATE_NOOP("Catalog", "The client-side symptom when the server answers with alert 40 "
                                              "(handshake_failure)")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                 QT_TRANSLATE_NOOP("Catalog", "Reported for alert 70 (protocol_version) when the TLS "
                                              "versions do not overlap")},
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0,
                 //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos counterpart: the peer demands stronger cryptography "
                                              "than is available")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos form of 'no common algorithm': no shared "
                                              "encryption type")},
                {Family::TlsAlert, "TLS1_ALERT_INSUFFIENT_SECURITY", 71u,
                 //: SEC_E_ALGORITHM_MISMATCH (sspi 0x80090331)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 71 (insufficient_security) received from the peer maps "
                                              "to this code")},
            },
        },
        {
            Family::Sspi, 0x80090337u, "SEC_E_CRYPTO_SYSTEM_INVALID", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Negotiate | Digest,
            "The crypto system or checksum function is invalid because a required function is unavailable.",
            //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
            QT_TRANSLATE_NOOP("Catalog", "The encryption or checksum algorithm the exchange needs is not "
                                         "available or not allowed on this computer."),
            //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos and Digest look up an implementation for the negotiated "
                                         "encryption type or checksum; when the local system has none "
                                         "(disabled by policy or a damaged component), the package stops "
                                         "with this code. It is reported on the side that has to encrypt, "
                                         "decrypt or check the message, and is typically found after crypto "
                                         "hardening or when talking to old peers."),
            {
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                QT_TRANSLATE_NOOP("Catalog", "The Kerberos encryption type in use (DES, or RC4 after "
                                             "hardening) is disabled locally by the policy \"Network "
                                             "security: Configure encryption types allowed for Kerberos\""),
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                QT_TRANSLATE_NOOP("Catalog", "For Digest and other non-Kerberos uses, FIPS mode (\"System "
                                             "cryptography: Use FIPS compliant algorithms\") can remove MD5- "
                                             "or RC4-based algorithms; Kerberos encryption types are "
                                             "governed by SupportedEncryptionTypes and "
                                             "msDS-SupportedEncryptionTypes, not by FIPS mode"),
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                QT_TRANSLATE_NOOP("Catalog", "A Digest client cannot match any cipher the server asked for "
                                             "when confidentiality (auth-conf) is requested, for example an "
                                             "LDAP Digest-MD5 bind with encryption"),
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                QT_TRANSLATE_NOOP("Catalog", "Damaged or replaced system cryptography files, or security "
                                             "software that hooks the LSA crypto functions"),
            },
            {
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                {QT_TRANSLATE_NOOP("Catalog", "Check which Kerberos encryption types the local policy allows "
                                              "(0x18 = AES only; 0x1C adds RC4)"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\Parameters /v SupportedEncryptionTypes"},
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                {QT_TRANSLATE_NOOP("Catalog", "For Digest or TLS, check whether FIPS mode is on (Enabled = 1)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy /v Enabled"},
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                {QT_TRANSLATE_NOOP("Catalog", "Look at the encryption types of the tickets actually in use"),
                 "klist"},
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                {QT_TRANSLATE_NOOP("Catalog", "Move the peer or service account to AES (reset the password "
                                              "so AES keys exist) rather than re-enabling DES or RC4"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                {QT_TRANSLATE_NOOP("Catalog", "If the policy allows the algorithm, verify the system files"),
                 "sfc /scannow"},
            },
            {
                {Family::NtStatus, "STATUS_CRYPTO_SYSTEM_INVALID", 0xC00002F3u,
                 //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side view of the same encryption type mismatch.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                 QT_TRANSLATE_NOOP("Catalog", "No algorithm in common between the two sides.")},
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0,
                 //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                 QT_TRANSLATE_NOOP("Catalog", "The peer requires stronger algorithms than this side offers.")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_CRYPTO_SYSTEM_INVALID (sspi 0x80090337)
                 QT_TRANSLATE_NOOP("Catalog", "The requested protection level cannot be provided by the "
                                              "package.")},
            },
        },
        {
            Family::Sspi, 0x8009033Au, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate,
            "The other end of the security negotiation is requires strong crypto but it is not supported on "
            "the local machine.",
            //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
            QT_TRANSLATE_NOOP("Catalog", "The peer insists on strong (128-bit class) encryption that this "
                                         "side cannot offer."),
            //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
            QT_TRANSLATE_NOOP("Catalog", "The code dates from export-restricted cryptography, when some "
                                         "Windows builds could only do 40- or 56-bit encryption and a peer "
                                         "could require more. Current Windows always has strong "
                                         "cryptography, so the code is rare today; when it appears it "
                                         "usually involves an old operating system, an embedded device or a "
                                         "third-party security provider on one side of the exchange."),
            {
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                QT_TRANSLATE_NOOP("Catalog", "A legacy system or embedded device with export-grade or no "
                                             "128-bit crypto talks to a server that requires 128-bit session "
                                             "security"),
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                QT_TRANSLATE_NOOP("Catalog", "\"Network security: Minimum session security for NTLM SSP "
                                             "based clients/servers\" is set to require 128-bit encryption "
                                             "and the peer cannot negotiate it"),
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                QT_TRANSLATE_NOOP("Catalog", "A third-party SSP or SMB/NTLM implementation that does not "
                                             "advertise 128-bit support"),
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                QT_TRANSLATE_NOOP("Catalog", "A peer limited to DES for Kerberos while this side requires "
                                             "stronger encryption types"),
            },
            {
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                {QT_TRANSLATE_NOOP("Catalog", "Check the NTLM minimum session security on both sides "
                                              "(0x20080000 = NTLMv2 and 128-bit required)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NTLMMinClientSec"},
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                {QT_TRANSLATE_NOOP("Catalog", "Check the server-side value as well"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NTLMMinServerSec"},
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the peer's operating system or firmware version and "
                                              "upgrade it instead of weakening the policy"),
                 "Get-ADComputer web01 -Properties OperatingSystem,OperatingSystemVersion,msDS-SupportedEncryptionTypes"},
                //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                {QT_TRANSLATE_NOOP("Catalog", "For Kerberos, look at the encryption types of the tickets in "
                                              "use"),
                 "klist"},
            },
            {
                {Family::NtStatus, "STATUS_STRONG_CRYPTO_NOT_SUPPORTED", 0xC00002F6u,
                 //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                 QT_TRANSLATE_NOOP("Catalog", "The general case: no algorithm both sides accept.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                 QT_TRANSLATE_NOOP("Catalog", "The needed algorithm exists in principle but is unavailable "
                                              "locally.")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_STRONG_CRYPTO_NOT_SUPPORTED (sspi 0x8009033A)
                 QT_TRANSLATE_NOOP("Catalog", "The requested message protection level cannot be provided.")},
            },
        },
        {
            Family::Sspi, 0x8009033Du, "SEC_E_PKINIT_NAME_MISMATCH", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The client certificate does not contain a valid UPN, or does not match the client name in the "
            "logon request. Please contact your administrator.",
            //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
            QT_TRANSLATE_NOOP("Catalog", "Certificate logon failed: the certificate's UPN is missing or does "
                                         "not match the account (or the KDC certificate name)."),
            //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
            QT_TRANSLATE_NOOP("Catalog", "In a smart card, Windows Hello certificate or virtual smart card "
                                         "logon (PKINIT), the KDC maps the client certificate to an account, "
                                         "normally through the UPN in its Subject Alternative Name. If there "
                                         "is no UPN, or it names a different account than the one in the "
                                         "request, the DC rejects it (KDC_ERR_CLIENT_NAME_MISMATCH, 0x4B); "
                                         "the client reports the same code when the DC's own certificate "
                                         "does not carry the expected name (KDC_ERR_KDC_NAME_MISMATCH, 0x4C)."),
            {
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                QT_TRANSLATE_NOOP("Catalog", "The certificate has no UPN in the Subject Alternative Name, "
                                             "for example a template without 'User principal name (UPN)' or "
                                             "a card issued by an external PKI"),
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                QT_TRANSLATE_NOOP("Catalog", "The user's UPN changed (rename, new UPN suffix) after the "
                                             "certificate was issued"),
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                QT_TRANSLATE_NOOP("Catalog", "The user typed or selected another account (such as an admin "
                                             "account) than the one the certificate maps to"),
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                QT_TRANSLATE_NOOP("Catalog", "The DC certificate lacks the domain DNS name or the KDC "
                                             "Authentication EKU, and strict KDC validation is enabled on "
                                             "clients"),
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                QT_TRANSLATE_NOOP("Catalog", "Since the KB5014754 certificate-mapping updates, weak mappings "
                                             "(UPN only, or altSecurityIdentities by issuer and subject) "
                                             "fail under full enforcement; the KDC logs events 39 to 41"),
            },
            {
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "Read the certificates on the card and check the UPN "
                                              "(Principal Name) in each"),
                 "certutil -scinfo"},
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "Dump an exported certificate to compare its SAN with the "
                                              "account"),
                 "certutil -dump user.cer"},
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the account's UPN and explicit mappings"),
                 "Get-ADUser jdoe -Properties userPrincipalName,altSecurityIdentities"},
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, find failure code 0x4B in events 4768/4771 for the "
                                              "user"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:30 /rd:true /f:text"},
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "Check the DC certificates used for PKINIT (KDC Authentication "
                                              "EKU, DNS names)"),
                 "certutil -dcinfo verify"},
                //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read KDC events 39 to 41 (KB5014754): no strong "
                                              "mapping, certificate older than the account, or SID mismatch"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center'] and (EventID=39 or EventID=40 or EventID=41)]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::NtStatus, "STATUS_PKINIT_NAME_MISMATCH", 0xC00002F9u,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; shown on logon failure events for certificate "
                                              "logons.")},
                {Family::Sspi, "SEC_E_MULTIPLE_ACCOUNTS", 0,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate maps to more than one account instead of the "
                                              "wrong one.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate was rejected for another reason.")},
                {Family::Sspi, "SEC_E_INVALID_UPN_NAME", 0,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "The UPN itself is malformed.")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "Policy forcing smart card logon, often enabled in the same "
                                              "rollout.")},
                {Family::Kerberos, "KDC_ERR_CLIENT_NAME_MISMATCH", 0x4Bu,
                 //: SEC_E_PKINIT_NAME_MISMATCH (sspi 0x8009033D)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC's error for the same mismatch (4768/4771 failure code "
                                              "0x4B)")},
            },
        },
        {
            Family::Sspi, 0x80090347u, "SEC_E_MULTIPLE_ACCOUNTS", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate | Schannel,
            "The received certificate was mapped to multiple accounts.",
            //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
            QT_TRANSLATE_NOOP("Catalog", "The certificate could be mapped to more than one account, so "
                                         "Windows does not know which user it is."),
            //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
            QT_TRANSLATE_NOOP("Catalog", "Certificate logon (smart card, Windows Hello certificate, TLS "
                                         "client certificate mapped to AD accounts) must resolve the "
                                         "certificate to exactly one account. When the UPN or an explicit "
                                         "mapping matches several accounts, the DC or the Schannel server "
                                         "refuses with this code. Users can pick an account with a user name "
                                         "hint if that policy is enabled."),
            {
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                QT_TRANSLATE_NOOP("Catalog", "The same certificate is mapped explicitly "
                                             "(altSecurityIdentities) on two accounts, for example a user's "
                                             "normal and admin accounts sharing one smart card"),
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                QT_TRANSLATE_NOOP("Catalog", "Two accounts in the forest carry the same UPN (possible across "
                                             "domains) that appears in the certificate"),
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                QT_TRANSLATE_NOOP("Catalog", "A broad mapping (issuer only, or issuer and subject) matches "
                                             "several accounts"),
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                QT_TRANSLATE_NOOP("Catalog", "A copy of an account (migration or test account) kept the old "
                                             "account's certificate mapping"),
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                QT_TRANSLATE_NOOP("Catalog", "Since the KB5014754 certificate-mapping updates, weak mappings "
                                             "(UPN only, or altSecurityIdentities by issuer and subject) "
                                             "fail under full enforcement; the KDC logs events 39 to 41"),
            },
            {
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                {QT_TRANSLATE_NOOP("Catalog", "Read the certificate's UPN, subject, issuer and serial number"),
                 "certutil -dump user.cer"},
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                {QT_TRANSLATE_NOOP("Catalog", "Search the whole forest (Global Catalog) for accounts with "
                                              "that UPN"),
                 "Get-ADObject -LDAPFilter \"(userPrincipalName=jdoe@contoso.com)\" -Server dc01.contoso.com:3268"},
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                {QT_TRANSLATE_NOOP("Catalog", "List explicit certificate mappings and look for the same "
                                              "value on several accounts"),
                 "Get-ADObject -LDAPFilter \"(altSecurityIdentities=*)\" -Properties altSecurityIdentities | Format-List Name,altSecurityIdentities"},
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                {QT_TRANSLATE_NOOP("Catalog", "Remove the duplicate mapping, or enable the 'Allow user name "
                                              "hint' smart card policy so users can name the account"),
                 "Set-ADUser jdoe-admin -Remove @{altSecurityIdentities='X509:<I>DC=com,DC=contoso,CN=Contoso CA<SR>1a2b3c'}"},
                //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read KDC events 39 to 41 (KB5014754): no strong "
                                              "mapping, certificate older than the account, or SID mismatch"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center'] and (EventID=39 or EventID=40 or EventID=41)]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate maps to the wrong account or to none.")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel could not process the client certificate at all.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_MULTIPLE_ACCOUNTS (sspi 0x80090347)
                 QT_TRANSLATE_NOOP("Catalog", "Generic failure some applications show for the same attempt.")},
            },
        },
        {
            Family::Sspi, 0x80090349u, "SEC_E_CERT_WRONG_USAGE", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The certificate is not valid for the requested usage.",
            //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
            QT_TRANSLATE_NOOP("Catalog", "The certificate is not valid for this purpose (wrong or restricted "
                                         "EKU or key usage)."),
            //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
            QT_TRANSLATE_NOOP("Catalog", "Schannel checks that a certificate is allowed for what it is being "
                                         "used for: Server Authentication for a TLS server, Client "
                                         "Authentication for a client certificate. If the Enhanced Key "
                                         "Usage, the key usage bits or a restriction higher up the chain "
                                         "rule that out, the handshake fails with this code. The side that "
                                         "validates the certificate reports it: the client for a server "
                                         "certificate, the server for a client certificate."),
            {
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                QT_TRANSLATE_NOOP("Catalog", "The server certificate (IIS, RDP, LDAPS, SQL Server) lacks the "
                                             "Server Authentication EKU (1.3.6.1.5.5.7.3.1), for example it "
                                             "was issued from a User or Code Signing template"),
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                QT_TRANSLATE_NOOP("Catalog", "A TLS client certificate lacks the Client Authentication EKU "
                                             "(1.3.6.1.5.5.7.3.2)"),
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate restricts EKUs, so the leaf "
                                             "certificate is not valid for server authentication even though "
                                             "it lists it"),
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                QT_TRANSLATE_NOOP("Catalog", "The certificate's intended purposes were restricted in the "
                                             "local certificate store properties"),
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                QT_TRANSLATE_NOOP("Catalog", "The key usage extension does not allow what the negotiated "
                                             "cipher suite needs (for example no digital signature for ECDHE)"),
            },
            {
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                {QT_TRANSLATE_NOOP("Catalog", "Dump the certificate and check Enhanced Key Usage and Key "
                                              "Usage"),
                 "certutil -dump server.cer"},
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                {QT_TRANSLATE_NOOP("Catalog", "Validate the whole chain, including EKU restrictions on "
                                              "intermediate CAs"),
                 "certutil -verify -urlfetch server.cer"},
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                {QT_TRANSLATE_NOOP("Catalog", "List the machine certificates with their EKUs to find the one "
                                              "in use"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject,Thumbprint,NotAfter,EnhancedKeyUsageList"},
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, find which certificate the listener uses"),
                 "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting | Select-Object TerminalName,SSLCertificateSHA1Hash"},
                //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                {QT_TRANSLATE_NOOP("Catalog", "Read event 36876 on the client (server certificate failed "
                                              "validation) or 36877 on the server (client certificate failed "
                                              "validation)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36876 or EventID=36877)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel could not process the certificate for another reason.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                 QT_TRANSLATE_NOOP("Catalog", "The chain ends at a root the client does not trust.")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                 QT_TRANSLATE_NOOP("Catalog", "Another certificate validity failure in the same handshake.")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                 QT_TRANSLATE_NOOP("Catalog", "The peer often sends a fatal alert that surfaces as this code.")},
                {Family::HResult, "CERT_E_WRONG_USAGE", 0x800B0110u,
                 //: SEC_E_CERT_WRONG_USAGE (sspi 0x80090349)
                 QT_TRANSLATE_NOOP("Catalog", "Same condition reported by certificate validation (the SDK "
                                              "gives both the same text)")},
            },
        },
        {
            Family::Sspi, 0x80090351u, "SEC_E_SMARTCARD_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has been revoked. Please contact your system "
            "administrator. There may be additional information in the event log.",
            //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller found the certificate on the user's smart "
                                         "card revoked, so smart card logon is refused."),
            //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
            QT_TRANSLATE_NOOP("Catalog", "During smart card logon (Kerberos PKINIT) the KDC on the domain "
                                         "controller checks the user's certificate against its CA's CRL or "
                                         "OCSP responder, and the certificate is listed as revoked. The "
                                         "client only shows the refusal; the DC's Security log records the "
                                         "failed ticket request with the certificate's issuer and serial "
                                         "number (failure code 0x48). Virtual smart cards and Windows Hello "
                                         "for Business certificate trust use the same path and fail the same "
                                         "way."),
            {
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was revoked on purpose (card reported lost, "
                                             "user left, card reissued) but is still on the card in use"),
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                QT_TRANSLATE_NOOP("Catalog", "The card holds both an old, revoked certificate and a renewed "
                                             "one, and the old one is chosen at the logon screen"),
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                QT_TRANSLATE_NOOP("Catalog", "A bulk revocation on the CA (template clean-up, re-keying, "
                                             "compromise response) also hit certificates that are still used"),
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was put on hold (reason Certificate Hold) and "
                                             "never released from hold"),
            },
            {
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, list the certificates on the card and see "
                                              "which one fails chain validation"),
                 "certutil -scinfo"},
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the exported user certificate with fresh revocation "
                                              "data and read the revocation reason"),
                 "certutil -verify -urlfetch user.cer"},
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the failed ticket requests (events 4768/4771) "
                                              "for the certificate's serial number and failure code 0x48"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                {QT_TRANSLATE_NOOP("Catalog", "On the CA, confirm the revocation and its reason; release it "
                                              "only if it was a Certificate Hold, otherwise enroll a new "
                                              "certificate and remove the revoked one from the card"),
                 "certutil -view -restrict \"SerialNumber=1a2b3c\" -out \"RequestID,Disposition,RevokedReason,RevokedEffectiveWhen\""},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_CERT_REVOKED", 0xC0000389u,
                 //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the DC cannot reach the revocation data "
                                              "at all.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                 QT_TRANSLATE_NOOP("Catalog", "The other usual reason why a card certificate stops working.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0,
                 //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                 QT_TRANSLATE_NOOP("Catalog", "The same check failing for the domain controller's "
                                              "certificate instead of the user's.")},
                {Family::HResult, "CRYPT_E_REVOKED", 0x80092010u,
                 //: SEC_E_SMARTCARD_CERT_REVOKED (sspi 0x80090351)
                 QT_TRANSLATE_NOOP("Catalog", "The general certificate-validation result for a revoked "
                                              "certificate")},
            },
        },
        {
            Family::Sspi, 0x80090352u, "SEC_E_ISSUING_CA_UNTRUSTED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the smartcard certificate used "
            "for authentication. Please contact your system administrator.",
            //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
            QT_TRANSLATE_NOOP("Catalog", "The smart card certificate chains to a CA that the domain "
                                         "controller does not trust for logon."),
            //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
            QT_TRANSLATE_NOOP("Catalog", "The KDC on the domain controller could not build the user's smart "
                                         "card certificate up to a trusted root, or the issuing CA is not "
                                         "trusted for domain logon. The client's logon screen reports it, "
                                         "while the details are on the DC (failed ticket requests, KDC and "
                                         "CAPI2 events). It typically follows the introduction of a new or "
                                         "third-party PKI (for example government PIV/CAC cards) or a "
                                         "renewed CA certificate that has not reached the DCs yet."),
            {
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                QT_TRANSLATE_NOOP("Catalog", "The root CA of the card's certificate is missing from the "
                                             "Trusted Root Certification Authorities store of the DCs"),
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate is missing on the DCs and the "
                                             "certificate's AIA URL cannot be reached from them"),
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA certificate is not published in the enterprise "
                                             "NTAuth store, or the DC has not yet received it by Group Policy"),
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                QT_TRANSLATE_NOOP("Catalog", "The CA certificate was renewed and the new CA certificate was "
                                             "not distributed to the DCs and to NTAuth"),
            },
            {
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the card; the output says whether the "
                                              "chain validates"),
                 "certutil -scinfo"},
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                {QT_TRANSLATE_NOOP("Catalog", "List the CAs in the enterprise NTAuth store and confirm that "
                                              "the issuing CA is there"),
                 "certutil -enterprise -store NTAuth"},
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                {QT_TRANSLATE_NOOP("Catalog", "If it is missing, publish the issuing CA certificate to "
                                              "NTAuth (as an Enterprise Admin)"),
                 "certutil -dspublish -f issuingca.cer NTAuthCA"},
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the user certificate as the DC sees it, "
                                              "fetching the AIA and CDP URLs"),
                 "certutil -verify -urlfetch user.cer"},
                //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                {QT_TRANSLATE_NOOP("Catalog", "Refresh Group Policy on the DC so that the root and NTAuth "
                                              "copies are updated, then retry"),
                 "gpupdate /force"},
            },
            {
                {Family::NtStatus, "STATUS_ISSUING_CA_UNTRUSTED", 0xC000038Au,
                 //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                 QT_TRANSLATE_NOOP("Catalog", "The broader 'certificate not trusted' refusal for the same "
                                              "logon.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                 QT_TRANSLATE_NOOP("Catalog", "The mirror case: the client does not trust the CA of the DC's "
                                              "certificate.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED (sspi 0x80090352)
                 QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an untrusted chain.")},
            },
        },
        {
            Family::Sspi, 0x80090353u, "SEC_E_REVOCATION_OFFLINE_C", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the smartcard certificate used for authentication could not be "
            "determined. Please contact your system administrator.",
            //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
            QT_TRANSLATE_NOOP("Catalog", "The DC could not find out whether the smart card certificate is "
                                         "revoked (CRL or OCSP unreachable or expired)."),
            //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
            QT_TRANSLATE_NOOP("Catalog", "Smart card logon requires the KDC to confirm that the user's "
                                         "certificate is not revoked. When the certificate's CRL "
                                         "distribution points or OCSP responder cannot be reached from the "
                                         "domain controller, or the only CRL it can get has expired, the KDC "
                                         "refuses the logon (failure code 0x49 or 0x4A on the DC). The user "
                                         "sees it at the logon screen; the cause is almost always on the "
                                         "path between the DC and the PKI."),
            {
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's CRL has passed its Next Update date because "
                                             "the CA stopped publishing (service down, publishing job "
                                             "failing)"),
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                QT_TRANSLATE_NOOP("Catalog", "The DC cannot reach the CDP URL in the certificate: HTTP "
                                             "blocked by a firewall or proxy, or an LDAP CDP pointing at a "
                                             "removed CA object"),
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                QT_TRANSLATE_NOOP("Catalog", "The offline root CA's CRL has expired, so the issuing CA's own "
                                             "certificate cannot be checked"),
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                QT_TRANSLATE_NOOP("Catalog", "The certificate has no CDP or OCSP location at all, as with "
                                             "some third-party or home-built PKIs"),
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                QT_TRANSLATE_NOOP("Catalog", "The certificate refers to a delta CRL that is not published"),
            },
            {
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the user certificate and note which URL "
                                              "fails"),
                 "certutil -verify -urlfetch user.cer"},
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, after a failed logon, read the CAPI2 revocation "
                                              "events (41, 53): they name the CRL or OCSP URL that could not "
                                              "be reached"),
                 "wevtutil qe Microsoft-Windows-CAPI2/Operational /q:\"*[System[(EventID=41 or EventID=53)]]\" /c:20 /rd:true /f:text", Guide::Capi2Logging},
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                {QT_TRANSLATE_NOOP("Catalog", "On the issuing CA, publish a fresh CRL and make sure it "
                                              "reaches every CDP location"),
                 "certutil -CRL"},
                //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                {QT_TRANSLATE_NOOP("Catalog", "Only as a stopgap while the PKI is fixed: the DWORD "
                                              "UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under "
                                              "HKLM\\SYSTEM\\CurrentControlSet\\Services\\Kdc makes the KDC "
                                              "accept a revocation status it cannot determine; remove it "
                                              "afterwards"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\Kdc /v UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors /t REG_DWORD /d 1 /f"},
            },
            {
                {Family::NtStatus, "STATUS_REVOCATION_OFFLINE_C", 0xC000038Bu,
                 //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_KDC", 0,
                 //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                 QT_TRANSLATE_NOOP("Catalog", "The same failure on the client while it checks the DC's "
                                              "certificate.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0,
                 //: SEC_E_REVOCATION_OFFLINE_C (sspi 0x80090353)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the check works and finds the "
                                              "certificate revoked.")},
            },
        },
        {
            Family::Sspi, 0x80090354u, "SEC_E_PKINIT_CLIENT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication was not trusted. Please contact your system "
            "administrator.",
            //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller did not trust the certificate presented for "
                                         "smart card (PKINIT) logon."),
            //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
            QT_TRANSLATE_NOOP("Catalog", "The KDC rejected the certificate in the PKINIT pre-authentication "
                                         "request (Kerberos error KDC_ERR_CLIENT_NOT_TRUSTED, 0x3E, in the "
                                         "DC's failed ticket request events). It is the broad trust failure "
                                         "of certificate logon: NTAuth, chain, key usage and revocation "
                                         "problems can all end here. The logon screen on the client shows "
                                         "it; the reason is found on the domain controller."),
            {
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA is missing from the enterprise NTAuth store, or "
                                             "the DC's local copy of NTAuth is out of date"),
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                QT_TRANSLATE_NOOP("Catalog", "The root or an intermediate CA of the user certificate is not "
                                             "trusted on the DC"),
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                QT_TRANSLATE_NOOP("Catalog", "The DC could not check revocation for the certificate (CDP or "
                                             "OCSP unreachable, CRL expired)"),
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                QT_TRANSLATE_NOOP("Catalog", "The certificate lacks a key usage or EKU that the DC accepts "
                                             "for logon (Smart Card Logon or Client Authentication)"),
            },
            {
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the chain of the card certificate"),
                 "certutil -scinfo"},
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                {QT_TRANSLATE_NOOP("Catalog", "Confirm that the issuing CA is in the enterprise NTAuth store"),
                 "certutil -enterprise -store NTAuth"},
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the failed ticket requests for the user; "
                                              "failure code 0x3E confirms an untrusted certificate"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC events: event 21 gives the chain "
                                              "status of a rejected client certificate, events 39 to 41 "
                                              "point at certificate mapping (KB5014754)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the certificate with URL retrieval to see "
                                              "both the trust and the revocation result"),
                 "certutil -verify -urlfetch user.cer"},
            },
            {
                {Family::NtStatus, "STATUS_PKINIT_CLIENT_FAILURE", 0xC000038Cu,
                 //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                 QT_TRANSLATE_NOOP("Catalog", "The more specific case: the issuing CA chain is the problem.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                 QT_TRANSLATE_NOOP("Catalog", "The more specific case: the revocation check could not run.")},
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 //: SEC_E_PKINIT_CLIENT_FAILURE (sspi 0x80090354)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the certificate is trusted but names the wrong "
                                              "account.")},
            },
        },
        {
            Family::Sspi, 0x80090355u, "SEC_E_SMARTCARD_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has expired. Please contact your system "
            "administrator.",
            //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
            QT_TRANSLATE_NOOP("Catalog", "The logon certificate on the user's smart card is outside its "
                                         "validity period, so the DC refuses it."),
            //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller checked the validity dates of the "
                                         "certificate used for smart card, virtual smart card or Windows "
                                         "Hello for Business certificate-trust logon and found it expired "
                                         "(or not yet valid). The user sees the refusal at the logon or "
                                         "unlock screen. Cached logons can still work while the machine is "
                                         "offline, which hides the problem until it talks to a DC again."),
            {
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                QT_TRANSLATE_NOOP("Catalog", "The certificate passed its NotAfter date without renewal "
                                             "(automatic renewal needs the card inserted during a logon "
                                             "before expiry)"),
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                QT_TRANSLATE_NOOP("Catalog", "The card holds a renewed certificate and the expired one, and "
                                             "the expired one is picked at the logon screen"),
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate or issuing CA certificate in the chain has "
                                             "expired, which makes the whole chain time-invalid"),
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                QT_TRANSLATE_NOOP("Catalog", "The DC's or the client's clock is far off, so a valid "
                                             "certificate looks expired or not yet valid"),
            },
            {
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificates on the card with their validity dates"),
                 "certutil -scinfo"},
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                {QT_TRANSLATE_NOOP("Catalog", "List the user's certificates with their expiry dates (smart "
                                              "card certificates are copied into the user's personal store)"),
                 "certutil -user -store My"},
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the DC's clock with the client's"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5"},
                //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                {QT_TRANSLATE_NOOP("Catalog", "Renew or re-enroll the certificate through the CA or the card "
                                              "management system, then remove the expired one from the card"),
                 "certutil -scinfo"},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_CERT_EXPIRED", 0xC000038Du,
                 //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                 QT_TRANSLATE_NOOP("Catalog", "The same check failing on the domain controller's own "
                                              "certificate.")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                 QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an expired certificate.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0,
                 //: SEC_E_SMARTCARD_CERT_EXPIRED (sspi 0x80090355)
                 QT_TRANSLATE_NOOP("Catalog", "The other usual reason why a card certificate stops working.")},
            },
        },
        {
            Family::Sspi, 0x80090358u, "SEC_E_REVOCATION_OFFLINE_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the domain controller certificate used for smartcard authentication "
            "could not be determined. There is additional information in the system event log. Please "
            "contact your system administrator.",
            //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
            QT_TRANSLATE_NOOP("Catalog", "The client could not check whether the domain controller's "
                                         "certificate is revoked, so it stopped the smart card logon."),
            //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
            QT_TRANSLATE_NOOP("Catalog", "In PKINIT the client also validates the DC's KDC certificate, "
                                         "including its revocation status. If the client cannot reach the "
                                         "CRL or OCSP locations named in that certificate, or gets only an "
                                         "expired CRL, it aborts the logon and reports this code. It is "
                                         "typical of machines that log on before they can reach the PKI: "
                                         "laptops off-site, VPN connected only after logon, or isolated "
                                         "network segments."),
            {
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach the HTTP CDP or OCSP responder of the "
                                             "DC certificate: off-site, VPN not up yet, or a proxy or "
                                             "firewall blocks it before logon"),
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                QT_TRANSLATE_NOOP("Catalog", "The DC certificate only has an LDAP CDP, which clients outside "
                                             "the network or in another forest cannot read"),
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's CRL has expired because publication failed"),
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                QT_TRANSLATE_NOOP("Catalog", "No WinHTTP proxy is set for the machine, so system components "
                                             "cannot fetch CRLs even though the browser can"),
            },
            {
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                {QT_TRANSLATE_NOOP("Catalog", "Export the DC certificate and verify it on the client with "
                                              "URL retrieval"),
                 "certutil -verify -urlfetch dc01.cer"},
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                {QT_TRANSLATE_NOOP("Catalog", "Check the proxy that system components use"),
                 "netsh winhttp show proxy"},
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, read the CAPI2 revocation events (41, 53) for "
                                              "the URL of the DC certificate's CRL that failed"),
                 "wevtutil qe Microsoft-Windows-CAPI2/Operational /q:\"*[System[(EventID=41 or EventID=53)]]\" /c:20 /rd:true /f:text", Guide::Capi2Logging},
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificates of all DCs validate, revocation "
                                              "included"),
                 "certutil -dcinfo verify"},
                //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                {QT_TRANSLATE_NOOP("Catalog", "Only as a stopgap on clients: the DWORD "
                                              "UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under "
                                              "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters; "
                                              "fix CRL publication and reachability instead"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors /t REG_DWORD /d 1 /f"},
            },
            {
                {Family::NtStatus, "STATUS_REVOCATION_OFFLINE_KDC", 0xC000040Cu,
                 //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                 QT_TRANSLATE_NOOP("Catalog", "The same failure on the DC while it checks the user's "
                                              "certificate.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0,
                 //: SEC_E_REVOCATION_OFFLINE_KDC (sspi 0x80090358)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the check works and finds the DC "
                                              "certificate revoked.")},
            },
        },
        {
            Family::Sspi, 0x80090359u, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the domain controller "
            "certificate used for authentication. There is additional information in the system event log. "
            "Please contact your system administrator.",
            //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
            QT_TRANSLATE_NOOP("Catalog", "The client does not trust the CA that issued the domain "
                                         "controller's certificate, so certificate logon stops."),
            //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
            QT_TRANSLATE_NOOP("Catalog", "During smart card or Windows Hello for Business logon the client "
                                         "validates the DC's KDC certificate and could not chain it to a "
                                         "root in its own Trusted Root store. The client reports it. It is "
                                         "common on devices that do not receive the enterprise root through "
                                         "Group Policy, such as Microsoft Entra ID-joined devices using "
                                         "Hello for Business to reach on-premises resources, and after DCs "
                                         "switch to certificates from a new CA."),
            {
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                QT_TRANSLATE_NOOP("Catalog", "The enterprise root CA is not in the client's Trusted Root "
                                             "Certification Authorities store (workgroup or Entra ID-joined "
                                             "device without an Intune trusted certificate profile)"),
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                QT_TRANSLATE_NOOP("Catalog", "The DC's certificate comes from a different CA (new or "
                                             "third-party) than the one the clients trust"),
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate is missing on the client and "
                                             "its AIA URL is not reachable"),
            },
            {
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                {QT_TRANSLATE_NOOP("Catalog", "List and verify the certificates that each DC offers"),
                 "certutil -dcinfo verify"},
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look at its machine certificates and note the "
                                              "issuer of the KDC certificate"),
                 "certutil -store My"},
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, verify the exported DC certificate"),
                 "certutil -verify -urlfetch dc01.cer"},
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                {QT_TRANSLATE_NOOP("Catalog", "Check the client's Trusted Root store for the enterprise root "
                                              "CA"),
                 "certutil -store Root"},
                //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                {QT_TRANSLATE_NOOP("Catalog", "Deploy the root and intermediate CA certificates to the "
                                              "clients by Group Policy or an Intune trusted certificate "
                                              "profile"),
                 "certutil -dspublish -f ContosoRootCA.cer RootCA"},
            },
            {
                {Family::NtStatus, "STATUS_ISSUING_CA_UNTRUSTED_KDC", 0xC000040Du,
                 //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                 QT_TRANSLATE_NOOP("Catalog", "The mirror case: the DC does not trust the CA of the user's "
                                              "certificate.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                 QT_TRANSLATE_NOOP("Catalog", "Another reason why the client rejects the DC's certificate.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_ISSUING_CA_UNTRUSTED_KDC (sspi 0x80090359)
                 QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an untrusted chain.")},
            },
        },
        {
            Family::Sspi, 0x8009035Au, "SEC_E_KDC_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for smartcard logon has expired. Please contact your "
            "system administrator with the contents of your system event log.",
            //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller's own certificate, used for smart card "
                                         "logon, has expired."),
            //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
            QT_TRANSLATE_NOOP("Catalog", "Clients validate the DC's KDC certificate during PKINIT, and this "
                                         "one is past its validity period. Every smart card and Hello for "
                                         "Business certificate logon against that DC fails while password "
                                         "logons keep working, which looks random when only some DCs are "
                                         "affected. The client reports it; the fix is on the DC."),
            {
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                QT_TRANSLATE_NOOP("Catalog", "Autoenrollment on the DC stopped renewing its Kerberos "
                                             "Authentication (or Domain Controller Authentication) "
                                             "certificate: CA unreachable, template permissions changed or "
                                             "template no longer issued"),
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                QT_TRANSLATE_NOOP("Catalog", "The DC was offline for a long time or restored from an old "
                                             "backup, and its certificate lapsed"),
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's own certificate expired, taking the DC "
                                             "certificates it issued with it"),
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                QT_TRANSLATE_NOOP("Catalog", "The DC holds several certificates and still selects an expired "
                                             "one"),
            },
            {
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates of every DC with their validation status"),
                 "certutil -dcinfo verify"},
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check the machine store with validation"),
                 "certutil -verifystore My"},
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, trigger autoenrollment to renew the certificate"),
                 "certutil -pulse"},
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the autoenrollment errors in the Application "
                                              "log"),
                 "wevtutil qe Application /q:\"*[System[Provider[@Name='Microsoft-Windows-CertificateServicesClient-AutoEnrollment']]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                {QT_TRANSLATE_NOOP("Catalog", "Once a valid certificate is in place, delete the expired one "
                                              "from the DC's machine store"),
                 "certutil -delstore My <serial number of the expired certificate>"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_CERT_EXPIRED", 0xC000040Eu,
                 //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0,
                 //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                 QT_TRANSLATE_NOOP("Catalog", "The other way the DC's certificate becomes unusable.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 //: SEC_E_KDC_CERT_EXPIRED (sspi 0x8009035A)
                 QT_TRANSLATE_NOOP("Catalog", "The same check failing on the user's certificate.")},
            },
        },
        {
            Family::Sspi, 0x8009035Bu, "SEC_E_KDC_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for smartcard logon has been revoked. Please contact "
            "your system administrator with the contents of your system event log.",
            //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
            QT_TRANSLATE_NOOP("Catalog", "The client found the domain controller's certificate revoked and "
                                         "refused the smart card logon."),
            //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
            QT_TRANSLATE_NOOP("Catalog", "During PKINIT the client checked the revocation status of the DC's "
                                         "KDC certificate and found it on the CA's revocation list. "
                                         "Certificate logons against that DC fail while password logons "
                                         "work. The client reports it; the DC must get a new, valid "
                                         "certificate."),
            {
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                QT_TRANSLATE_NOOP("Catalog", "The DC certificate was revoked (DC rename, demotion clean-up, "
                                             "re-keying, compromise response) while the DC still uses it"),
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                QT_TRANSLATE_NOOP("Catalog", "The DC holds a revoked older certificate next to a valid one "
                                             "and presents the revoked one"),
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                QT_TRANSLATE_NOOP("Catalog", "A bulk revocation of certificates from an old template also "
                                             "hit the DCs' certificates"),
            },
            {
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates of every DC with their validation status"),
                 "certutil -dcinfo verify"},
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check each certificate in the machine store, "
                                              "revocation included"),
                 "certutil -verifystore My"},
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                {QT_TRANSLATE_NOOP("Catalog", "Delete the revoked certificate on the DC, then trigger "
                                              "autoenrollment for a new one"),
                 "certutil -pulse"},
                //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check the KDC events about its certificate after "
                                              "the change"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_CERT_REVOKED", 0xC000040Fu,
                 //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                 QT_TRANSLATE_NOOP("Catalog", "The other way the DC's certificate becomes unusable.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_KDC", 0,
                 //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the client cannot reach the revocation "
                                              "data.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0,
                 //: SEC_E_KDC_CERT_REVOKED (sspi 0x8009035B)
                 QT_TRANSLATE_NOOP("Catalog", "The same check failing on the user's certificate.")},
            },
        },
        {
            Family::Sspi, 0x80090362u, "SEC_E_PKU2U_CERT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Negotiate | CredSsp,
            "The PKU2U protocol encountered an error while attempting to utilize the associated certificates.",
            //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
            QT_TRANSLATE_NOOP("Catalog", "PKU2U peer authentication (used between Microsoft Entra ID-joined "
                                         "devices) failed on a certificate problem."),
            //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
            QT_TRANSLATE_NOOP("Catalog", "PKU2U is a certificate-based peer-to-peer protocol, offered "
                                         "through Negotiate, that lets two devices without a common domain "
                                         "authenticate online identities. Its main use today is RDP to "
                                         "Microsoft Entra ID-joined (Azure AD-joined) machines, where both "
                                         "sides use short-lived certificates issued by "
                                         "MS-Organization-P2P-Access. When one side lacks such a certificate "
                                         "or it cannot be validated, Negotiate returns this code, usually on "
                                         "the connecting client."),
            {
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                QT_TRANSLATE_NOOP("Catalog", "The client device is not Entra ID-joined or registered in the "
                                             "same tenant, so it cannot get a P2P certificate"),
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                QT_TRANSLATE_NOOP("Catalog", "The P2P access certificate on one side has expired or was "
                                             "never issued (device out of sync with Entra ID)"),
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                QT_TRANSLATE_NOOP("Catalog", "'Network security: Allow PKU2U authentication requests to this "
                                             "computer to use online identities' is disabled on either "
                                             "machine"),
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                QT_TRANSLATE_NOOP("Catalog", "The clock of one device is far off, so the short-lived "
                                             "certificate looks invalid"),
            },
            {
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                {QT_TRANSLATE_NOOP("Catalog", "On both machines, check the join state and the tenant"),
                 "dsregcmd /status"},
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                {QT_TRANSLATE_NOOP("Catalog", "Check the PKU2U online identity setting (1 means allowed)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\pku2u /v AllowOnlineID"},
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                {QT_TRANSLATE_NOOP("Catalog", "Look for a certificate issued by MS-Organization-P2P-Access "
                                              "in the user's (and the computer's) personal store"),
                 "certutil -user -store My"},
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source and offset"),
                 "w32tm /query /status"},
                //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                {QT_TRANSLATE_NOOP("Catalog", "For RDP to Entra ID-joined machines, consider the Microsoft "
                                              "Entra sign-in option: add the line enablerdsaadauth:i:1 to "
                                              "the .rdp file, which then does not use PKU2U"),
                 "mstsc C:\\temp\\web01.rdp"},
            },
            {
                {Family::NtStatus, "STATUS_PKU2U_CERT_FAILURE", 0xC000042Fu,
                 //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_INVALID_UPN_NAME", 0,
                 //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                 QT_TRANSLATE_NOOP("Catalog", "Seen in the same RDP scenario when the user name is not in "
                                              "UPN form.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_PKU2U_CERT_FAILURE (sspi 0x80090362)
                 QT_TRANSLATE_NOOP("Catalog", "The generic logon failure that follows when PKU2U cannot be "
                                              "used.")},
            },
        },
        {
            Family::Sspi, 0x80090367u, "SEC_E_APPLICATION_PROTOCOL_MISMATCH", {}, Severity::Error,
            Category::MessagesCryptography, Schannel,
            "No common application protocol exists between the client and the server. Application protocol "
            "negotiation failed.",
            //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
            QT_TRANSLATE_NOOP("Catalog", "TLS application protocol negotiation (ALPN) failed: no protocol "
                                         "such as h2 or http/1.1 in common."),
            //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
            QT_TRANSLATE_NOOP("Catalog", "With ALPN the client lists the application protocols it speaks "
                                         "inside the TLS handshake and the server picks one. When the "
                                         "server's Schannel finds no overlap and the server application "
                                         "requires a match, the handshake fails with this code and a "
                                         "no_application_protocol alert (120) goes to the client. It appears "
                                         "with HTTP/2-only or gRPC endpoints, protocols of your own over "
                                         "TLS, and .NET services that set the ALPN list on both sides."),
            {
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                QT_TRANSLATE_NOOP("Catalog", "The client offers only h2 (gRPC, HTTP/2-only clients) while "
                                             "the server application accepts only http/1.1, or the reverse"),
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                QT_TRANSLATE_NOOP("Catalog", "Both applications set an explicit ALPN list (e.g. "
                                             "ApplicationProtocols in .NET SslStream) with different "
                                             "protocol names"),
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspecting proxy or load balancer rewrites or removes "
                                             "the ALPN extension"),
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                QT_TRANSLATE_NOOP("Catalog", "Client and server were upgraded separately and the protocol "
                                             "name changed version (e.g. myproto/2 against myproto/1)"),
            },
            {
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                {QT_TRANSLATE_NOOP("Catalog", "Check what the server selects for a given ALPN list (OpenSSL "
                                              "installed)"),
                 "openssl s_client -connect web01.contoso.com:443 -alpn h2,http/1.1"},
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                {QT_TRANSLATE_NOOP("Catalog", "On an IIS or HTTP.sys server, check whether HTTP/2 over TLS "
                                              "was disabled (EnableHttp2Tls)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters"},
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, look for alert 120 (no_application_protocol) "
                                              "in event 36888"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the ALPN lists configured in both applications; a "
                                              "packet capture of the ClientHello shows what is offered"),
                 "openssl s_client -connect web01.contoso.com:443 -alpn h2,http/1.1"},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                 QT_TRANSLATE_NOOP("Catalog", "The same kind of 'nothing in common' failure, for cipher "
                                              "suites.")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_APPLICATION_PROTOCOL_MISMATCH (sspi 0x80090367)
                 QT_TRANSLATE_NOOP("Catalog", "What the other side often reports after receiving the fatal "
                                              "alert.")},
            },
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
