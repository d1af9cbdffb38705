// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The catalog data, reviewed like code. Family, value, symbol, aliases, severity and the Windows
// message text (verbatim, kept only as a matching fingerprint) are checked against winerror.h and
// the reference tables by tst_catalog; every other text is our own English, marked for lupdate in
// context "Catalog" and translated at display time.
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted: one entry per block, long texts split where a reviewer reads them best. Adjacent
// string literals inside one QT_TRANSLATE_NOOP are one text on purpose, not a missing comma.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> sspiCodes()
{
    return {
        {
            Family::Sspi, 0x00000000u, "SEC_E_OK", {}, Severity::Success,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The operation completed successfully.",
            QT_TRANSLATE_NOOP("Catalog", "Success: the SSPI call did what was asked, and a handshake is "
                                         "complete. Not an error."),
            QT_TRANSLATE_NOOP("Catalog", "SEC_E_OK is the zero status every SSPI function returns when it "
                                         "succeeds; from InitializeSecurityContext or "
                                         "AcceptSecurityContext it marks the last leg of the handshake. "
                                         "It is not an error and needs no action by itself. "
                                         "Administrators mostly meet it as 0x00000000 next to a failure "
                                         "that happened later or in another layer."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Verbose logging (Schannel event logging, Kerberos or NTLM "
                                             "ETW traces, application debug logs) records every "
                                             "successful call, including completed handshakes"),
                QT_TRANSLATE_NOOP("Catalog", "Authentication succeeded but authorization refused the "
                                             "request later: share or file ACLs, IIS URL authorization, "
                                             "or a SQL Server login without a database user (HTTP 403, "
                                             "0x80070005)"),
                QT_TRANSLATE_NOOP("Catalog", "Negotiate completed with NTLM instead of Kerberos: the "
                                             "logon works, but the next hop to a second server fails "
                                             "because NTLM credentials cannot be delegated"),
                QT_TRANSLATE_NOOP("Catalog", "A tool prints 0x00000000 as its last SSPI status while the "
                                             "real error came from another layer (Win32, LDAP, HTTP or "
                                             "the certificate chain check)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Look for the first non-zero status after this line in the "
                                              "same thread or connection; that is the real failure"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check which package authenticated the logon: in event 4624 "
                                              "read 'Authentication Package' and 'Logon Process' "
                                              "(Kerberos or NTLM)"), "wevtutil qe Security /q:\"*[System[(EventID=4624)]]\" /c:5 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a Kerberos service ticket for the target was "
                                              "obtained; no ticket means Negotiate used NTLM"), "klist"},
                {QT_TRANSLATE_NOOP("Catalog", "If access is still denied, compare the groups in the "
                                              "user's token with the resource's ACL"), "whoami /groups"},
            },
            {
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The intermediate handshake legs that come before the final "
                                              "SEC_E_OK")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What you would see if the logon itself had been rejected")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Often reported at a second hop when an NTLM logon has "
                                              "nothing to forward")},
            },
        },
        {
            Family::Sspi, 0x00090312u, "SEC_I_CONTINUE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The function completed successfully, but must be called again to complete the context",
            QT_TRANSLATE_NOOP("Catalog", "Handshake in progress: send the output token to the peer and "
                                         "call again with its answer. Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "InitializeSecurityContext or AcceptSecurityContext returns this "
                                         "code when the exchange needs another round trip: NTLM always "
                                         "takes three messages, Kerberos with mutual authentication waits "
                                         "for the server's reply, and a TLS handshake takes several legs. "
                                         "It is not a failure; the caller sends the output token, if any, "
                                         "and waits for the peer. It only matters in a log when the "
                                         "handshake never reaches SEC_E_OK."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The handshake stalls because the peer's reply never "
                                             "arrives: a firewall, proxy or idle timeout drops the "
                                             "connection between legs"),
                QT_TRANSLATE_NOOP("Catalog", "NTLM over HTTP behind a load balancer without session "
                                             "affinity, or with keep-alive disabled, so the third NTLM "
                                             "message lands on another connection or server (endless 401 "
                                             "prompts)"),
                QT_TRANSLATE_NOOP("Catalog", "The application treats every status other than SEC_E_OK as "
                                             "an error and abandons the handshake"),
                QT_TRANSLATE_NOOP("Catalog", "The application does not send the output token, or encodes "
                                             "it wrongly, so the peer cannot continue"),
                QT_TRANSLATE_NOOP("Catalog", "A proxy or web application firewall strips or rewrites the "
                                             "Authorization and WWW-Authenticate headers"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "In the IIS log, a healthy NTLM or Negotiate logon shows "
                                              "one or two 401 responses followed by a 200 on the same "
                                              "connection; endless 401s mean the legs never complete"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Capture the traffic while reproducing the problem, then "
                                              "stop with netsh trace stop"), "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "On the load balancer, enable session persistence and "
                                              "keep-alive for sites that use Windows authentication"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Ask for the Kerberos service ticket directly to see "
                                              "whether Kerberos can work at all"), "klist get HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: send the output buffer whenever it is not "
                                              "empty, then call again on the same context handle with the "
                                              "peer's token"), nullptr},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_AND_CONTINUE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Same continuation, plus a CompleteAuthToken call first")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel variant that also allows early application data")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel: more bytes of the peer's token must be read "
                                              "before the next call")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the next call returns if the token was damaged "
                                              "between legs")},
                {Family::Sspi, "SEC_E_OK", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The final status the handshake loop should reach")},
            },
        },
        {
            Family::Sspi, 0x00090313u, "SEC_I_COMPLETE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Digest | Kerberos | Negotiate,
            "The function completed successfully, but CompleteToken must be called",
            QT_TRANSLATE_NOOP("Catalog", "The token is built but must be finished with CompleteAuthToken "
                                         "before it is sent. Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "Some exchanges, mainly Digest and DCE-style RPC authentication, "
                                         "leave the last step of building a message to the caller: the "
                                         "application finishes its message and then calls "
                                         "CompleteAuthToken on the context. It is not a failure, and no "
                                         "further handshake call follows. Administrators only meet it in "
                                         "traces of custom or older applications; WinHTTP, IIS and the "
                                         "RPC runtime handle it internally."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Digest authentication (HTTP or SASL) where the response can "
                                             "only be completed once the request is final"),
                QT_TRANSLATE_NOOP("Catalog", "DCE-style RPC authentication, which needs the extra "
                                             "completion step"),
                QT_TRANSLATE_NOOP("Catalog", "A custom application that ignores this code and sends an "
                                             "unfinished token, so the server rejects it"),
                QT_TRANSLATE_NOOP("Catalog", "An SSPI wrapper that expects only SEC_E_OK or "
                                             "SEC_I_CONTINUE_NEEDED and logs this success code as an "
                                             "error"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check in the application's trace that CompleteAuthToken is "
                                              "called right after this code and before the token is sent"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "If the server then rejects the logon, read the reason on "
                                              "the server or DC that checked it"), "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "For IIS sites, check whether Digest authentication is "
                                              "enabled"), "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/digestAuthentication"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: treat SEC_I_COMPLETE_NEEDED and "
                                              "SEC_I_COMPLETE_AND_CONTINUE as success codes in the "
                                              "handshake loop"), nullptr},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_AND_CONTINUE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Same completion step, followed by another handshake leg")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The common continuation code that needs no completion step")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the peer may return when an unfinished token is sent")},
            },
        },
        {
            Family::Sspi, 0x00090314u, "SEC_I_COMPLETE_AND_CONTINUE", {}, Severity::Informational,
            Category::SuccessContinuation, Digest | Kerberos | Negotiate,
            "The function completed successfully, but both CompleteToken and this function must be called to complete the context",
            QT_TRANSLATE_NOOP("Catalog", "Finish the token with CompleteAuthToken, send it, then call "
                                         "again with the peer's reply. Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "This code combines SEC_I_COMPLETE_NEEDED and "
                                         "SEC_I_CONTINUE_NEEDED: the caller completes the token, sends it "
                                         "to the peer and expects another token back. It is not a "
                                         "failure. It appears with Digest and DCE-style RPC exchanges and "
                                         "is normally handled inside the RPC runtime or the HTTP stack."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Digest or DCE-style RPC authentication in progress; seeing "
                                             "it once per connection is expected"),
                QT_TRANSLATE_NOOP("Catalog", "A custom handshake loop that performs only one of the two "
                                             "actions (skips CompleteAuthToken, or stops calling), "
                                             "leaving the context half built"),
                QT_TRANSLATE_NOOP("Catalog", "The code repeats without an eventual SEC_E_OK because the "
                                             "peer's reply is lost or the peer rejects the completed "
                                             "token"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the application calls CompleteAuthToken and "
                                              "then calls the handshake function again with the peer's "
                                              "token"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "For RPC or DCOM problems, read the DCOM errors logged at "
                                              "the same time"), "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-DistributedCOM']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Capture the traffic while reproducing the problem, then "
                                              "stop with netsh trace stop"), "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Completion step without a further handshake leg")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Further handshake leg without a completion step")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the peer may return when an unfinished token is sent")},
            },
        },
        {
            Family::Sspi, 0x00090315u, "SEC_I_LOCAL_LOGON", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate,
            "The logon was completed, but no network authority was available. The logon was made using locally known information",
            QT_TRANSLATE_NOOP("Catalog", "Logon succeeded with cached credentials because no domain "
                                         "controller answered. Not a failure, but no DC checked the "
                                         "account."),
            QT_TRANSLATE_NOOP("Catalog", "When a domain member cannot reach any domain controller at "
                                         "logon, Windows can check the password against the cached logon "
                                         "information and let the user in. This is not a failure, but the "
                                         "DC did not check the account state (password changes, lockout, "
                                         "group changes) and no Kerberos TGT was issued yet. It is "
                                         "reported on the client and is common on laptops that log on "
                                         "before the VPN or Wi-Fi is up."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A laptop logging on away from the network, before the VPN "
                                             "or Wi-Fi connects (expected for mobile users)"),
                QT_TRANSLATE_NOOP("Catalog", "The network is not ready at logon time (slow NIC driver, "
                                             "802.1X authentication) while fast logon optimisation lets "
                                             "the logon proceed"),
                QT_TRANSLATE_NOOP("Catalog", "Client DNS points to a non-AD resolver, so the DC locator "
                                             "cannot find a domain controller"),
                QT_TRANSLATE_NOOP("Catalog", "A firewall or the site design blocks Kerberos (88), LDAP "
                                             "(389) or SMB (445) from the client to every DC"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for "
                                              "the domain"), "nltest /dsgetdc:contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which DNS servers the client uses; they must be AD "
                                              "DNS servers"), "ipconfig /all"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the session has a Kerberos TGT now that the "
                                              "network is up"), "klist tgt"},
                {QT_TRANSLATE_NOOP("Catalog", "After connecting, lock and unlock the session (or sign out "
                                              "and in) so a DC checks the logon and issues a TGT"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "To make desktops wait for the network, enable the policy "
                                              "'Always wait for the network at computer startup and "
                                              "logon'"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What you get instead when no cached logon can be used")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos requests can fail this way while the session has "
                                              "no TGT")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Once a DC answers, a password changed elsewhere is "
                                              "rejected")},
            },
        },
        {
            Family::Sspi, 0x00090316u, "SEC_I_GENERIC_EXTENSION_RECEIVED", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "Schannel has received a TLS extension the SSPI caller subscribed to.",
            QT_TRANSLATE_NOOP("Catalog", "Schannel received a TLS extension the application asked to see; "
                                         "read it and continue. Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "Recent Windows versions let an application subscribe to TLS "
                                         "extensions that Schannel does not process itself, such as the "
                                         "QUIC transport parameters. When such an extension arrives "
                                         "during the handshake, Schannel passes it to the caller with "
                                         "this code; the caller reads it and calls again. It is not a "
                                         "failure and is seen mainly with MsQuic (HTTP/3, SMB over QUIC) "
                                         "and other QUIC stacks built on Schannel."),
            {
                QT_TRANSLATE_NOOP("Catalog", "QUIC handshakes (HTTP/3 in HTTP.sys, SMB over QUIC, "
                                             "MsQuic-based applications) that receive the transport "
                                             "parameters this way"),
                QT_TRANSLATE_NOOP("Catalog", "An application that subscribed to an extension but does not "
                                             "handle this code, so it aborts a healthy handshake"),
                QT_TRANSLATE_NOOP("Catalog", "The buffer for the extension data is too small, which turns "
                                             "into SEC_E_EXT_BUFFER_TOO_SMALL"),
                QT_TRANSLATE_NOOP("Catalog", "The peers disagree on QUIC or extension support, and the "
                                             "handshake then ends with a TLS alert instead of SEC_E_OK"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the Windows build: subscribing to TLS extensions "
                                              "needs Windows 11 or Windows Server 2022 or later"), "Get-ComputerInfo -Property OsName,OsBuildNumber"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "For HTTP/3 served by HTTP.sys, check whether it is enabled"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters\" /v EnableHttp3"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: after reading the extension data, continue the "
                                              "loop as for SEC_I_CONTINUE_NEEDED"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The buffer given for the extension data was too small")},
                {Family::Sspi, "SEC_E_APPLICATION_PROTOCOL_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another handshake failure rooted in TLS extensions (ALPN)")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Also met in QUIC handshakes over Schannel")},
            },
        },
        {
            Family::Sspi, 0x00090317u, "SEC_I_CONTEXT_EXPIRED", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel | CredSsp,
            "The context has expired and can no longer be used.",
            QT_TRANSLATE_NOOP("Catalog", "The peer closed the TLS session with close_notify. The normal "
                                         "end of a connection, not an error, unless it comes too early."),
            QT_TRANSLATE_NOOP("Catalog", "DecryptMessage returns this code when the other side sends a "
                                         "TLS close_notify alert to end the session. It is not a failure: "
                                         "the application stops reading, optionally sends its own "
                                         "close_notify and closes the socket. It becomes a symptom only "
                                         "when the peer closes before the expected request or response "
                                         "has been exchanged."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The server closed an idle keep-alive connection (HTTP.sys, "
                                             "IIS or load balancer timeout) and the client tried to reuse "
                                             "it"),
                QT_TRANSLATE_NOOP("Catalog", "The server ends the session just after the handshake "
                                             "because it rejected the client at application level, for "
                                             "example a missing or unmapped client certificate or an IP "
                                             "restriction"),
                QT_TRANSLATE_NOOP("Catalog", "A load balancer or TLS-offloading proxy closes back-end "
                                             "sessions early"),
                QT_TRANSLATE_NOOP("Catalog", "Application code that does not expect this code logs it as "
                                             "an error or keeps reading from a finished session"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Compare the time of the close with the server's idle "
                                              "timeouts"), "netsh http show timeout"},
                {QT_TRANSLATE_NOOP("Catalog", "In a capture, check which side sends the TLS alert first"), "tshark -r C:\\temp\\auth.pcapng -Y \"tls.record.content_type == 21\""},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: on this code, finish the shutdown and open a "
                                              "new connection instead of reusing the context"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Error form: the context was used after it expired or was "
                                              "shut down")},
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other out-of-band event DecryptMessage reports")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Not a close: more bytes must be read before decrypting")},
            },
        },
        {
            Family::Sspi, 0x00090320u, "SEC_I_INCOMPLETE_CREDENTIALS", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The credentials supplied were not complete, and could not be verified. Additional information can be returned from the context.",
            QT_TRANSLATE_NOOP("Catalog", "The TLS server asked for a client certificate and none suitable "
                                         "was supplied yet. Not an error by itself; the client must "
                                         "decide."),
            QT_TRANSLATE_NOOP("Catalog", "During a Schannel handshake the server sent a certificate "
                                         "request, but the client's credential holds no certificate "
                                         "issued by a CA the server trusts. This is not a failure yet: "
                                         "the client can acquire a credential with a certificate and call "
                                         "InitializeSecurityContext again, or continue without one and "
                                         "let the server decide. It is reported on the client and usually "
                                         "ends with the server rejecting the connection when client "
                                         "certificates are required."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The site or service requires or accepts client certificates "
                                             "(IIS SSL settings, an HTTP.sys binding, a VPN or RADIUS "
                                             "server) and the client has none"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate is in the wrong store: the current user's "
                                             "store while the application runs as a service or "
                                             "LocalSystem, or the other way round"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate lacks the Client Authentication EKU, has no "
                                             "private key, or the calling account cannot open its key"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate's issuing CA is not in the list of trusted "
                                             "issuers the server sends, so Schannel does not offer it"),
                QT_TRANSLATE_NOOP("Catalog", "The application does not handle this code and aborts "
                                             "instead of retrying with a certificate or continuing "
                                             "without one"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the user's certificates that have a private key and "
                                              "the Client Authentication EKU"), "Get-ChildItem Cert:\\CurrentUser\\My -EKU \"Client Authentication\" | Where-Object HasPrivateKey"},
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificate bindings of HTTP.sys, including "
                                              "'Negotiate Client Certificate'"), "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "See which CA names the server lists in its certificate "
                                              "request"), "openssl s_client -connect web01.contoso.com:443 -showcerts"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The error form when the credentials cannot be completed")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No certificate or other credential was found at all")},
                {Family::Sspi, "SEC_E_CERT_WRONG_USAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The certificate offered lacks the Client Authentication "
                                              "usage")},
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "IIS often asks for the client certificate through "
                                              "renegotiation")},
            },
        },
        {
            Family::Sspi, 0x00090321u, "SEC_I_RENEGOTIATE", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The context data must be renegotiated with the peer.",
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer sent handshake data after the handshake "
                                         "(renegotiation or a TLS 1.3 message). Not an error; process it."),
            QT_TRANSLATE_NOOP("Catalog", "DecryptMessage returns this code when the data received is not "
                                         "application data but a new handshake message: a TLS 1.2 "
                                         "renegotiation request or, with TLS 1.3, a post-handshake "
                                         "message such as a session ticket or key update. It is not a "
                                         "failure: the application passes the extra data to "
                                         "InitializeSecurityContext or AcceptSecurityContext and then "
                                         "resumes reading. Problems start when an application does not "
                                         "implement this path."),
            {
                QT_TRANSLATE_NOOP("Catalog", "TLS 1.3 servers send session tickets right after the "
                                             "handshake; Schannel loops written for TLS 1.2 fail on the "
                                             "unexpected code (common after moving to Windows 11 or "
                                             "Windows Server 2022)"),
                QT_TRANSLATE_NOOP("Catalog", "IIS asks for a client certificate on one path by "
                                             "renegotiating the TLS 1.2 session after reading the request"),
                QT_TRANSLATE_NOOP("Catalog", "The peer refuses to renegotiate (HTTP/2, TLS 1.3, or "
                                             "renegotiation disabled), which ends the connection"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the binding requests client certificates in "
                                              "the initial handshake, which avoids renegotiation"), "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "If it does not, recreate the binding with "
                                              "clientcertnegotiation=enable (netsh http delete sslcert, "
                                              "then netsh http add sslcert)"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel renegotiation settings"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\" /v AllowInsecureRenegoClients"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: on this code, call the handshake function "
                                              "again with the extra data as input, then continue reading"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_I_NO_RENEGOTIATION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The peer's answer when it declines to renegotiate")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Often follows when the renegotiation asks for a client "
                                              "certificate")},
                {Family::Sspi, "SEC_I_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other out-of-band event DecryptMessage reports")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the context is used again after this code was "
                                              "mishandled")},
            },
        },
        {
            Family::Sspi, 0x00090323u, "SEC_I_NO_LSA_CONTEXT", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate,
            "There is no LSA mode context associated with this context.",
            QT_TRANSLATE_NOOP("Catalog", "Internal: the context was exported or imported, so there is no "
                                         "LSA half to delete. Not an error."),
            QT_TRANSLATE_NOOP("Catalog", "Security packages keep a context partly in the application's "
                                         "process and partly inside LSA (lsass.exe). After "
                                         "ExportSecurityContext and ImportSecurityContext move a context "
                                         "to another process, that copy has no LSA half, and the package "
                                         "reports this code internally when the copy is deleted so that "
                                         "SSPI skips the LSA clean-up. It is not a failure, and "
                                         "applications normally never see it because "
                                         "DeleteSecurityContext then returns SEC_E_OK."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A service that hands authenticated contexts to worker "
                                             "processes with ExportSecurityContext and "
                                             "ImportSecurityContext deleting the imported copy"),
                QT_TRANSLATE_NOOP("Catalog", "A debug or ETW trace of the security packages recording the "
                                             "internal status"),
                QT_TRANSLATE_NOOP("Catalog", "A third-party SSPI wrapper passing the internal status on "
                                             "instead of treating it as success"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Treat the line as informational and look for the first "
                                              "SEC_E_ error on the same connection"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "If the imported context fails later, check that the "
                                              "exporting process did not delete or reuse it first"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or SSPI wrapper if it reports this "
                                              "code as an error"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What follows if a context is used after its owner deleted "
                                              "it")},
                {Family::Sspi, "SEC_E_NO_CONTEXT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The context the caller refers to does not exist")},
            },
        },
        {
            Family::Sspi, 0x0009035Cu, "SEC_I_SIGNATURE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Negotiate,
            "A signature operation must be performed before the user can authenticate.",
            QT_TRANSLATE_NOOP("Catalog", "A signature with the user's private key is needed before "
                                         "authentication can go on. Not an error; rare and internal."),
            QT_TRANSLATE_NOOP("Catalog", "This informational code belongs to certificate-based logons, "
                                         "where the package needs the user's private key (on a smart card "
                                         "or in a key storage provider) to sign data before it can build "
                                         "its next message. It is not a failure; it asks the caller or "
                                         "the credential UI to perform the signature and continue. No "
                                         "widely used API documents returning it to applications, so it "
                                         "normally appears only in traces of smart card or certificate "
                                         "logons."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A smart card or certificate logon (Kerberos PKINIT, Windows "
                                             "Hello for Business) waiting for the card or key to sign"),
                QT_TRANSLATE_NOOP("Catalog", "The smart card was removed, its PIN is blocked, or the card "
                                             "middleware does not answer, so the signature never happens "
                                             "and the logon times out"),
                QT_TRANSLATE_NOOP("Catalog", "A custom credential provider or SSPI wrapper that does not "
                                             "handle this code"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the card, its reader and its logon certificate "
                                              "are visible and usable"), "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Smart Card service is running"), "sc query SCardSvr"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC errors logged at the same time"), "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Error when the smart card logon certificate cannot be used")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The account may only log on with a smart card")},
            },
        },
        {
            Family::Sspi, 0x00090360u, "SEC_I_NO_RENEGOTIATION", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The recipient rejected the renegotiation request.",
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer declined a renegotiation request (no_renegotiation "
                                         "alert). Not an error by itself."),
            QT_TRANSLATE_NOOP("Catalog", "When one side asks to renegotiate a TLS 1.2 session, the other "
                                         "may answer with a no_renegotiation warning, which Schannel "
                                         "reports with this code. It is not a failure: the existing "
                                         "session stays usable, but whatever the renegotiation was for, "
                                         "typically a client certificate request, did not happen. A "
                                         "server that relied on it then usually rejects the request."),
            {
                QT_TRANSLATE_NOOP("Catalog", "IIS or HTTP.sys tried to request a client certificate "
                                             "mid-connection and the client refused"),
                QT_TRANSLATE_NOOP("Catalog", "The client does not support secure renegotiation (RFC 5746) "
                                             "or has renegotiation disabled"),
                QT_TRANSLATE_NOOP("Catalog", "The connection uses TLS 1.3 or HTTP/2, neither of which "
                                             "allows renegotiation"),
                QT_TRANSLATE_NOOP("Catalog", "An application renegotiates to refresh keys on long "
                                             "connections and the peer does not allow it"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the binding requests client certificates in "
                                              "the initial handshake, which avoids renegotiation"), "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "For IIS, require client certificates for the whole site "
                                              "instead of single paths so no mid-connection renegotiation "
                                              "is needed"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel renegotiation settings on the server"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\" /v AllowInsecureRenegoServers"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The renegotiation request that was declined")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate the renegotiation was meant to "
                                              "obtain")},
            },
        },
        {
            Family::Sspi, 0x00090364u, "SEC_I_MESSAGE_FRAGMENT", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The returned buffer is only a fragment of the message.  More fragments need to be returned.",
            QT_TRANSLATE_NOOP("Catalog", "Schannel returned only part of a handshake message; send it and "
                                         "call again for the rest. Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "With DTLS (TLS over UDP) a handshake flight can be larger than "
                                         "the path MTU, so Schannel hands it out in fragments. Each call "
                                         "returns one fragment with this code; the caller sends it and "
                                         "calls again until the whole flight is out. It is not a failure "
                                         "and is seen only with applications that use DTLS."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A large DTLS handshake flight, typically a long certificate "
                                             "chain, split to fit the configured MTU"),
                QT_TRANSLATE_NOOP("Catalog", "An application that does not loop on this code and waits "
                                             "for input instead, so the handshake stalls with "
                                             "SEC_E_INCOMPLETE_MESSAGE"),
                QT_TRANSLATE_NOOP("Catalog", "A path MTU smaller than configured, or UDP fragments "
                                             "dropped by a firewall, so the peer never reassembles the "
                                             "flight"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the MTU of the interfaces on the path"), "netsh interface ipv4 show subinterfaces"},
                {QT_TRANSLATE_NOOP("Catalog", "Keep the server's certificate chain short; check what it "
                                              "contains"), "certutil -verify -urlfetch server.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: keep calling the handshake function until it "
                                              "returns something other than SEC_I_MESSAGE_FRAGMENT, "
                                              "sending each fragment"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What a broken fragment loop usually turns into")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned once the whole flight has been handed out")},
            },
        },
        {
            Family::Sspi, 0x00090366u, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The function completed successfully, but must be called again to complete the context.  Early start can be used.",
            QT_TRANSLATE_NOOP("Catalog", "Handshake not finished, but application data may already be "
                                         "sent (early start). Normal flow, not an error."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this variant of SEC_I_CONTINUE_NEEDED when the "
                                         "handshake needs another leg but the keys for application data "
                                         "are already available, so the caller may start sending early. "
                                         "It is not a failure; callers handle it like "
                                         "SEC_I_CONTINUE_NEEDED and may also send data. It is seen mainly "
                                         "with QUIC stacks such as MsQuic and with TLS 1.3."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A TLS 1.3 or QUIC handshake on Windows 11, Windows Server "
                                             "2022 or later, where data keys are ready before the "
                                             "handshake ends"),
                QT_TRANSLATE_NOOP("Catalog", "An older Schannel loop that only knows "
                                             "SEC_I_CONTINUE_NEEDED and fails on this newer code"),
                QT_TRANSLATE_NOOP("Catalog", "A stall after this code because the peer's final flight "
                                             "never arrives (packet loss, UDP blocked for QUIC)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Developers: handle this code exactly like "
                                              "SEC_I_CONTINUE_NEEDED in the handshake loop"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "For QUIC services, check that the server listens on UDP "
                                              "443"), "netstat -ano -p udp"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The plain continuation code this one extends")},
                {Family::Sspi, "SEC_I_GENERIC_EXTENSION_RECEIVED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Also met in QUIC handshakes over Schannel")},
            },
        },
        {
            Family::Sspi, 0x00090368u, "SEC_I_ASYNC_CALL_PENDING", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel,
            "An asynchronous SSPI routine has been called and the work is pending completion.",
            QT_TRANSLATE_NOOP("Catalog", "An asynchronous SSPI call was queued and has not finished yet. "
                                         "Not an error; wait for its result."),
            QT_TRANSLATE_NOOP("Catalog", "Windows offers asynchronous SSPI functions "
                                         "(SspiAcquireCredentialsHandleAsync, "
                                         "SspiInitializeSecurityContextAsync and related) to kernel-mode "
                                         "drivers since Windows 10 1607 and Windows Server 2016. "
                                         "SspiGetAsyncCallStatus reports this code while the queued work "
                                         "is still running; the real result arrives later through the "
                                         "completion callback. It is not a failure and indicates a "
                                         "problem only when the call never completes."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A kernel-mode component polled the call before LSA had "
                                             "finished the work (normal)"),
                QT_TRANSLATE_NOOP("Catalog", "LSA answers slowly (busy lsass.exe, slow domain "
                                             "controllers), so calls stay pending longer than the "
                                             "caller's timeout"),
                QT_TRANSLATE_NOOP("Catalog", "A driver bug that treats the pending code as the final "
                                             "result"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Treat pending as normal and look for the final status "
                                              "reported when the call completes"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "If calls stay pending, check whether lsass.exe is busy"), "Get-Counter '\\Process(lsass)\\% Processor Time' -SampleInterval 5 -MaxSamples 6"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for "
                                              "the domain"), "nltest /dsgetdc:contoso.com"},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Unreachable DCs keep calls pending and finally fail this "
                                              "way")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A common final result of an asynchronous handshake call")},
            },
        },
        {
            Family::Sspi, 0x80090300u, "SEC_E_INSUFFICIENT_MEMORY", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "Not enough memory is available to complete this request",
            QT_TRANSLATE_NOOP("Catalog", "A security package or LSA ran out of memory or another system "
                                         "resource for this request."),
            QT_TRANSLATE_NOOP("Catalog", "The call failed because memory or a related resource ran out, "
                                         "either in the calling process or inside lsass.exe, where the "
                                         "security packages do most of their work. It is reported by the "
                                         "side that made the call and points at resource exhaustion or a "
                                         "leak rather than at authentication settings. A retry may work, "
                                         "but the error returns until the leak or pressure is fixed."),
            {
                QT_TRANSLATE_NOOP("Catalog", "An application leaks security contexts or credential "
                                             "handles (never calls DeleteSecurityContext or "
                                             "FreeCredentialsHandle), so lsass.exe keeps growing"),
                QT_TRANSLATE_NOOP("Catalog", "The system commit limit is reached: page file too small or "
                                             "disabled, or one process using most of the memory"),
                QT_TRANSLATE_NOOP("Catalog", "A 32-bit application runs out of address space under heavy "
                                             "TLS or authentication load"),
                QT_TRANSLATE_NOOP("Catalog", "Third-party code loaded into lsass.exe (password filters, "
                                             "security packages, security agents) leaks memory"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the memory and handle counts of lsass.exe, and "
                                              "repeat later to see whether they keep growing"), "Get-Process lsass | Format-List Name,Handles,WorkingSet64,PrivateMemorySize64"},
                {QT_TRANSLATE_NOOP("Catalog", "Record the trend of lsass.exe private bytes over ten "
                                              "minutes"), "Get-Counter '\\Process(lsass)\\Private Bytes' -SampleInterval 60 -MaxSamples 10"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for low-memory warnings (Resource-Exhaustion-Detector "
                                              "event 2004)"), "wevtutil qe System /q:\"*[System[(EventID=2004)]]\" /c:5 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Find the processes with the most handles; a leaking SSPI "
                                              "caller often stands out"), "Get-Process | Sort-Object Handles -Descending | Select-Object -First 10 Name,Id,Handles"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which third-party DLLs are registered to load into "
                                              "LSA"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Notification Packages\""},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A caller-supplied buffer is too small; not a memory "
                                              "shortage")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other failures inside LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x80090301u, "SEC_E_INVALID_HANDLE", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The handle specified is invalid",
            QT_TRANSLATE_NOOP("Catalog", "The credential or context handle passed to SSPI is not valid: "
                                         "freed, never created, or from another session."),
            QT_TRANSLATE_NOOP("Catalog", "Every SSPI call after the first works on a credential handle, a "
                                         "security context handle, or both. This code means the handle "
                                         "does not refer to a live object: it was already deleted, never "
                                         "fully created, corrupted, or belongs to another process or "
                                         "logon session. It is reported locally by the side that made the "
                                         "call and nearly always points at the application's handling of "
                                         "handles, often after an earlier error it did not notice."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application deleted the context or freed the "
                                             "credentials (on timeout or dispose) while another thread "
                                             "still used them"),
                QT_TRANSLATE_NOOP("Catalog", "An earlier handshake call failed and the application "
                                             "carried on with the half-built context"),
                QT_TRANSLATE_NOOP("Catalog", "A pooled connection reused a TLS or Kerberos context that "
                                             "the peer had closed or that had expired"),
                QT_TRANSLATE_NOOP("Catalog", "The handle was passed to another process, or kept after the "
                                             "logon session that created it ended"),
                QT_TRANSLATE_NOOP("Catalog", "A bug in a third-party SSPI wrapper or network library that "
                                             "mixes up handles"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Find the first error on the same connection before this "
                                              "line; it usually explains this one"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Update the application and its framework or TLS library to "
                                              "a current version"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: run the application under Application Verifier "
                                              "with handle checks to catch use after free"), "appverif -enable Handles -for app.exe"},
                {QT_TRANSLATE_NOOP("Catalog", "Disable connection pooling for a test to see whether "
                                              "reused connections trigger it"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_CREDENTIAL_HANDLE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A valid handle, but the wrong credentials for this context")},
                {Family::Sspi, "SEC_E_NO_CONTEXT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The security context the caller refers to does not exist")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The context existed but is no longer usable")},
                {Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A context deleted before its handshake finished")},
            },
        },
        {
            Family::Sspi, 0x80090302u, "SEC_E_UNSUPPORTED_FUNCTION", {"SEC_E_NOT_SUPPORTED"}, Severity::Error,
            Category::PackagesSystem, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The function requested is not supported",
            QT_TRANSLATE_NOOP("Catalog", "The package cannot do what was asked: an unsupported option, "
                                         "TLS version or policy combination."),
            QT_TRANSLATE_NOOP("Catalog", "The security package received a request it does not implement "
                                         "or is not allowed to perform: a context option it lacks, a TLS "
                                         "version that is disabled or unknown, or a CredSSP exchange "
                                         "blocked by policy. Administrators meet it most as the Remote "
                                         "Desktop error 'The function requested is not supported' and as "
                                         "a Schannel handshake failure between mismatched TLS settings. "
                                         "It is reported by the side whose package refused, usually the "
                                         "client."),
            {
                QT_TRANSLATE_NOOP("Catalog", "RDP/CredSSP: a client with the May 2018 CredSSP update "
                                             "(CVE-2018-0886) meets a server without it, or a server set "
                                             "to 'Force Updated Clients' meets an unpatched client"),
                QT_TRANSLATE_NOOP("Catalog", "TLS: the two sides share no enabled protocol version, for "
                                             "example an old client or .NET Framework application "
                                             "offering only TLS 1.0 to a server that accepts only TLS 1.2"),
                QT_TRANSLATE_NOOP("Catalog", "TLS versions switched off in the SCHANNEL Protocols "
                                             "registry key on one side, leaving nothing the other side "
                                             "accepts"),
                QT_TRANSLATE_NOOP("Catalog", "The caller asked a package for a feature it lacks, for "
                                             "example credential prompting from Kerberos or a context "
                                             "attribute the package does not implement"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, read the CredSSP policy on the client (0 = Force "
                                              "Updated Clients, 1 = Mitigated, 2 = Vulnerable)"), "reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters\" /v AllowEncryptionOracle"},
                {QT_TRANSLATE_NOOP("Catalog", "Install current updates on both RDP client and server "
                                              "instead of lowering the policy to Vulnerable"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the TLS protocol versions enabled on both sides"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                {QT_TRANSLATE_NOOP("Catalog", "Test which TLS versions the server accepts from another "
                                              "machine"), "openssl s_client -connect web01.contoso.com:443 -tls1_2"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other common TLS mismatch: no cipher suite in common")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "CredSSP refused by the credentials delegation policy")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "An unsupported per-message protection option")},
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package itself is missing, not just the function")},
            },
        },
        {
            Family::Sspi, 0x80090303u, "SEC_E_TARGET_UNKNOWN", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate | CredSsp,
            "The specified target is unknown or unreachable",
            QT_TRANSLATE_NOOP("Catalog", "The target service could not be identified: no account holds "
                                         "its SPN, or the name cannot be used by Kerberos."),
            QT_TRANSLATE_NOOP("Catalog", "The client asked Kerberos for a ticket to a service name that "
                                         "could not be resolved: the domain controller found no account "
                                         "with the requested SPN, or the target was given in a form "
                                         "Kerberos cannot use, such as a bare IP address. With Negotiate "
                                         "the client often falls back to NTLM silently; the error "
                                         "surfaces when NTLM is not allowed or Kerberos was requested "
                                         "explicitly. It is reported on the client, and the DC logs the "
                                         "failed ticket request."),
            {
                QT_TRANSLATE_NOOP("Catalog", "No account holds the SPN the client builds, e.g. "
                                             "HTTP/web01.contoso.com for a site running under a domain "
                                             "service account that never got the SPN"),
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address or by a DNS alias (CNAME) that has "
                                             "no SPN, so Kerberos has no principal to ask for"),
                QT_TRANSLATE_NOOP("Catalog", "The target is in another forest without a forest trust, or "
                                             "its DNS suffix is not routed over the trust (name suffix "
                                             "routing)"),
                QT_TRANSLATE_NOOP("Catalog", "The server's computer account was deleted, renamed or "
                                             "rejoined, or a new SPN has not replicated to the DC the "
                                             "client asked"),
                QT_TRANSLATE_NOOP("Catalog", "NTLM fallback is blocked (NTLM restrictions, Protected "
                                             "Users, a Kerberos-only client), so the missing SPN becomes "
                                             "a hard failure"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Search the forest for the SPN the client requests"), "setspn -Q HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Ask the KDC for the ticket directly and read the error"), "klist get HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check how the name resolves; an alias needs its own SPN, "
                                              "or clients must use the real host name"), "nslookup web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look for failed service ticket requests (event "
                                              "4769, failure code 0x7; needs auditing of Kerberos service "
                                              "ticket operations)"), "wevtutil qe Security /q:\"*[System[(EventID=4769)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Register the missing SPN on the one account that runs the "
                                              "service"), "setspn -S HTTP/web01.contoso.com CONTOSO\\svc-web"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The SPN exists but on another account than the one running "
                                              "the service")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC itself could not be reached")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Cross-forest lookups that cannot be referred to the right "
                                              "realm")},
            },
        },
        {
            Family::Sspi, 0x80090304u, "SEC_E_INTERNAL_ERROR", {"SEC_E_NO_SPM"}, Severity::Error,
            Category::PackagesSystem, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The Local Security Authority cannot be contacted",
            QT_TRANSLATE_NOOP("Catalog", "An internal failure in LSA or a security package that has no "
                                         "more specific SSPI code."),
            QT_TRANSLATE_NOOP("Catalog", "The message says the Local Security Authority cannot be "
                                         "contacted, but in practice this is a catch-all: the package hit "
                                         "an error with no dedicated SSPI code. Administrators see it "
                                         "most as the Remote Desktop error 'The Local Security Authority "
                                         "cannot be contacted' and as a Schannel failure when the "
                                         "server's certificate or key cannot be used. It can be reported "
                                         "on either side; the detail is in the Schannel or System events "
                                         "of the side that failed."),
            {
                QT_TRANSLATE_NOOP("Catalog", "RDP with Network Level Authentication to an account whose "
                                             "password has expired or must be changed at next logon; NLA "
                                             "cannot ask for a new password"),
                QT_TRANSLATE_NOOP("Catalog", "The TLS server certificate's private key is missing or the "
                                             "service account cannot read it"),
                QT_TRANSLATE_NOOP("Catalog", "No TLS version or cipher suite in common for RDP or SQL "
                                             "Server, for example after disabling TLS 1.0 on hosts that "
                                             "still need it, or FIPS mode on one side"),
                QT_TRANSLATE_NOOP("Catalog", "lsass.exe is shutting down or hung, or a third-party LSA "
                                             "plug-in failed"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, check whether the account's password has expired "
                                              "or must be changed"), "net user jdoe /domain"},
                {QT_TRANSLATE_NOOP("Catalog", "Change the expired password another way: at the console, "
                                              "with Ctrl+Alt+End in a working RDP session, or with the AD "
                                              "tools"), "Set-ADAccountPassword -Identity jdoe -Reset"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate has a private key and that the "
                                              "key works"), "certutil -verifystore My web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the RDP security layer (0 = RDP, 1 = Negotiate, 2 = "
                                              "TLS)"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\" /v SecurityLayer"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The more specific code when a private key cannot be used")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No TLS cipher suite in common")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What an expired password gives outside NLA")},
                {Family::Sspi, "SEC_E_SHUTDOWN_IN_PROGRESS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "LSA refusing new work while the system shuts down")},
            },
        },
        {
            Family::Sspi, 0x80090305u, "SEC_E_SECPKG_NOT_FOUND", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The requested security package does not exist",
            QT_TRANSLATE_NOOP("Catalog", "The security package the caller named is not installed or not "
                                         "loaded on this computer."),
            QT_TRANSLATE_NOOP("Catalog", "AcquireCredentialsHandle names a package (Negotiate, Kerberos, "
                                         "NTLM, Schannel, CredSSP, WDigest or a third-party one), and "
                                         "this code means SSPI found no loaded package with that name. "
                                         "Built-in packages are practically always present, so the usual "
                                         "causes are a removed optional package, a misspelt name in the "
                                         "application, or a system that is shutting down. It is reported "
                                         "locally by the calling computer."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application requests a package that is not registered: "
                                             "a typo, a third-party package that was uninstalled, or a "
                                             "name that exists only on other Windows versions"),
                QT_TRANSLATE_NOOP("Catalog", "An optional package was removed from the Security Packages "
                                             "list during hardening (for example wdigest, or tspkg which "
                                             "CredSSP needs)"),
                QT_TRANSLATE_NOOP("Catalog", "The system is shutting down and LSA no longer accepts new "
                                             "requests"),
                QT_TRANSLATE_NOOP("Catalog", "The package DLL failed to load at boot: missing file, or "
                                             "blocked by LSA protection"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the security packages LSA loads at startup"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                {QT_TRANSLATE_NOOP("Catalog", "List the SSPI providers registered for applications"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders /v SecurityProviders"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the system's package DLLs are intact"), "sfc /scannow"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for DLLs that lsass.exe refused to load because of "
                                              "LSA protection"), "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_CANNOT_INSTALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package exists but failed to initialise")},
                {Family::Sspi, "SEC_E_BAD_PKGID", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package identifier passed in is not valid")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package exists but cannot do what was asked")},
                {Family::Sspi, "SEC_E_SHUTDOWN_IN_PROGRESS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "LSA refusing new work while the system shuts down")},
            },
        },
        {
            Family::Sspi, 0x80090306u, "SEC_E_NOT_OWNER", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The caller is not the owner of the desired credentials",
            QT_TRANSLATE_NOOP("Catalog", "The caller lacks the right or privilege to use these "
                                         "credentials, typically another logon session's."),
            QT_TRANSLATE_NOOP("Catalog", "The calling process asked for credentials it does not own, such "
                                         "as those of another logon session, or for an operation that "
                                         "needs a privilege like SeTcbPrivilege ('Act as part of the "
                                         "operating system') that its account does not hold. It is "
                                         "reported locally on the machine making the call. It is rare in "
                                         "day-to-day administration and mostly appears with services that "
                                         "act on behalf of other users."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A service passes another logon session's ID to "
                                             "AcquireCredentialsHandle without holding SeTcbPrivilege"),
                QT_TRANSLATE_NOOP("Catalog", "The service account lacks a privilege the operation needs "
                                             "(missing privileges are reported with this code), for "
                                             "example after a GPO trimmed user rights"),
                QT_TRANSLATE_NOOP("Catalog", "The caller impersonates a user at identification level and "
                                             "then asks for that user's credentials"),
                QT_TRANSLATE_NOOP("Catalog", "A service moved from LocalSystem to a less privileged "
                                             "account (virtual account, gMSA, NETWORK SERVICE) without "
                                             "its rights being re-checked"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the privileges of the account the service runs as "
                                              "(run this in the same context)"), "whoami /priv"},
                {QT_TRANSLATE_NOOP("Catalog", "Show which account the service uses"), "sc qc MyService"},
                {QT_TRANSLATE_NOOP("Catalog", "Export the user rights assignments and look for "
                                              "SeTcbPrivilege and SeImpersonatePrivilege"), "secedit /export /cfg C:\\temp\\rights.inf /areas USER_RIGHTS"},
                {QT_TRANSLATE_NOOP("Catalog", "List the logon sessions to see whose credentials the "
                                              "service is trying to use"), "klist sessions"},
            },
            {
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The caller's own session has no usable credentials")},
                {Family::Sspi, "SEC_E_NO_IMPERSONATION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another limit on acting for a different user")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The credentials cannot be used at all")},
            },
        },
        {
            Family::Sspi, 0x80090307u, "SEC_E_CANNOT_INSTALL", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The security package failed to initialize, and cannot be installed",
            QT_TRANSLATE_NOOP("Catalog", "A security package failed to initialise when LSA loaded it, so "
                                         "it is not available."),
            QT_TRANSLATE_NOOP("Catalog", "LSA loads security packages at boot, and installers can add one "
                                         "with AddSecurityPackage; this code means the package's "
                                         "initialisation failed. Built-in packages practically never "
                                         "fail, so it almost always concerns a third-party package "
                                         "(single sign-on, MFA or password synchronisation agents) or a "
                                         "package blocked by LSA protection. It is reported on the "
                                         "computer that tried to load the package."),
            {
                QT_TRANSLATE_NOOP("Catalog", "LSA protection (RunAsPPL) is on and the third-party package "
                                             "is not signed to the level lsass.exe requires"),
                QT_TRANSLATE_NOOP("Catalog", "The package DLL or one of its dependencies is missing, or a "
                                             "32-bit DLL was registered on 64-bit Windows"),
                QT_TRANSLATE_NOOP("Catalog", "The package's own configuration (service, licence, registry "
                                             "settings) is missing or damaged after an upgrade"),
                QT_TRANSLATE_NOOP("Catalog", "An installer called AddSecurityPackage without "
                                             "administrative rights or before a required restart"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether LSA protection is enabled"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for DLLs that lsass.exe refused to load because of "
                                              "LSA protection"), "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "List the security packages LSA loads at startup"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                {QT_TRANSLATE_NOOP("Catalog", "Check the digital signature of the vendor's package DLL"), "Get-AuthenticodeSignature C:\\Windows\\System32\\vendorssp.dll"},
                {QT_TRANSLATE_NOOP("Catalog", "Update or remove the third-party package, then restart"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What callers get afterwards when they ask for the missing "
                                              "package")},
                {Family::Sspi, "SEC_E_BAD_PKGID", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package identifier passed in is not valid")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other internal failures in LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x80090308u, "SEC_E_INVALID_TOKEN", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The token supplied to the function is invalid",
            QT_TRANSLATE_NOOP("Catalog", "The token received from the peer is malformed, truncated or not "
                                         "for this package; also LDAP's generic bind error."),
            QT_TRANSLATE_NOOP("Catalog", "The package could not parse the token passed to "
                                         "InitializeSecurityContext or AcceptSecurityContext: it was "
                                         "damaged in transit, cut short, meant for another package, or "
                                         "not a token at all. It is reported by the side that received "
                                         "the bad token. Domain controllers also use it for failed LDAP "
                                         "binds ('80090308: LdapErr: ... AcceptSecurityContext error, "
                                         "data 52e'), where the data value gives the real reason."),
            {
                QT_TRANSLATE_NOOP("Catalog", "LDAP bind failed on a DC; read the data value: 52e wrong "
                                             "password, 525 no such user, 530 or 531 logon time or "
                                             "workstation restriction, 532 password expired, 533 "
                                             "disabled, 701 account expired, 773 must change password, "
                                             "775 locked out"),
                QT_TRANSLATE_NOOP("Catalog", "TLS version mismatch with an old stack, for example SQL "
                                             "Server or an application without TLS 1.2 support talking to "
                                             "a peer where only TLS 1.2 is enabled"),
                QT_TRANSLATE_NOOP("Catalog", "A proxy, TLS-inspection device, web application firewall or "
                                             "load balancer altered, truncated or split the "
                                             "authentication header or the handshake"),
                QT_TRANSLATE_NOOP("Catalog", "Plain HTTP or another protocol sent to a TLS port, or TLS "
                                             "sent to a port that does not speak it"),
                QT_TRANSLATE_NOOP("Catalog", "The application passes the wrong buffer: still "
                                             "base64-encoded, only part of the token, or a token from "
                                             "another connection"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "For LDAP binds, check the account state that matches the "
                                              "data value"), "Get-ADUser jdoe -Properties Enabled,LockedOut,PasswordExpired,AccountExpirationDate,pwdLastSet"},
                {QT_TRANSLATE_NOOP("Catalog", "Test which TLS versions the server accepts from another "
                                              "machine"), "openssl s_client -connect web01.contoso.com:443 -tls1_2"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the TLS protocol versions enabled on both sides"), "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                {QT_TRANSLATE_NOOP("Catalog", "Bypass the proxy or inspection device and retry; if the "
                                              "error stays, capture the traffic"), "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same bad-password and account conditions outside LDAP")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "TLS: the peer's handshake message is invalid or unexpected")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The token has not been received completely yet")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another symptom of a TLS version mismatch")},
            },
        },
        {
            Family::Sspi, 0x80090309u, "SEC_E_CANNOT_PACK", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The security package is not able to marshall the logon buffer, so the logon attempt has failed",
            QT_TRANSLATE_NOOP("Catalog", "The package could not serialise the logon data it must hand to "
                                         "LSA, so the logon attempt was abandoned."),
            QT_TRANSLATE_NOOP("Catalog", "Before a logon or credential request goes to LSA, the package "
                                         "packs the user name, domain, password and related data into one "
                                         "buffer; this code means that step failed. It is an internal and "
                                         "rarely seen error. In practice it points at malformed "
                                         "credential data supplied by an application or a third-party "
                                         "credential provider, not at the account or the network."),
            {
                QT_TRANSLATE_NOOP("Catalog", "An application or script passes a credential structure with "
                                             "wrong lengths or flags, for example ANSI and Unicode "
                                             "settings that do not match the strings"),
                QT_TRANSLATE_NOOP("Catalog", "Credential data the package cannot use, such as an empty "
                                             "user name with a password or an unsupported credential type"),
                QT_TRANSLATE_NOOP("Catalog", "A third-party credential provider or single sign-on agent "
                                             "builds the logon data incorrectly after a Windows upgrade"),
                QT_TRANSLATE_NOOP("Catalog", "A 32-bit component hands credentials across to a 64-bit "
                                             "process with an incompatible structure layout"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce with a built-in tool to separate the application "
                                              "from the account"), "runas /user:CONTOSO\\jdoe cmd"},
                {QT_TRANSLATE_NOOP("Catalog", "List the third-party credential providers installed on the "
                                              "machine"), "reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers\""},
                {QT_TRANSLATE_NOOP("Catalog", "Read the failed logon events (4625) on the server or DC "
                                              "and note Status and Sub Status"), "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or credential provider, or test "
                                              "with it disabled"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Names or passwords that are too long or ill-formed are "
                                              "usually reported this way")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The credentials were packed but not recognised")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other internal failures in LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x8009030Au, "SEC_E_QOP_NOT_SUPPORTED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Digest,
            "The per-message Quality of Protection is not supported by the security package",
            QT_TRANSLATE_NOOP("Catalog", "The requested per-message protection (quality of protection) is "
                                         "not available on this package or context."),
            QT_TRANSLATE_NOOP("Catalog", "When an application signs or encrypts messages with "
                                         "MakeSignature or EncryptMessage it can ask for a particular "
                                         "quality of protection; this code means the package or the "
                                         "negotiated context cannot provide it. It is reported locally by "
                                         "the side making the call, typically a client library that wraps "
                                         "LDAP or a custom protocol. Administrators mostly meet it where "
                                         "LDAP signing or sealing requirements meet a client that "
                                         "negotiated a weaker context."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application passes a protection value the package does "
                                             "not implement (most packages accept only 0 or the 'wrap "
                                             "without encryption' flag)"),
                QT_TRANSLATE_NOOP("Catalog", "The context was negotiated without the integrity or "
                                             "confidentiality flags, so later signing or sealing cannot "
                                             "be honoured"),
                QT_TRANSLATE_NOOP("Catalog", "Digest: the server requires qop=auth-int or auth-conf and "
                                             "the client side cannot provide it"),
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows LDAP client (Java, Python, OpenLDAP tools) "
                                             "asks AD for a SASL security layer the negotiated mechanism "
                                             "cannot give while DCs require signing"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the DCs require LDAP signing (2 = required)"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters /v LDAPServerIntegrity"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the client's LDAP signing setting"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\ldap /v LDAPClientIntegrity"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DCs, list clients that bind without signing (event "
                                              "2889, after enabling LDAP interface diagnostics)"), "wevtutil qe \"Directory Service\" /q:\"*[System[(EventID=2889)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: request integrity and confidentiality when "
                                              "creating the context, check the returned flags, and pass 0 "
                                              "as the protection value"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A broader 'not supported' from the same package")},
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Context-level security requirements could not be met")},
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Per-message protection that failed its check on the "
                                              "receiving side")},
            },
        },
        {
            Family::Sspi, 0x8009030Bu, "SEC_E_NO_IMPERSONATION", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The security context does not allow impersonation of the client",
            QT_TRANSLATE_NOOP("Catalog", "The security context does not allow the server to impersonate "
                                         "the client."),
            QT_TRANSLATE_NOOP("Catalog", "A server called ImpersonateSecurityContext, or asked for the "
                                         "client's token, but the context cannot be impersonated: the "
                                         "client allowed identification only, the context carries no "
                                         "Windows logon (for example an unmapped TLS client certificate), "
                                         "or the handshake is not finished. It is reported on the server. "
                                         "The server may still know who the client is, but it cannot act "
                                         "as the client."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client set the impersonation level to Identify (an RPC "
                                             "or DCOM setting, or ISC_REQ_IDENTIFY), so the server may "
                                             "read the identity but not act as the user"),
                QT_TRANSLATE_NOOP("Catalog", "TLS client certificate authentication without mapping the "
                                             "certificate to a Windows account (IIS client certificate "
                                             "mapping or AD mapping not configured)"),
                QT_TRANSLATE_NOOP("Catalog", "The server tries to impersonate before the handshake "
                                             "returned SEC_E_OK, or on a context that already failed"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the default DCOM impersonation level (Component "
                                              "Services > My Computer > Properties > Default Properties)"), "dcomcnfg"},
                {QT_TRANSLATE_NOOP("Catalog", "For IIS client certificates, check whether certificate "
                                              "mapping is enabled"), "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/iisClientCertificateMappingAuthentication"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the service account holds 'Impersonate a client "
                                              "after authentication' (SeImpersonatePrivilege)"), "secedit /export /cfg C:\\temp\\rights.inf /areas USER_RIGHTS"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: impersonate only after the final SEC_E_OK and "
                                              "check whether the context was returned with the "
                                              "identify-only flag"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The next step beyond impersonation: using the identity on "
                                              "another server")},
                {Family::Sspi, "SEC_E_NOT_OWNER", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another limit on acting for a different user")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The context handle itself is not valid")},
            },
        },
        {
            Family::Sspi, 0x8009030Cu, "SEC_E_LOGON_DENIED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate | CredSsp | Digest,
            "The logon attempt failed",
            QT_TRANSLATE_NOOP("Catalog", "The logon was rejected: wrong password or an account "
                                         "restriction (locked, disabled, expired, logon type or time)."),
            QT_TRANSLATE_NOOP("Catalog", "The authority that checks the credentials (a DC, or the local "
                                         "SAM for local accounts) refused them. The same code covers a "
                                         "wrong password, an unknown user, a locked, disabled or expired "
                                         "account, an expired password or one that must be changed, and a "
                                         "logon type or time the account is not allowed. The server "
                                         "reports it to the client; the exact reason is in the security "
                                         "log of the server or DC that checked the credentials."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Wrong or stale password, often a saved credential "
                                             "(Credential Manager, mapped drive, service, scheduled task, "
                                             "application pool) still using the old password after a "
                                             "change"),
                QT_TRANSLATE_NOOP("Catalog", "Account locked out, disabled or expired, or the password "
                                             "has expired or must be changed at next logon"),
                QT_TRANSLATE_NOOP("Catalog", "The user lacks 'Access this computer from the network' on "
                                             "the server, or is listed in 'Deny access to this computer "
                                             "from the network'"),
                QT_TRANSLATE_NOOP("Catalog", "NTLM level mismatch: the client sends LM or NTLMv1 while "
                                             "the server or DC accepts only NTLMv2 (LmCompatibilityLevel "
                                             "5)"),
                QT_TRANSLATE_NOOP("Catalog", "Account restrictions: logon hours, the 'Log On To' "
                                             "workstation list, or an authentication policy that forbids "
                                             "this kind of logon"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Read event 4625 on the server or DC; Sub Status 0xC000006A "
                                              "wrong password, 0xC0000064 no such user, 0xC0000234 locked "
                                              "out, 0xC0000072 disabled, 0xC0000071 password expired, "
                                              "0xC000015B logon type not granted"), "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "For Kerberos, look for pre-authentication failures on the "
                                              "DC (event 4771, failure code 0x18 = wrong password)"), "wevtutil qe Security /q:\"*[System[(EventID=4771)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's state in Active Directory"), "Get-ADUser jdoe -Properties Enabled,LockedOut,PasswordExpired,AccountExpirationDate,BadLogonCount,LastBadPasswordAttempt"},
                {QT_TRANSLATE_NOOP("Catalog", "List saved credentials on the client and remove stale ones"), "cmdkey /list"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the NTLM compatibility level on client, server and "
                                              "DCs"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel"},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "LDAP binds report the same reasons as 80090308 with a data "
                                              "code")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The credentials could not even be interpreted")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No DC could be reached, so nothing was checked")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos failure that makes Negotiate fall back to NTLM")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The account may only log on with a smart card")},
            },
        },
        {
            Family::Sspi, 0x8009030Du, "SEC_E_UNKNOWN_CREDENTIALS", {}, Severity::Error,
            Category::CredentialsLogon, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The credentials supplied to the package were not recognized",
            QT_TRANSLATE_NOOP("Catalog", "The credentials given to the package cannot be used; most often "
                                         "a TLS certificate without a usable private key."),
            QT_TRANSLATE_NOOP("Catalog", "The package could not make use of the credentials it was "
                                         "handed. With Schannel this nearly always means the certificate "
                                         "chosen for TLS has no private key the process can use; with "
                                         "Kerberos or NTLM it means explicit credentials in an unusable "
                                         "form or a logon session that no longer exists. It is reported "
                                         "locally when the credentials are acquired or first used, "
                                         "typically by a server service starting its TLS listener."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The service account (IIS application pool, NETWORK SERVICE, "
                                             "SQL Server, WinRM or another service) has no Read "
                                             "permission on the certificate's private key"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate was imported without its private key (.cer "
                                             "instead of .pfx), or the key was lost when moving servers"),
                QT_TRANSLATE_NOOP("Catalog", "The key is in a storage provider the application cannot "
                                             "use, for example a CNG or TPM key for software that "
                                             "supports only legacy CryptoAPI keys"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate is in another account's Current User store "
                                             "instead of Local Computer > Personal"),
                QT_TRANSLATE_NOOP("Catalog", "Explicit credentials with an empty or malformed user or "
                                             "domain, or a logon session that has ended"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate has a private key and that the "
                                              "key works"), "certutil -verifystore My web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Grant the service account Read access to the private key "
                                              "(All Tasks > Manage Private Keys)"), "certlm.msc"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the certificate hash bound in HTTP.sys with the "
                                              "certificate in the store"), "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "Re-associate a private key that exists but is no longer "
                                              "linked to the certificate"), "certutil -repairstore My web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Read Schannel event 36870 on the server, which reports "
                                              "private key access failures"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No credentials were found at all")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A less specific code often logged for the same key "
                                              "problems")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The peer could not process the certificate")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The credentials were understood but rejected")},
            },
        },
        {
            Family::Sspi, 0x8009030Eu, "SEC_E_NO_CREDENTIALS", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "No credentials are available in the security package",
            QT_TRANSLATE_NOOP("Catalog", "No usable credentials exist for this request: no TGT, no "
                                         "default logon credentials, or no certificate."),
            QT_TRANSLATE_NOOP("Catalog", "The package found nothing to authenticate with in the caller's "
                                         "logon session: no Kerberos ticket-granting ticket, no default "
                                         "credentials that may be used on the network, or, with Schannel, "
                                         "no certificate. It is reported by the side that tried to build "
                                         "a token, usually a client or a middle-tier server acting for a "
                                         "user. In IIS logs the value 2148074254 (0x8009030E) on an "
                                         "intermediate 401 is normal and matters only if the logon never "
                                         "completes."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Double hop: a web or application server tries to reach a "
                                             "second server as the user, but the user logged on with NTLM "
                                             "or the server is not trusted for delegation"),
                QT_TRANSLATE_NOOP("Catalog", "The process runs as LOCAL SERVICE or a local account "
                                             "without a network identity, or in a session without network "
                                             "credentials"),
                QT_TRANSLATE_NOOP("Catalog", "Kerberos-only request while the session has no TGT: a "
                                             "cached logon with no DC reachable, or a local account on a "
                                             "domain member"),
                QT_TRANSLATE_NOOP("Catalog", "Schannel: no certificate configured for the server "
                                             "listener, or the client has none when one is required"),
                QT_TRANSLATE_NOOP("Catalog", "CredSSP/RDP: policy does not allow delegating default or "
                                             "saved credentials to this server"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the Kerberos tickets of the calling session"), "klist"},
                {QT_TRANSLATE_NOOP("Catalog", "For double-hop scenarios, check the middle server's "
                                              "delegation settings"), "Get-ADComputer web01 -Properties TrustedForDelegation,msDS-AllowedToDelegateTo"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which account the failing service runs as"), "sc qc MyService"},
                {QT_TRANSLATE_NOOP("Catalog", "For TLS listeners, confirm that a certificate is bound to "
                                              "the port"), "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "For RDP or CredSSP, review the Credentials Delegation "
                                              "policies applied to the client"), "gpresult /h C:\\temp\\gp.html"},
            },
            {
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Credentials were found but cannot be used")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel client asked for a certificate it does not have "
                                              "yet")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No DC was reachable to issue a ticket")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "CredSSP policy forbids delegating the credentials")},
            },
        },
        {
            Family::Sspi, 0x8009030Fu, "SEC_E_MESSAGE_ALTERED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The message or signature supplied for verification has been altered",
            QT_TRANSLATE_NOOP("Catalog", "A signed or encrypted message failed its integrity check: it "
                                         "changed in transit or the keys do not match."),
            QT_TRANSLATE_NOOP("Catalog", "After the handshake, every signed or sealed message carries a "
                                         "checksum made with the session key. This code means the "
                                         "receiver's check failed: the bytes changed on the way, or the "
                                         "two sides derived different keys. It is reported by the "
                                         "receiving side (DecryptMessage or VerifySignature) and points "
                                         "to a device in the path, a faulty network stack, or an "
                                         "interoperability bug."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A device in the path rewrites traffic after it was "
                                             "protected: WAN optimiser, IPS, TLS-inspection proxy or NAT "
                                             "helper"),
                QT_TRANSLATE_NOOP("Catalog", "Data corruption by a faulty NIC, driver or offload feature"),
                QT_TRANSLATE_NOOP("Catalog", "A third-party or open-source implementation (Samba, Java, "
                                             "Python or Go libraries) computing signatures or seals "
                                             "differently from Windows"),
                QT_TRANSLATE_NOOP("Catalog", "Application bug: decrypting the same buffer twice, a wrong "
                                             "buffer layout, or messages of two contexts mixed up"),
                QT_TRANSLATE_NOOP("Catalog", "Digest with qop=auth-int: a proxy changed the body "
                                             "(compression, re-encoding) after the digest was computed"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Capture at both ends at the same time and compare the "
                                              "payloads"), "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "Bypass WAN optimisation or TLS inspection for the two "
                                              "hosts for a test"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Review the NIC offload settings and driver versions on "
                                              "both hosts"), "Get-NetAdapterChecksumOffload"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the NTLM minimum session security settings on both "
                                              "sides"), "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NtlmMinClientSec"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors logged at the same time on the "
                                              "failing side"), "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_OUT_OF_SEQUENCE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The message was intact but arrived in the wrong order")},
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The message could not be decrypted at all")},
                {Family::Sspi, "SEC_E_BAD_BINDINGS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Channel binding mismatch, another sign of a device in the "
                                              "middle")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The requested per-message protection is not available")},
            },
        },
        {
            Family::Sspi, 0x80090310u, "SEC_E_OUT_OF_SEQUENCE", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The message supplied for verification is out of sequence",
            QT_TRANSLATE_NOOP("Catalog", "A protected message arrived with an unexpected sequence number: "
                                         "lost, repeated, reordered or replayed."),
            QT_TRANSLATE_NOOP("Catalog", "When sequence detection is on, each signed or sealed message "
                                         "carries a number the receiver expects to grow by one. This code "
                                         "means the number did not match: a message was lost, duplicated, "
                                         "reordered or replayed, or the two sides' counters drifted "
                                         "apart. It is reported by the receiving side and usually points "
                                         "at how the application shares one context across threads or "
                                         "connections."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Several threads sign or seal messages on one security "
                                             "context at the same time, so numbers are used in a "
                                             "different order than the messages are sent (shared LDAP or "
                                             "RPC connections with signing)"),
                QT_TRANSLATE_NOOP("Catalog", "The application retries a request on the same context after "
                                             "a timeout, so the receiver sees a duplicate or a gap"),
                QT_TRANSLATE_NOOP("Catalog", "A proxy or load balancer multiplexes several clients onto "
                                             "one back-end connection and mixes their contexts"),
                QT_TRANSLATE_NOOP("Catalog", "A replayed message, from an attack or a test tool resending "
                                             "captured traffic: detection working as designed"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the failures follow load or parallel "
                                              "requests over one connection"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Test with connection pooling or multiplexing disabled on "
                                              "the client or load balancer"), nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Capture the traffic while reproducing the problem, then "
                                              "stop with netsh trace stop"), "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "Developers: serialise message signing and sealing per "
                                              "context, or use one context per connection"), nullptr},
            },
            {
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The message content itself failed the integrity check")},
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The message could not be decrypted at all")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel: a record is only partly received, not out of "
                                              "order")},
            },
        },
        {
            Family::Sspi, 0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Ntlm | Negotiate | CredSsp,
            "No authority could be contacted for authentication.",
            QT_TRANSLATE_NOOP("Catalog", "No domain controller or KDC could be reached to check the "
                                         "credentials."),
            QT_TRANSLATE_NOOP("Catalog", "The package needed a domain controller, as KDC for Kerberos or "
                                         "for NTLM pass-through, and could not find or reach one, or the "
                                         "trust path to the user's domain failed. It is reported on the "
                                         "client for Kerberos and on the server for NTLM pass-through; "
                                         "WinRM, SQL Server ('SSPI handshake failed with error code "
                                         "0x80090311') and RDP show it often. The credentials themselves "
                                         "were never checked."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Client DNS points to a non-AD resolver (router, public "
                                             "DNS), so the DC locator cannot find the _kerberos and _ldap "
                                             "SRV records"),
                QT_TRANSLATE_NOOP("Catalog", "A firewall, VPN or site design blocks Kerberos (TCP/UDP "
                                             "88), LDAP (389) or RPC to every DC"),
                QT_TRANSLATE_NOOP("Catalog", "The client is not domain-joined or uses a local account, or "
                                             "the user's domain has no trust to the target's forest, "
                                             "while Kerberos is required"),
                QT_TRANSLATE_NOOP("Catalog", "The server's secure channel is broken or the trust to the "
                                             "user's domain failed, so NTLM pass-through cannot reach a "
                                             "DC"),
                QT_TRANSLATE_NOOP("Catalog", "Netlogon is stopped on the server, or every DC of the "
                                             "user's domain is down"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for "
                                              "the domain"), "nltest /dsgetdc:contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Kerberos SRV records resolve"), "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos port on a DC"), "Test-NetConnection dc01.contoso.com -Port 88"},
                {QT_TRANSLATE_NOOP("Catalog", "Verify the server's secure channel to its domain"), "nltest /sc_verify:contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which DNS servers the machine uses"), "ipconfig /all"},
            },
            {
                {Family::Sspi, "SEC_I_LOCAL_LOGON", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Interactive logons fall back to cached credentials in the "
                                              "same situation")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC answered but did not know the target")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No ticket could be obtained, so no credentials are "
                                              "available")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC could not refer the request to the user's or "
                                              "target's realm")},
            },
        },
        {
            Family::Sspi, 0x80090316u, "SEC_E_BAD_PKGID", {}, Severity::Error,
            Category::PackagesSystem, Negotiate,
            "The requested security package does not exist",
            QT_TRANSLATE_NOOP("Catalog", "A call referred to a security package by an ID number that matches no package "
                                         "loaded in the LSA of this machine."),
            QT_TRANSLATE_NOOP("Catalog", "Windows identifies every loaded security package by a small number as well as by "
                                         "its name, and this code means a call used a number the local security authority "
                                         "(LSA) does not know. Applications almost never pass package numbers themselves, so "
                                         "in the field it points to a package that did not load, was removed from the "
                                         "configuration or was blocked inside LSASS. It is raised on the machine making the "
                                         "SSPI call, not by a domain controller, and it is rare: a trace of the calling "
                                         "application is usually needed to tell which package was meant."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A third-party security or authentication package (SSO agent, smart card or MFA "
                                             "middleware) was blocked from loading into LSASS because LSA protection "
                                             "(RunAsPPL) only admits properly signed plug-ins"),
                QT_TRANSLATE_NOOP("Catalog", "The 'Security Packages' list under "
                                             "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa was changed by a hardening "
                                             "script or an uninstaller and the machine has not been restarted since"),
                QT_TRANSLATE_NOOP("Catalog", "An application kept package information from before LSASS restarted or the "
                                             "package list changed, and now uses an ID that no longer exists"),
                QT_TRANSLATE_NOOP("Catalog", "A custom SSP or test tool passes an uninitialised or hard-coded package "
                                             "identifier (a programming error that fails on every call)"),
                QT_TRANSLATE_NOOP("Catalog", "Security package DLLs damaged by a failed update, so a package listed for "
                                             "loading never finished initialising"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the packages LSA is configured to load and compare the list with a "
                                              "healthy machine of the same build"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                {QT_TRANSLATE_NOOP("Catalog", "On Windows 10 / Windows Server 2016 and later, also check the OSConfig copy "
                                              "of the list"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\OSConfig /v \"Security Packages\""},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether LSA protection is enabled (RunAsPPL 1 or 2), which blocks "
                                              "plug-ins that are not signed for it"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for LSASS plug-ins that Code Integrity refused to load (events 3033 and "
                                              "3063) and note the DLL names"),
                 "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Repair damaged system files, then restart the machine so LSASS loads its "
                                              "packages again"),
                 "sfc /scannow"},
            },
            {
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same problem when the package is requested by name instead of by number")},
                {Family::Sspi, "SEC_E_CANNOT_INSTALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A package that failed to initialise at start-up, which can leave its ID "
                                              "unregistered")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Also seen when the LSA side of SSPI is unhealthy")},
            },
        },
        {
            Family::Sspi, 0x80090317u, "SEC_E_CONTEXT_EXPIRED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | Schannel,
            "The context has expired and can no longer be used.",
            QT_TRANSLATE_NOOP("Catalog", "The security context in use has expired or was already closed, so it can no longer "
                                         "sign, encrypt or decrypt data."),
            QT_TRANSLATE_NOOP("Catalog", "Every security context has a lifetime: a Kerberos context ends with the service "
                                         "ticket it was built from (10 hours by default), and a TLS (Schannel) context ends "
                                         "once either side has shut the connection down. Calls such as EncryptMessage or "
                                         "MakeSignature on a context past that point fail with this code on whichever side, "
                                         "client or server, still holds the handle. Administrators usually meet it on "
                                         "long-lived connections that fail after hours of working normally, or in "
                                         "applications that keep using a TLS connection after the peer closed it."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A long-lived connection (LDAP with signing or sealing, RPC/DCOM, a pooled "
                                             "database or WinRM session) stayed open past the end time of its Kerberos "
                                             "service ticket and the application does not re-authenticate"),
                QT_TRANSLATE_NOOP("Catalog", "The application keeps calling EncryptMessage or DecryptMessage after the TLS "
                                             "peer sent close_notify (first reported as SEC_I_CONTEXT_EXPIRED) or after it "
                                             "shut the connection down itself"),
                QT_TRANSLATE_NOOP("Catalog", "The system clock jumped forward (VM resumed from a saved state or snapshot, "
                                             "manual time change, bad NTP source), so contexts expire early"),
                QT_TRANSLATE_NOOP("Catalog", "The domain Kerberos policy shortens 'Maximum lifetime for service ticket' (for "
                                             "example to 60 minutes), so contexts expire much sooner than the application "
                                             "expects"),
                QT_TRANSLATE_NOOP("Catalog", "An application or connection pool caches a context handle and reuses it beyond "
                                             "the expiry time it was given when the context was built"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the start, end and renew times of the service ticket "
                                              "used by the failing connection"),
                 "klist"},
                {QT_TRANSLATE_NOOP("Catalog", "Purge the tickets and reconnect; if the error returns after the same "
                                              "interval, the application is not renewing its contexts"),
                 "klist purge"},
                {QT_TRANSLATE_NOOP("Catalog", "For services running as SYSTEM or NETWORK SERVICE, purge the computer "
                                              "account's tickets instead"),
                 "klist -li 0x3e7 purge"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for clock jumps around the failures: Kernel-General event 1 records "
                                              "every change of the system time"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kernel-General'] and (EventID=1)]]\" /c:10 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check 'Maximum lifetime for service ticket' under Kerberos Policy in the "
                                              "Default Domain Policy GPO"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "For a TLS connection, capture a trace and check whether the peer sent a "
                                              "close_notify alert before the failing call (stop with netsh trace stop)"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\tls.etl"},
            },
            {
                {Family::Sspi, "SEC_I_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Informational code Schannel returns when the peer closes the TLS connection; "
                                              "using the context afterwards gives this error")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Clock problems make contexts expire early and also break new Kerberos logons")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead once the expired context has been deleted")},
            },
        },
        {
            Family::Sspi, 0x80090318u, "SEC_E_INCOMPLETE_MESSAGE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp | Kerberos,
            "The supplied message is incomplete. The signature was not verified.",
            QT_TRANSLATE_NOOP("Catalog", "The input buffer holds only part of a TLS record or token; the caller has to read "
                                         "more data from the network and call again."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel (and Kerberos when it is given stream buffers) only processes complete "
                                         "records. When the data read from the socket ends in the middle of a record, the "
                                         "call returns this code with a hint of how many more bytes are needed, and a "
                                         "well-written application reads more and retries, so in detailed traces it is often "
                                         "part of normal flow. It signals a real problem only when it is the last status "
                                         "before a connection fails or times out, which means the rest of the record never "
                                         "arrived."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The peer or a device in the path closed or reset the connection in the middle "
                                             "of the TLS handshake, for example a server that drops the connection instead "
                                             "of sending an alert when it dislikes the ClientHello"),
                QT_TRANSLATE_NOOP("Catalog", "A firewall, IPS or VPN drops large packets, typically the server's Certificate "
                                             "message with a long chain, so the handshake stalls (a path MTU black hole)"),
                QT_TRANSLATE_NOOP("Catalog", "The application treats this code as fatal instead of reading more data and "
                                             "calling again, a bug exposed by slow or fragmented networks"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy, load balancer or WAN optimiser truncates records"),
                QT_TRANSLATE_NOOP("Catalog", "The service is overloaded or hung and never sends the rest of the record"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the TLS port is reachable from the client"),
                 "Test-NetConnection web01.contoso.com -Port 443"},
                {QT_TRANSLATE_NOOP("Catalog", "Test the path MTU with Don't Fragment set; if 1472-byte pings fail while "
                                              "smaller ones pass, look for a device dropping large packets"),
                 "ping web01.contoso.com -f -l 1472"},
                {QT_TRANSLATE_NOOP("Catalog", "Repeat the handshake with a known-good Schannel client and note where it stops"),
                 "curl.exe -v https://web01.contoso.com/"},
                {QT_TRANSLATE_NOOP("Catalog", "Capture a failing attempt and check who closes or resets the connection and "
                                              "whether records arrive truncated (stop with netsh trace stop)"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\tls.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events in the System log on both sides at the time of the "
                                              "failure"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the handshake turns into when the data that does arrive is not valid TLS")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The normal handshake status that surrounds this code in traces")},
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned when a complete record arrives but fails its integrity check")},
            },
        },
        {
            Family::Sspi, 0x80090320u, "SEC_E_INCOMPLETE_CREDENTIALS", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel,
            "The credentials supplied were not complete, and could not be verified. The context could not be initialized.",
            QT_TRANSLATE_NOOP("Catalog", "The credentials given to the package lack a required part, in practice a usable "
                                         "client certificate for TLS client authentication."),
            QT_TRANSLATE_NOOP("Catalog", "The package could not build the context because the credentials it was handed were "
                                         "missing something it needs. With Schannel this belongs to TLS client "
                                         "authentication: the server asked for a client certificate and the client's "
                                         "credentials held no usable one. Current Windows versions usually report that "
                                         "situation with the informational twin SEC_I_INCOMPLETE_CREDENTIALS (0x00090320), "
                                         "which many applications and wrappers turn into this error or print with its text, "
                                         "so the troubleshooting is the same; it is reported on the client."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The server requires a client certificate (IIS set to require client "
                                             "certificates, an API gateway, a mutual-TLS web service) and the calling "
                                             "account has no certificate with the Client Authentication EKU"),
                QT_TRANSLATE_NOOP("Catalog", "A client certificate exists but was issued by a CA that is missing from the "
                                             "list of acceptable issuers the server sends, so Windows does not offer it"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate's private key cannot be read by the account the application "
                                             "runs as (service account, IIS application pool identity), or it sits on a "
                                             "smart card or token that is not inserted"),
                QT_TRANSLATE_NOOP("Catalog", "The application turned off automatic client certificate selection "
                                             "(ISC_REQ_USE_SUPPLIED_CREDS) and does not react when the server asks for a "
                                             "certificate"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate was imported into the current user store while the service "
                                             "looks in the local computer store, or the other way round"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the user's personal certificates and look for one with Client "
                                              "Authentication and a private key"),
                 "certutil -user -store My"},
                {QT_TRANSLATE_NOOP("Catalog", "For services and application pools, check the local computer store instead"),
                 "certutil -store My"},
                {QT_TRANSLATE_NOOP("Catalog", "See which CA names the server accepts for client certificates (the "
                                              "'Acceptable client certificate CA names' section)"),
                 "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "On an IIS / HTTP.sys server, check whether the binding negotiates client "
                                              "certificates and which CTL store limits them"),
                 "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "On the server, check the Schannel settings that control the trusted issuer "
                                              "list (SendTrustedIssuerList, ClientAuthTrustMode)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL"},
                {QT_TRANSLATE_NOOP("Catalog", "Test from the client with an explicitly chosen certificate"),
                 "curl.exe -v --cert \"CurrentUser\\MY\\<thumbprint>\" https://web01.contoso.com/"},
            },
            {
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Informational twin with the same low bits, returned when a TLS server asks "
                                              "for a client certificate")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned when no usable credentials or private key can be found at all")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the certificate or key supplied cannot be used by Schannel")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the client sees when the server rejects the certificate it did send")},
            },
        },
        {
            Family::Sspi, 0x80090321u, "SEC_E_BUFFER_TOO_SMALL", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel,
            "The buffers supplied to a function was too small.",
            QT_TRANSLATE_NOOP("Catalog", "An output buffer given to SSPI is too small for the token or message, often a "
                                         "Kerberos ticket enlarged by many group memberships."),
            QT_TRANSLATE_NOOP("Catalog", "The caller supplied a buffer that cannot hold what the package has to write: an "
                                         "authentication token, a TLS record header or trailer, or attribute data. For "
                                         "administrators the usual form is Kerberos token bloat: the user belongs to so many "
                                         "groups that the ticket outgrows the buffer the application sized from "
                                         "MaxTokenSize, and the client logs Kerberos event 6 in its System log. Otherwise it "
                                         "is a programming error in the calling application, reported on the side that made "
                                         "the call."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The user is a member of hundreds of groups (nested groups, SID history from "
                                             "migrations), so the Kerberos ticket exceeds the token buffer (Kerberos event 6 "
                                             "on the client)"),
                QT_TRANSLATE_NOOP("Catalog", "MaxTokenSize under "
                                             "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters is set "
                                             "below the 48000-byte default, often a leftover 12000 from old guidance"),
                QT_TRANSLATE_NOOP("Catalog", "Claims and compound authentication (Dynamic Access Control) add data to the "
                                             "ticket and push an already large token over the limit"),
                QT_TRANSLATE_NOOP("Catalog", "The application allocates fixed-size token buffers instead of using cbMaxToken "
                                             "from QuerySecurityPackageInfo or ISC_REQ_ALLOCATE_MEMORY"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS application sizes EncryptMessage or DecryptMessage buffers without the "
                                             "header and trailer sizes from SECPKG_ATTR_STREAM_SIZES"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Count the groups in the user's token; several hundred is a strong sign of "
                                              "token bloat"),
                 "whoami /groups | find /c \"S-1-\""},
                {QT_TRANSLATE_NOOP("Catalog", "Look for Kerberos event 6 on the client, which states the token size and the "
                                              "buffer size that was too small"),
                 "Get-WinEvent -FilterHashtable @{LogName='System'; Id=6} | Where-Object ProviderName -like '*Kerberos*'"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether MaxTokenSize is overridden on the client (no value means the "
                                              "48000-byte default)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxTokenSize"},
                {QT_TRANSLATE_NOOP("Catalog", "If web servers answer HTTP 400 'Request header too long' for the same users, "
                                              "review MaxFieldLength and MaxRequestBytes of HTTP.sys"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters"},
                {QT_TRANSLATE_NOOP("Catalog", "Reduce the user's group memberships or clean up SID history; developers "
                                              "should size buffers from cbMaxToken or let SSPI allocate them"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INSUFFICIENT_MEMORY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The package could not allocate memory, sometimes for the same oversized token")},
                {Family::Sspi, "SEC_E_INSUFFICIENT_BUFFERS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Too few buffers were supplied rather than buffers that are too small")},
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the buffer that receives TLS extensions")},
                {Family::Sspi, "SEC_E_ENCRYPT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Very large tokens also break CredSSP (Remote Desktop) encryption on older "
                                              "systems")},
            },
        },
        {
            Family::Sspi, 0x80090322u, "SEC_E_WRONG_PRINCIPAL", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate | Schannel | CredSsp,
            "The target principal name is incorrect.",
            QT_TRANSLATE_NOOP("Catalog", "The server that answered is not the identity the client asked for: the Kerberos "
                                         "ticket or the TLS certificate name does not fit."),
            QT_TRANSLATE_NOOP("Catalog", "With Kerberos, the service could not decrypt the ticket the client presented "
                                         "because it was encrypted for a different account; the server answers "
                                         "KRB_AP_ERR_MODIFIED, the client logs Kerberos event 4, and tools such as SQL "
                                         "Server clients, repadmin or Remote Desktop show this code. With Schannel (TLS), "
                                         "the client reports it when the name in the server's certificate does not match the "
                                         "name it connected to. Either way, the name the client used leads to a different "
                                         "identity than the one that answered."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The SPN (for example HTTP/web01.contoso.com or "
                                             "MSSQLSvc/sql01.contoso.com:1433) is registered on a different account than the "
                                             "one the service runs as, e.g. after moving the service from LocalSystem to a "
                                             "domain service account"),
                QT_TRANSLATE_NOOP("Catalog", "The same SPN is registered on two accounts, so the KDC encrypts the ticket for "
                                             "the wrong one"),
                QT_TRANSLATE_NOOP("Catalog", "DNS, a hosts-file entry or a load-balanced name points to another machine than "
                                             "the one owning the SPN (stale A record, cloned server, virtual IP without a "
                                             "shared service account)"),
                QT_TRANSLATE_NOOP("Catalog", "The computer account password is out of sync with Active Directory (VM "
                                             "snapshot rolled back, server restored from backup), so the machine cannot "
                                             "decrypt tickets for its own SPNs; between DCs repadmin shows -2146893022"),
                QT_TRANSLATE_NOOP("Catalog", "TLS: the server certificate's Subject or SAN does not contain the name the "
                                             "client used (connection by IP address, short name or alias)"),
                QT_TRANSLATE_NOOP("Catalog", "The client still holds a ticket obtained before the SPN was moved and keeps "
                                             "presenting it until it is purged or expires"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Find which account owns the SPN the client requests and compare it with the "
                                              "logon account of the service"),
                 "setspn -Q HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Search the whole forest for duplicate SPNs"),
                 "setspn -X -F"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the name resolves to the server that really runs the service "
                                              "(check the client's hosts file too)"),
                 "nslookup web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets, reconnect, and check with klist which service "
                                              "ticket it obtains"),
                 "klist purge"},
                {QT_TRANSLATE_NOOP("Catalog", "On the server, test the computer account's secure channel; repair it with "
                                              "-Repair if the test fails"),
                 "Test-ComputerSecureChannel -Verbose"},
                {QT_TRANSLATE_NOOP("Catalog", "For TLS, check the certificate's Subject and Subject Alternative Name against "
                                              "the name clients use"),
                 "certutil -dump server.cer"},
            },
            {
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the SPN does not exist at all rather than pointing to the wrong "
                                              "account")},
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Also means the server's identity could not be confirmed")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other common TLS certificate failure, often fixed together with a name "
                                              "mismatch")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Can follow when Kerberos fails and the NTLM fallback is refused")},
            },
        },
        {
            Family::Sspi, 0x80090324u, "SEC_E_TIME_SKEW", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The clocks on the client and server machines are skewed.",
            QT_TRANSLATE_NOOP("Catalog", "Kerberos rejected the request because the clocks of the client and the DC or "
                                         "server differ by more than the allowed tolerance."),
            QT_TRANSLATE_NOOP("Catalog", "Kerberos tickets and authenticators carry timestamps, and a KDC or service rejects "
                                         "them when its clock differs from the sender's by more than the allowed skew (5 "
                                         "minutes by default), which protects against replayed messages. The client reports "
                                         "this code when the domain controller or the target server answers with "
                                         "KRB_AP_ERR_SKEW. Negotiate may then fall back to NTLM, so the visible symptom can "
                                         "be slow or partly failing logons rather than a clean error."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client's clock differs from the DC's by more than 5 minutes (the default "
                                             "'Maximum tolerance for computer clock synchronization')"),
                QT_TRANSLATE_NOOP("Catalog", "The Windows Time service on the client or server is stopped, disabled or "
                                             "pointed at an unreachable manual NTP source, so it never syncs from the domain "
                                             "hierarchy"),
                QT_TRANSLATE_NOOP("Catalog", "The PDC emulator of the forest root domain syncs from its own hardware clock "
                                             "or an unreliable external source, so the whole domain drifts"),
                QT_TRANSLATE_NOOP("Catalog", "A virtual machine takes its time from a hypervisor host whose clock is wrong, "
                                             "overriding the domain time"),
                QT_TRANSLATE_NOOP("Catalog", "The clock shows the right local time but the time zone is wrong, so the UTC "
                                             "time that Kerberos compares is off by hours"),
                QT_TRANSLATE_NOOP("Catalog", "The machine resumed from sleep, a saved state or a snapshot with a stale clock "
                                             "and has not resynchronised yet"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Measure the offset between this machine and a domain controller"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source and the last successful sync; 'Local CMOS Clock' or "
                                              "'Free-running System Clock' means it is not syncing"),
                 "w32tm /query /status"},
                {QT_TRANSLATE_NOOP("Catalog", "Force a resynchronisation with the domain hierarchy"),
                 "w32tm /resync /rediscover"},
                {QT_TRANSLATE_NOOP("Catalog", "Find the PDC emulator, then check its own time source"),
                 "nltest /dsgetdc:contoso.com /pdc"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the offsets of all domain controllers in the domain"),
                 "w32tm /monitor /domain:contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Review the Time-Service events for synchronisation failures"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Time-Service']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A jumping clock also makes existing contexts expire early")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock also makes valid certificates look expired or not yet valid")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Applications often show a generic logon failure instead")},
            },
        },
        {
            Family::Sspi, 0x80090325u, "SEC_E_UNTRUSTED_ROOT", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The certificate chain was issued by an authority that is not trusted.",
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer's certificate chain ends at a root CA that this machine does not "
                                         "trust."),
            QT_TRANSLATE_NOOP("Catalog", "During the TLS (Schannel) handshake the receiving side builds the chain of the "
                                         "certificate it was given, and the chain ended at a root that is not in its Trusted "
                                         "Root Certification Authorities store, or could not be completed at all. It is "
                                         "normally reported by the client about the server's certificate, the well-known SQL "
                                         "Server, LDAPS, RDP and WinRM message \"The certificate chain was issued by an "
                                         "authority that is not trusted\", and by a Windows side that receives TLS alert "
                                         "unknown_ca (48) from its peer."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The server uses a self-signed certificate (the one SQL Server generates, the "
                                             "default RDP certificate, a test certificate) that clients have no reason to "
                                             "trust"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate comes from an internal enterprise CA whose root is not in the "
                                             "client's Trusted Root store (non-domain-joined machine, workgroup server, "
                                             "other forest)"),
                QT_TRANSLATE_NOOP("Catalog", "Newer SQL Server drivers (Microsoft.Data.SqlClient 4.0 and later, ODBC Driver "
                                             "18) encrypt by default, exposing a SQL Server certificate that was never "
                                             "validated before"),
                QT_TRANSLATE_NOOP("Catalog", "The server does not send its intermediate CA certificates and the client "
                                             "cannot download them from the AIA URL, so the chain never reaches a trusted "
                                             "root"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy or firewall re-signs traffic with its own CA, which has "
                                             "not been deployed to this client"),
                QT_TRANSLATE_NOOP("Catalog", "Automatic root certificate updates are turned off on an offline server, so a "
                                             "newer public root is missing"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Save the peer's certificate and build its chain; the output names the element "
                                              "that fails"),
                 "certutil -verify -urlfetch server.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "See exactly which certificates the server sends during the handshake"),
                 "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the issuing root is in the machine's Trusted Root store"),
                 "certutil -store Root \"Contoso Root CA\""},
                {QT_TRANSLATE_NOOP("Catalog", "Import the correct root CA certificate (in a domain, deploy it by Group "
                                              "Policy instead)"),
                 "certutil -addstore Root contoso-root.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events on the side that rejected the certificate"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Use TrustServerCertificate=True or similar switches only briefly to confirm "
                                              "the diagnosis; the fix is a certificate from a trusted CA"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other certificate rejections that do not concern the root")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other frequent certificate failure in the same handshake")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reported when the chain is trusted but the name does not match")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos smart card counterpart of an untrusted CA")},
            },
        },
        {
            Family::Sspi, 0x80090326u, "SEC_E_ILLEGAL_MESSAGE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The message received was unexpected or badly formatted.",
            QT_TRANSLATE_NOOP("Catalog", "The TLS handshake broke down: the peer sent a fatal alert, or data that is not "
                                         "valid TLS at this point."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it receives a TLS message it cannot accept, and "
                                         "when the peer aborts with a fatal alert that has no more specific mapping, most "
                                         "often handshake_failure (40). On a client it usually means the server rejected the "
                                         "ClientHello: no shared cipher suite or signature algorithm, or a client "
                                         "certificate it required was not sent. On a server, Schannel errors with this code "
                                         "often come from clients or scanners that send plain text or handshakes it does not "
                                         "support."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The server aborted with alert 40 (handshake_failure) because the two sides "
                                             "share no cipher suite or signature algorithm, e.g. a hardened server allowing "
                                             "only ECDHE-GCM suites and an old client offering only CBC or RSA key exchange"),
                QT_TRANSLATE_NOOP("Catalog", "The server requires a client certificate (mutual TLS) and the client sent "
                                             "none, or one it cannot use"),
                QT_TRANSLATE_NOOP("Catalog", "The port does not speak TLS directly: plain HTTP, or a STARTTLS service such "
                                             "as SMTP on 25/587 or LDAP on 389 contacted with implicit TLS"),
                QT_TRANSLATE_NOOP("Catalog", "A middlebox (TLS inspection, load balancer, IPS) interferes with or rewrites "
                                             "the handshake"),
                QT_TRANSLATE_NOOP("Catalog", "A Schannel regression in a Windows update breaks handshakes with some servers "
                                             "(for example the October 2022 updates, fixed by the out-of-band update "
                                             "KB5020435)"),
                QT_TRANSLATE_NOOP("Catalog", "On servers: vulnerability scanners, monitoring probes or outdated clients "
                                             "sending malformed or plain-text hellos"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events on both sides; 36887 gives the alert number received "
                                              "and 36888 the alert sent"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the cipher suites enabled on the client and on the server"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which TLS versions are enabled or disabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                {QT_TRANSLATE_NOOP("Catalog", "List the protocols and cipher suites the server really accepts"),
                 "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce with a minimal Schannel client and see at which step the handshake "
                                              "fails"),
                 "curl.exe -v --tlsv1.2 https://web01.contoso.com/"},
                {QT_TRANSLATE_NOOP("Catalog", ".NET Framework 4.x applications: check that strong cryptography is enabled so "
                                              "they can offer TLS 1.2 and modern suites"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 /v SchUseStrongCrypto"},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reported instead when Schannel itself finds no common algorithm or receives "
                                              "alert 71")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reported instead for alert 70 (protocol_version), when TLS versions do not "
                                              "overlap")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Shows that the server asked for a client certificate earlier in the same "
                                              "handshake")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the connection is cut instead of closed with an alert")},
            },
        },
        {
            Family::Sspi, 0x80090327u, "SEC_E_CERT_UNKNOWN", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "An unknown error occurred while processing the certificate.",
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the TLS handshake was rejected for a reason no more specific code "
                                         "covers, usually by the peer through an alert."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel uses this code as its catch-all for certificate problems: Windows reports "
                                         "it when the peer sends TLS alert bad_certificate (42), unsupported_certificate "
                                         "(43) or certificate_unknown (46), and when local processing of a certificate fails "
                                         "in a way it does not classify. It is usually reported by the side whose "
                                         "certificate was refused: a client about its own certificate in mutual TLS, or a "
                                         "server whose certificate a non-Windows client rejected. The peer's own log "
                                         "normally names the precise reason."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A mutual-TLS server (often Java, OpenSSL or a network appliance) rejected the "
                                             "client certificate: wrong EKU, an issuer it does not trust, or no mapping to "
                                             "an account"),
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows client rejected the server certificate for a reason it only "
                                             "reports generically, such as a SHA-1 signature, an RSA key shorter than 2048 "
                                             "bits or a missing Server Authentication EKU"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate uses a key type or elliptic curve the peer does not support or "
                                             "has disabled"),
                QT_TRANSLATE_NOOP("Catalog", "The revocation status could not be checked and the peer treats that as fatal "
                                             "(CRL or OCSP URL unreachable from the peer)"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate is malformed or carries a critical extension the peer does not "
                                             "understand"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events; 36887 shows which alert (42, 43 or 46) the peer sent"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the signature algorithm, key length, Enhanced Key Usage and critical "
                                              "extensions of the certificate"),
                 "certutil -dump client.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Verify the chain and that every CRL and OCSP URL in it is reachable"),
                 "certutil -verify -urlfetch client.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "On an HTTP.sys server that uses client certificates, check the binding's "
                                              "revocation and client certificate settings"),
                 "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "Ask for the peer's TLS log (Java -Djavax.net.debug=ssl, the OpenSSL error "
                                              "line, the appliance log), which names the exact reason"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_CERT_WRONG_USAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The specific code when the certificate's usage (EKU) is the problem")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Alert 48 (unknown_ca) maps to this code instead")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Alert 45 (certificate_expired) maps to this code instead")},
                {Family::Sspi, "SEC_E_INCOMPLETE_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the client had no certificate to send at all")},
            },
        },
        {
            Family::Sspi, 0x80090328u, "SEC_E_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The received certificate has expired.",
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the TLS handshake is outside its validity period: expired, or not "
                                         "yet valid according to this machine's clock."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel checks the validity dates of every certificate in the chain against the "
                                         "local clock. A client reports this code when the server certificate or one of its "
                                         "intermediate CA certificates has expired, and a Windows side also returns it when "
                                         "the peer sends alert certificate_expired (45) about the certificate it presented. "
                                         "The typical picture is HTTPS, LDAPS, RDP or SQL Server connections that all start "
                                         "failing at the same moment."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The server certificate reached its expiry date because the renewal was missed"),
                QT_TRANSLATE_NOOP("Catalog", "A renewed certificate is installed but the service still uses the old "
                                             "thumbprint (HTTP.sys/IIS binding, RDP listener, SQL Server, AD FS) until it is "
                                             "rebound or restarted"),
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate in the chain has expired, or the server still "
                                             "sends an old cached intermediate"),
                QT_TRANSLATE_NOOP("Catalog", "The local clock is wrong (CMOS reset, bad time source), so a valid certificate "
                                             "looks expired or not yet valid"),
                QT_TRANSLATE_NOOP("Catalog", "A client certificate used for mutual TLS has expired and the server rejected "
                                             "it with alert 45"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the computer's certificates with their expiry dates and thumbprints"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-Table Subject, NotAfter, Thumbprint"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the certificate hash bound to each IP:port or host name with the "
                                              "thumbprint of the renewed certificate"),
                 "netsh http show sslcert"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which certificate the Remote Desktop listener uses"),
                 "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting | Select-Object TerminalName, SSLCertificateSHA1Hash"},
                {QT_TRANSLATE_NOOP("Catalog", "Verify the whole chain, including the intermediate CA certificates"),
                 "certutil -verify -urlfetch server.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the local clock and its time source"),
                 "w32tm /query /status"},
            },
            {
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock causes both certificate date errors and Kerberos failures")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for a smart card logon certificate")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the domain controller certificate used in smart card "
                                              "logon")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The other frequent certificate failure in the same handshake")},
            },
        },
        {
            Family::Sspi, 0x80090329u, "SEC_E_ENCRYPT_FAILURE", {}, Severity::Error,
            Category::MessagesCryptography, CredSsp | Schannel | Kerberos | Negotiate,
            "The specified data could not be encrypted.",
            QT_TRANSLATE_NOOP("Catalog", "The package could not encrypt data with the session; most often seen as a Remote "
                                         "Desktop (CredSSP) authentication error."),
            QT_TRANSLATE_NOOP("Catalog", "EncryptMessage or an internal encryption step failed even though the security "
                                         "context exists. It is uncommon, and the best-known case is CredSSP, which Remote "
                                         "Desktop uses for Network Level Authentication: the client shows \"An "
                                         "authentication error has occurred\" with the text \"The specified data could not "
                                         "be encrypted\" when it cannot wrap the user's credentials for the server. Outside "
                                         "CredSSP it usually points to a key or crypto provider problem on the reporting "
                                         "machine rather than to the network."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The user's Kerberos token is very large (many group memberships) and CredSSP "
                                             "cannot encrypt it; Windows Server 2008 and 2008 R2 failed above 16 KB until "
                                             "hotfixes KB975943 and KB978918"),
                QT_TRANSLATE_NOOP("Catalog", "Client and server run builds with different CredSSP or Schannel fixes; "
                                             "installing current updates on both ends removes known encryption bugs"),
                QT_TRANSLATE_NOOP("Catalog", "The private key needed for the operation is on a smart card, TPM or HSM that "
                                             "is not available, or the CNG Key Isolation service (KeyIso) is not running"),
                QT_TRANSLATE_NOOP("Catalog", "Third-party software hooked into LSASS or the crypto stack (endpoint "
                                             "protection, smart card middleware, TLS inspection agents) interferes with the "
                                             "operation"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Count the user's groups, then try the same connection with an account that "
                                              "has few groups"),
                 "whoami /groups | find /c \"S-1-\""},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the update level of both machines and install current cumulative "
                                              "updates where they lag"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the CNG Key Isolation service is running"),
                 "sc query KeyIso"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate's private key is present and usable (look for "
                                              "'Encryption test passed')"),
                 "certutil -verifystore My web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Enable the CAPI2 operational log, reproduce the failure, and look for key or "
                                              "provider errors"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true"},
            },
            {
                {Family::Sspi, "SEC_E_DECRYPT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The receiving side's counterpart")},
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another symptom of oversized Kerberos tokens")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the context offers no encryption at all")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned for crypto failures that map to no SSPI code")},
            },
        },
        {
            Family::Sspi, 0x80090330u, "SEC_E_DECRYPT_FAILURE", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The specified data could not be decrypted.",
            QT_TRANSLATE_NOOP("Catalog", "Data or a handshake step could not be decrypted or verified; in TLS the peer "
                                         "usually sent alert decrypt_error."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel reports this code when decrypting a record fails and, more often in "
                                         "practice, when the peer sends TLS alert decrypt_error (51) or decryption_failed "
                                         "(21). Decrypt_error means the peer could not verify a signature in the handshake "
                                         "or the Finished message, so the two sides computed different keys or disagree on "
                                         "how a signature is made. It appears on the side that receives the alert, usually "
                                         "the client, and tends to be intermittent or tied to one cipher suite or one "
                                         "certificate."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A key exchange computed differently by the two TLS stacks, e.g. intermittent "
                                             "failures with TLS_DHE_* suites between Windows builds with and without the "
                                             "2020 'leading zero' fix, or with non-Windows peers"),
                QT_TRANSLATE_NOOP("Catalog", "A client certificate whose key is held in a TPM or smart card produces RSA-PSS "
                                             "signatures the server rejects (known with older TPM 2.0 firmware)"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy, load balancer or WAN optimiser alters handshake or "
                                             "application records in transit"),
                QT_TRANSLATE_NOOP("Catalog", "Faulty NIC offloading or network equipment corrupting packets, seen as random "
                                             "failures on otherwise healthy connections"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events; 36887 with alert 51 or 21 confirms the peer could "
                                              "not decrypt or verify the handshake"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "List the enabled cipher suites and note whether TLS_DHE_* suites are offered"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                {QT_TRANSLATE_NOOP("Catalog", "As a test, disable the DHE suites on the client (repeat for each TLS_DHE_* "
                                              "name) and retry"),
                 "Disable-TlsCipherSuite -Name \"TLS_DHE_RSA_WITH_AES_256_GCM_SHA384\""},
                {QT_TRANSLATE_NOOP("Catalog", "Capture a failing handshake to see which side sends the alert and which "
                                              "cipher suite was chosen (stop with netsh trace stop)"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\tls.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "If the client certificate is TPM-backed, update the TPM firmware or test with "
                                              "a certificate whose key is in software"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel reports for alert 20 (bad_record_mac) instead")},
                {Family::Sspi, "SEC_E_ENCRYPT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The sending side's counterpart")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other handshake alerts from the same peer map to this code")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Also tied to the cipher suite configuration of both sides")},
            },
        },
        {
            Family::Sspi, 0x80090331u, "SEC_E_ALGORITHM_MISMATCH", {}, Severity::Error,
            Category::MessagesCryptography, Schannel | CredSsp,
            "The client and server cannot communicate, because they do not possess a common algorithm.",
            QT_TRANSLATE_NOOP("Catalog", "Client and server share no TLS protocol version, cipher suite or key type that "
                                         "both are allowed to use."),
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this code when it finds no combination of protocol version, "
                                         "cipher suite, signature algorithm and certificate key type that both sides permit, "
                                         "and when the peer ends the handshake with alert insufficient_security (71). It is "
                                         "the classic result of hardening one side (turning off TLS 1.0/1.1, removing cipher "
                                         "suites) while an older client, driver or runtime has nothing newer to offer. "
                                         "Servers usually log Schannel event 36874, and clients such as SQL Server drivers "
                                         "show the Windows message in their pre-login handshake error."),
            {
                QT_TRANSLATE_NOOP("Catalog", "One side allows only TLS 1.2/1.3 while the other offers only TLS 1.0/1.1, e.g. "
                                             "an old SQL Server build, Windows Server 2008 R2 without TLS 1.2 enabled, or a "
                                             ".NET Framework application without SchUseStrongCrypto"),
                QT_TRANSLATE_NOOP("Catalog", "A cipher-suite policy (the GPO 'SSL Cipher Suite Order' or a hardening tool) "
                                             "left no suite in common, e.g. only ECDHE-GCM suites on the server and only CBC "
                                             "or RSA suites on the client"),
                QT_TRANSLATE_NOOP("Catalog", "The server certificate's key type matches none of the enabled suites, e.g. an "
                                             "ECDSA certificate while no ECDHE_ECDSA suite is enabled"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate's private key is stored in a legacy CryptoAPI provider that "
                                             "cannot create the SHA-256 signatures TLS 1.2 needs"),
                QT_TRANSLATE_NOOP("Catalog", "FIPS mode ('System cryptography: Use FIPS compliant algorithms') on one side "
                                             "limits it to suites the other side does not offer"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel events; on the server 36874 means no common cipher suite, "
                                              "on the client 36887 with alert 71 points the same way"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the cipher suites enabled on the client and on the server"),
                 "Get-TlsCipherSuite | Format-Table Name"},
                {QT_TRANSLATE_NOOP("Catalog", "Check which TLS versions are enabled or disabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a Group Policy cipher-suite order overrides the defaults"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Cryptography\\Configuration\\SSL\\00010002"},
                {QT_TRANSLATE_NOOP("Catalog", ".NET Framework 4.x applications: check SchUseStrongCrypto (and "
                                              "SystemDefaultTlsVersions), also under WOW6432Node for 32-bit apps"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\.NETFramework\\v4.0.30319 /v SchUseStrongCrypto"},
                {QT_TRANSLATE_NOOP("Catalog", "List the protocols and cipher suites the server really accepts"),
                 "nmap --script ssl-enum-ciphers -p 443 web01.contoso.com"},
            },
            {
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The client-side symptom when the server answers with alert 40 "
                                              "(handshake_failure)")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reported for alert 70 (protocol_version) when the TLS versions do not overlap")},
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos counterpart: the peer demands stronger cryptography than is available")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos form of 'no common algorithm': no shared encryption type")},
            },
        },
        {
            Family::Sspi, 0x80090332u, "SEC_E_SECURITY_QOS_FAILED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | Digest,
            "The security context could not be established due to a failure in the requested quality of service (e.g. mutual authentication or delegation).",
            QT_TRANSLATE_NOOP("Catalog", "A context could not be built with the protection the caller demanded, such as "
                                         "mutual authentication or delegation."),
            QT_TRANSLATE_NOOP("Catalog", "Callers pass requirement flags when they build a context (mutual authentication, "
                                         "delegation, integrity, confidentiality), and this code means the package could not "
                                         "meet them or rejected the requested combination. It is uncommon: it is documented "
                                         "mainly for the Digest package on the server side; with other packages, "
                                         "applications usually complete the context and then judge the returned attributes "
                                         "themselves, so the code mostly comes from custom or third-party software. The "
                                         "practical question is which package was really used and whether it can provide "
                                         "what was asked for."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application insists on mutual authentication or delegation, but Negotiate "
                                             "used NTLM (connection by IP address or alias, missing SPN), and NTLM provides "
                                             "neither"),
                QT_TRANSLATE_NOOP("Catalog", "Delegation is requested but not possible: the service account is not trusted "
                                             "for delegation, or the user is marked 'Account is sensitive and cannot be "
                                             "delegated' or belongs to Protected Users"),
                QT_TRANSLATE_NOOP("Catalog", "A web server or custom service asks the Digest package for a context feature "
                                             "it does not support"),
                QT_TRANSLATE_NOOP("Catalog", "A custom or third-party application passes requirement flags that are invalid "
                                             "for the package or contradict each other (a programming error)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check for a Kerberos service ticket for the target; if there "
                                              "is none, NTLM was used"),
                 "klist"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that an SPN exists for the exact name the client uses"),
                 "setspn -Q HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "On the server, check the Authentication Package field (Kerberos or NTLM) of "
                                              "recent logon events"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4624)]]\" /c:10 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the delegation settings of the service's account"),
                 "Get-ADComputer web01 -Properties TrustedForDelegation, msDS-AllowedToDelegateTo"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the user account may be delegated at all"),
                 "Get-ADUser alice -Properties AccountNotDelegated"},
                {QT_TRANSLATE_NOOP("Catalog", "For custom applications, log the requirement flags passed and the attributes "
                                              "returned by InitializeSecurityContext or AcceptSecurityContext"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reports specifically that the server's identity could not be verified")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Reported when an operation needs delegation that is not configured")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The per-message counterpart: the requested protection is not available")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead by some packages for a requirement flag they do not accept")},
            },
        },
        {
            Family::Sspi, 0x80090333u, "SEC_E_UNFINISHED_CONTEXT_DELETED", {}, Severity::Error,
            Category::ContextTokens, Ntlm | Kerberos | Negotiate | CredSsp,
            "A security context was deleted before the context was completed. This is considered a logon failure.",
            QT_TRANSLATE_NOOP("Catalog",
                "A logon handshake was abandoned half-way: the security context was torn down before authentication finished."),
            QT_TRANSLATE_NOOP("Catalog",
                "The server (acceptor) had started a security context from the client's first token, but the context was "
                "deleted before the final leg arrived, so the LSA records it as a failed logon. Administrators mostly meet it "
                "as Status or Sub Status 0xC00002EE in event 4625 on the server, often in bursts with logon type 3 or 10. It "
                "says that the handshake was cut off, not that a password was wrong."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "Internet-facing RDP with NLA: scanners and password-spraying tools open a CredSSP/NTLM handshake and "
                    "disconnect, producing a stream of 4625 events with 0xC00002EE"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A user cancelled the credential prompt (browser, RDP client, mapped drive) after the first NTLM or "
                    "Negotiate leg, or the network dropped mid-handshake"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A load balancer or reverse proxy sends the legs of one NTLM handshake over different connections or to "
                    "different back-end servers (no connection persistence, keep-alive disabled)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The server application deletes pending contexts on its own timeout, which is shorter than the time the "
                    "client needs (for example a slow DC lookup on the client side)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Monitoring probes or health checks that start Negotiate authentication but never complete it"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the server, list recent failed logons and note Source Network Address, Logon Type and the process "
                     "for the 0xC00002EE entries"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625} -MaxEvents 100 | Where-Object { $_.Message -match '0xC00002EE' } | Format-List TimeCreated,Message"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "If the sources are public addresses you do not recognise, treat it as attack noise: restrict RDP to a "
                     "VPN or an RD Gateway and check that the Windows Firewall rule scope is limited"),
                 "Get-NetFirewallRule -DisplayGroup 'Remote Desktop' | Get-NetFirewallAddressFilter"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Behind a load balancer or proxy, enable connection persistence (sticky sessions) and HTTP keep-alive so "
                     "the whole NTLM handshake stays on one connection to one server"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog",
                     "For an internal client, capture a trace while reproducing and check which side closes the connection "
                     "between the challenge and the final token"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Stop the trace and open the .etl in Microsoft Network Monitor or convert it for Wireshark"),
                 "netsh trace stop"},
            },
            {
                {Family::NtStatus, "STATUS_UNFINISHED_CONTEXT_DELETED", 0xC00002EEu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as Status or Sub Status 0xC00002EE in event 4625.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The failure a completed handshake gives when the credentials themselves are rejected.")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The intermediate step after which the client went away.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Seen instead when the next leg arrives but is truncated or mixed up between connections.")},
            },
        },
        {
            Family::Sspi, 0x80090334u, "SEC_E_NO_TGT_REPLY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The client is trying to negotiate a context and the server requires user-to-user but didn't send a TGT reply.",
            QT_TRANSLATE_NOOP("Catalog",
                "The server demanded Kerberos user-to-user authentication but did not send its TGT, so the client cannot "
                "continue."),
            QT_TRANSLATE_NOOP("Catalog",
                "In user-to-user (U2U) Kerberos the server has no long-term key to decrypt a normal service ticket, so it "
                "answers with KRB_AP_ERR_USER_TO_USER_REQUIRED and must include its own TGT; the client then asks the KDC for "
                "a ticket tied to that TGT. The client raises this code when the error arrives without the TGT. It is rare "
                "and almost always involves a service running as a user account or a non-Windows acceptor."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The service runs in a user logon session that has no password-derived keys (the account signed in with a "
                    "smart card or Windows Hello) and that session also has no usable TGT to hand back"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The SPN is registered on a user account instead of the service or computer account that actually runs "
                    "the service, so the target needs U2U"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows acceptor (Java GSS, Heimdal, a custom Kerberos stack) asks for user-to-user but omits the "
                    "TGT from the error data"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The server's TGT has expired and could not be renewed (for example the DC was unreachable from the "
                    "server)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find which account owns the SPN the client is using; it should be the account the service runs as"),
                 "setspn -Q HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the server, list the logon sessions and check that the service's session holds a current TGT"),
                 "klist sessions"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "For a service running as the computer account, inspect the machine's ticket cache (LUID 0x3e7)"),
                 "klist -li 0x3e7 tgt"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Run the service under an account with a password (or a gMSA) and register the SPN on that account "
                     "instead of relying on user-to-user"),
                 "setspn -S HTTP/web01.contoso.com CONTOSO\\svc_web"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the client, drop cached tickets and retry so a fresh service ticket is requested"),
                 "klist purge"},
            },
            {
                {Family::NtStatus, "STATUS_NO_TGT_REPLY", 0xC00002EFu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in LSA and Kerberos traces.")},
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The acceptor-side error when the server has no key for the ticket it received.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Raised instead when the SPN sits on the wrong account and a ticket is issued anyway.")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The server process has no Kerberos credentials at all.")},
            },
        },
        {
            Family::Sspi, 0x80090335u, "SEC_E_NO_IP_ADDRESSES", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Negotiate,
            "Unable to accomplish the requested task because the local machine does not have any IP addresses.",
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos needed a local IP address for the request but the computer had none that it could use."),
            QT_TRANSLATE_NOOP("Catalog",
                "Some Kerberos messages carry the sender's network address, for example the KRB-PRIV message used by the "
                "Kerberos password change protocol, and address-bound tickets. When the client finds no usable local address "
                "it stops with this code before anything is sent. It points at the machine's network state, not at Active "
                "Directory."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The network adapter is disconnected, disabled or still waiting for DHCP when the request is made"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A service or scheduled task authenticates early at boot, before the network stack has an address"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The VPN or Wi-Fi connection that provides the only address is not up yet (common on laptops at sign-in "
                    "or when changing a password off the corporate network)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A broken network stack or a third-party filter driver hides the adapters, so no IPv4 address is reported"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The machine has only an address type the Kerberos client cannot place in the message (for example IPv6 "
                    "only on older Windows builds)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check that the computer has an IPv4 address and a default gateway at the time of the failure"),
                 "ipconfig /all"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "List addresses and adapter status; an adapter in Disconnected or Disabled state explains the error"),
                 "Get-NetIPAddress -AddressFamily IPv4 | Format-Table InterfaceAlias,IPAddress,PrefixOrigin"},
                {QT_TRANSLATE_NOOP("Catalog", "If a service fails only at boot, make it start after the network is ready"),
                 "sc config MyService start= delayed-auto"},
                {QT_TRANSLATE_NOOP("Catalog", "Once an address is present, confirm a DC is reachable before retrying"),
                 "nltest /dsgetdc:contoso.com /kdc"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "If adapters are present but show no address, reset the Winsock catalog and reboot (removes layered "
                     "providers left by broken software)"),
                 "netsh winsock reset"},
            },
            {
                {Family::NtStatus, "STATUS_NO_IP_ADDRESSES", 0xC00002F1u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in LSA and Kerberos traces.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The usual next error once an address exists but no DC answers.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Generic LSA failure sometimes logged alongside network start-up problems.")},
            },
        },
        {
            Family::Sspi, 0x80090336u, "SEC_E_WRONG_CREDENTIAL_HANDLE", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate,
            "The supplied credential handle does not match the credential associated with the security context.",
            QT_TRANSLATE_NOOP("Catalog",
                "The program continued a handshake with a different credential handle from the one it started it with."),
            QT_TRANSLATE_NOOP("Catalog",
                "A security context is bound to the credential handle used on the first InitializeSecurityContext or "
                "AcceptSecurityContext call. If a later call for the same context passes another credential handle, the "
                "security package refuses with this code. It is an application-side problem (a bug or identity switching in "
                "connection reuse), reported by the program that makes the call."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The application passes a different credential handle on the second or later call of the same handshake, "
                    "for example after a code change in its authentication loop"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Connection pooling reuses a connection whose context was started for another user or another "
                    "impersonation level"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The credential handle was freed and acquired again (after a password change or token refresh) while a "
                    "context was still in progress"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A third-party authentication package or credential provider wraps Kerberos and passes the error through"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Identify the process and the call that fails from the application's own log; the fix is in that program "
                     "or its library, not in Active Directory"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check which account the failing process runs as, to spot identity switching"),
                 "tasklist /v /fi \"imagename eq w3wp.exe\""},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Reproduce with connection pooling disabled or with a fresh process; if the error disappears, the pool "
                     "is mixing identities"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Capture an authentication trace while reproducing to see the sequence of calls and tickets"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Update the application or library and give the vendor the call sequence from the trace"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_WRONG_CREDENTIAL_HANDLE", 0xC00002F2u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The sibling error when the handle is not valid at all rather than mismatched.")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Raised when the credentials behind the handle cannot be used.")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Raised when the handle carries no usable credentials for the package.")},
            },
        },
        {
            Family::Sspi, 0x80090337u, "SEC_E_CRYPTO_SYSTEM_INVALID", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Negotiate | Digest,
            "The crypto system or checksum function is invalid because a required function is unavailable.",
            QT_TRANSLATE_NOOP("Catalog",
                "The encryption or checksum algorithm the exchange needs is not available or not allowed on this computer."),
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos and Digest look up an implementation for the negotiated encryption type or checksum; when the local "
                "system has none (disabled by policy, FIPS mode or a damaged component), the package stops with this code. It "
                "is reported on the side that has to encrypt, decrypt or check the message, and is typically found after "
                "crypto hardening or when talking to old peers."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The Kerberos encryption type in use (DES, or RC4 after hardening) is disabled locally by the policy "
                    "\"Network security: Configure encryption types allowed for Kerberos\""),
                QT_TRANSLATE_NOOP("Catalog",
                    "FIPS mode (\"System cryptography: Use FIPS compliant algorithms\") removes RC4/MD5-based algorithms an old "
                    "peer or keytab still uses"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A Digest client cannot match any cipher the server asked for when confidentiality (auth-conf) is "
                    "requested, for example an LDAP Digest-MD5 bind with encryption"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Damaged or replaced system cryptography files, or security software that hooks the LSA crypto functions"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check which Kerberos encryption types the local policy allows (0x18 = AES only; 0x1C adds RC4)"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\Parameters /v SupportedEncryptionTypes"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether FIPS mode is on (Enabled = 1)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\FipsAlgorithmPolicy /v Enabled"},
                {QT_TRANSLATE_NOOP("Catalog", "Look at the encryption types of the tickets actually in use"), "klist"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Move the peer or service account to AES (reset the password so AES keys exist) rather than re-enabling "
                     "DES or RC4"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                {QT_TRANSLATE_NOOP("Catalog", "If the policy allows the algorithm, verify the system files"), "sfc /scannow"},
            },
            {
                {Family::NtStatus, "STATUS_CRYPTO_SYSTEM_INVALID", 0xC00002F3u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side view of the same encryption type mismatch.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No algorithm in common between the two sides.")},
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The peer requires stronger algorithms than this side offers.")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The requested protection level cannot be provided by the package.")},
            },
        },
        {
            Family::Sspi, 0x80090338u, "SEC_E_MAX_REFERRALS_EXCEEDED", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The number of maximum ticket referrals has been exceeded.",
            QT_TRANSLATE_NOOP("Catalog",
                "The Kerberos client followed too many cross-realm referrals without reaching the service's realm."),
            QT_TRANSLATE_NOOP("Catalog",
                "For a service in another domain or forest the client's KDC hands out referral tickets, and the client "
                "follows them realm by realm. To avoid endless loops the Windows Kerberos client caps the number of hops and "
                "fails with this code when the cap is reached. It is reported on the client and almost always means a "
                "referral loop or a broken trust path, not a long but valid one."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "Two forests or realms both claim the same DNS suffix or SPN, so each KDC refers the client to the other "
                    "(forest trust name suffix routing conflict)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A realm mapping (ksetup /addhosttorealmmap, or [domain_realm] / capaths on an MIT KDC) points the host "
                    "back into a realm that refers it again"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The SPN is registered in one forest while DNS places the host in another, so the KDCs keep redirecting"),
                QT_TRANSLATE_NOOP("Catalog", "A very long chain of parent/child and external trusts without shortcut trusts"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce from a clean cache and watch which krbtgt/ referral tickets pile up"),
                 "klist purge"},
                {QT_TRANSLATE_NOOP("Catalog", "Request the ticket directly and note the error and the realms involved"),
                 "klist get HTTP/web01.fabrikam.com"},
                {QT_TRANSLATE_NOOP("Catalog", "List all trusts with their direction and attributes"),
                 "nltest /domain_trusts /all_trusts /v"},
                {QT_TRANSLATE_NOOP("Catalog", "Check forest trust name suffixes for a suffix claimed by both forests"),
                 "Get-ADTrust -Filter * | Format-List Name,Direction,ForestTransitive,TrustAttributes"},
                {QT_TRANSLATE_NOOP("Catalog", "Show the client's realm and host-to-realm mappings (for MIT interop)"),
                 "ksetup"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for the same SPN registered in more than one place"), "setspn -F -X"},
            },
            {
                {Family::NtStatus, "STATUS_MAX_REFERRALS_EXCEEDED", 0xC00002F4u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in Kerberos client traces.")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC could not produce a referral at all.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The usual result when the SPN cannot be found in any realm.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No KDC reachable for one of the realms along the path.")},
            },
        },
        {
            Family::Sspi, 0x80090339u, "SEC_E_MUST_BE_KDC", {}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            "The local machine must be a Kerberos KDC (domain controller) and it is not.",
            QT_TRANSLATE_NOOP("Catalog",
                "A KDC-only operation was requested on a machine that is not acting as a domain controller KDC."),
            QT_TRANSLATE_NOOP("Catalog",
                "Some Kerberos functions, such as starting the KDC service or validating a PAC signature with the krbtgt key, "
                "can only run on a domain controller whose Kerberos Key Distribution Center is loaded. Elsewhere the Kerberos "
                "package returns this code. It is uncommon and usually reflects a service configuration problem on a DC or a "
                "tool run on the wrong machine."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The Kerberos Key Distribution Center service (kdc) is stopped or disabled on a domain controller, so PAC "
                    "validation requests forwarded to it by member servers fail"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Someone enabled or tried to start the kdc service on a member server or workstation (for example a "
                    "hardening script or a cloned former DC image)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A half-finished promotion or demotion left the server's product type and its services out of step"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A management tool or script that calls a DC-only Kerberos function was run on a non-DC"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check that the KDC service is running and set to Automatic"),
                 "Get-Service kdc | Format-List Name,Status,StartType"},
                {QT_TRANSLATE_NOOP("Catalog", "Confirm the machine really is a DC (ProductType 2 = domain controller)"),
                 "Get-CimInstance Win32_OperatingSystem | Select-Object ProductType"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for service start failures of the KDC in the System log"),
                 "wevtutil qe System /q:\"*[System[(EventID=7023 or EventID=7024)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the services a DC needs with dcdiag"), "dcdiag /test:services /s:dc01"},
                {QT_TRANSLATE_NOOP("Catalog", "From a client, confirm which DC currently answers as KDC"),
                 "nltest /dsgetdc:contoso.com /kdc /force"},
            },
            {
                {Family::NtStatus, "STATUS_MUST_BE_KDC", 0xC00002F5u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; the KDC service exits with it when started on a non-DC.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Clients report this when no working KDC answers.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Generic LSA failure often logged at the same time on a damaged DC.")},
            },
        },
        {
            Family::Sspi, 0x8009033Au, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate,
            "The other end of the security negotiation is requires strong crypto but it is not supported on the local machine.",
            QT_TRANSLATE_NOOP("Catalog", "The peer insists on strong (128-bit class) encryption that this side cannot offer."),
            QT_TRANSLATE_NOOP("Catalog",
                "The code dates from export-restricted cryptography, when some Windows builds could only do 40- or 56-bit "
                "encryption and a peer could require more. Current Windows always has strong cryptography, so the code is "
                "rare today; when it appears it usually involves an old operating system, an embedded device or a third-party "
                "security provider on one side of the exchange."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A legacy system or embedded device with export-grade or no 128-bit crypto talks to a server that "
                    "requires 128-bit session security"),
                QT_TRANSLATE_NOOP("Catalog",
                    "\"Network security: Minimum session security for NTLM SSP based clients/servers\" is set to require "
                    "128-bit encryption and the peer cannot negotiate it"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A third-party SSP or SMB/NTLM implementation that does not advertise 128-bit support"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A peer limited to DES for Kerberos while this side requires stronger encryption types"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check the NTLM minimum session security on both sides (0x20080000 = NTLMv2 and 128-bit required)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NTLMMinClientSec"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the server-side value as well"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0 /v NTLMMinServerSec"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Identify the peer's operating system or firmware version and upgrade it instead of weakening the policy"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "For Kerberos, look at the encryption types of the tickets in use"), "klist"},
            },
            {
                {Family::NtStatus, "STATUS_STRONG_CRYPTO_NOT_SUPPORTED", 0xC00002F6u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The general case: no algorithm both sides accept.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The needed algorithm exists in principle but is unavailable locally.")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The requested message protection level cannot be provided.")},
            },
        },
        {
            Family::Sspi, 0x8009033Bu, "SEC_E_TOO_MANY_PRINCIPALS", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC reply contained more than one principal name.",
            QT_TRANSLATE_NOOP("Catalog",
                "A principal name in a Kerberos message had a shape Windows does not accept (more than one name where one was "
                "expected)."),
            QT_TRANSLATE_NOOP("Catalog",
                "The Windows Kerberos client found a principal name whose format allows a single component (for example the "
                "Microsoft name type NT-MS-PRINCIPAL) but which carried several. This is a parsing failure on the client and "
                "is rare; in practice it points to a non-Windows KDC, client library or appliance that builds names "
                "differently. Duplicate SPNs or UPNs in Active Directory produce other errors (KDC event 11)."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows KDC or Kerberos proxy returns a principal with a Microsoft name type but several name "
                    "components"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A third-party or custom Kerberos library builds the service or client name with the wrong name type"),
                QT_TRANSLATE_NOOP("Catalog", "A realm mapping sends the client to a non-Windows KDC it was not meant to use"),
                QT_TRANSLATE_NOOP("Catalog", "Corrupted Kerberos traffic rewritten by a middlebox that inspects port 88"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Purge the ticket cache and reproduce so the failing exchange is captured cleanly"),
                 "klist purge"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Capture the Kerberos exchange and inspect the name-type and name-string fields of the reply"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check which KDC the client uses and whether realm mappings send it to a non-Windows KDC"),
                 "ksetup"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Rule out duplicate SPNs in the forest (a different problem that is often suspected first)"),
                 "setspn -F -X"},
                {QT_TRANSLATE_NOOP("Catalog", "Update the third-party Kerberos library, proxy or appliance firmware involved"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_TOO_MANY_PRINCIPALS", 0xC00002F7u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in Kerberos client traces.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What a missing or duplicate SPN usually produces instead.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The ticket was issued for a principal other than the one the server runs as.")},
                {Family::Sspi, "SEC_E_KDC_INVALID_REQUEST", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side counterpart for a malformed request.")},
            },
        },
        {
            Family::Sspi, 0x8009033Cu, "SEC_E_NO_PA_DATA", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "Expected to find PA data for a hint of what etype to use, but it was not found.",
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC asked for pre-authentication but gave no hint (ETYPE-INFO) about which encryption type and salt to "
                "use."),
            QT_TRANSLATE_NOOP("Catalog",
                "When a KDC answers an AS request with 'pre-authentication required', it normally includes PA-ETYPE-INFO2 "
                "data telling the client which encryption type and salt turn the password into a key. Without it the Windows "
                "client cannot build the encrypted timestamp and fails with this code. A Windows KDC also uses it as the "
                "extended error when a TGS request arrives without its authenticator. It is mostly an interop issue."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A Windows client authenticates against a non-Windows KDC (MIT, Heimdal, an appliance) that does not send "
                    "ETYPE-INFO2 hints"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The account on that KDC has no keys of any encryption type the client offered, so the KDC has nothing to "
                    "advertise"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows client or tool sends a TGS request without the PA-TGS-REQ data (the DC answers with "
                    "KDC_ERR_PADATA_TYPE_NOSUPP and this as extended error)"),
                QT_TRANSLATE_NOOP("Catalog", "A firewall truncates the KDC's error reply on UDP, dropping the padata"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "Turn on Kerberos event logging on the client and reproduce; look for event 3 in the System log"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v LogLevel /t REG_DWORD /d 1 /f"},
                {QT_TRANSLATE_NOOP("Catalog", "Show which realm and KDC the client is configured to use"), "ksetup"},
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, check which key types the principal has"),
                 "kadmin.local -q \"getprinc jdoe@EXAMPLE.COM\""},
                {QT_TRANSLATE_NOOP("Catalog", "Force Kerberos over TCP to rule out truncated UDP replies"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxPacketSize /t REG_DWORD /d 1 /f"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Capture the AS exchange and check the PREAUTH_REQUIRED error for PA-ETYPE-INFO2"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
            },
            {
                {Family::NtStatus, "STATUS_NO_PA_DATA", 0xC00002F8u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; also seen as the extended error inside KDC replies.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "No encryption type in common between client and KDC.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC or client does not support the offered pre-authentication type.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The suggested encryption type is unavailable locally.")},
            },
        },
        {
            Family::Sspi, 0x8009033Du, "SEC_E_PKINIT_NAME_MISMATCH", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The client certificate does not contain a valid UPN, or does not match the client name in the logon request. Please contact your administrator.",
            QT_TRANSLATE_NOOP("Catalog",
                "Certificate logon failed: the certificate's UPN is missing or does not match the account (or the KDC "
                "certificate name)."),
            QT_TRANSLATE_NOOP("Catalog",
                "In a smart card, Windows Hello certificate or virtual smart card logon (PKINIT), the KDC maps the client "
                "certificate to an account, normally through the UPN in its Subject Alternative Name. If there is no UPN, or "
                "it names a different account than the one in the request, the DC rejects it (KDC_ERR_CLIENT_NAME_MISMATCH, "
                "0x4B); the client reports the same code when the DC's own certificate does not carry the expected name "
                "(KDC_ERR_KDC_NAME_MISMATCH, 0x4C)."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate has no UPN in the Subject Alternative Name, for example a template without 'User "
                    "principal name (UPN)' or a card issued by an external PKI"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The user's UPN changed (rename, new UPN suffix) after the certificate was issued"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The user typed or selected another account (such as an admin account) than the one the certificate maps "
                    "to"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC certificate lacks the domain DNS name or the KDC Authentication EKU, and strict KDC validation is "
                    "enabled on clients"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Read the certificates on the card and check the UPN (Principal Name) in each"),
                 "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "Dump an exported certificate to compare its SAN with the account"),
                 "certutil -dump user.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the account's UPN and explicit mappings"),
                 "Get-ADUser jdoe -Properties userPrincipalName,altSecurityIdentities"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, find failure code 0x4B in events 4768/4771 for the user"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:30 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the DC certificates used for PKINIT (KDC Authentication EKU, DNS names)"),
                 "certutil -dcinfo verify"},
            },
            {
                {Family::NtStatus, "STATUS_PKINIT_NAME_MISMATCH", 0xC00002F9u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; shown on logon failure events for certificate logons.")},
                {Family::Sspi, "SEC_E_MULTIPLE_ACCOUNTS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The certificate maps to more than one account instead of the wrong one.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate was rejected for another reason.")},
                {Family::Sspi, "SEC_E_INVALID_UPN_NAME", 0, QT_TRANSLATE_NOOP("Catalog", "The UPN itself is malformed.")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Policy forcing smart card logon, often enabled in the same rollout.")},
            },
        },
        {
            Family::Sspi, 0x8009033Eu, "SEC_E_SMARTCARD_LOGON_REQUIRED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Negotiate,
            "Smartcard logon is required and was not used.",
            QT_TRANSLATE_NOOP("Catalog",
                "Policy requires a smart card (or Windows Hello) for this logon, but a password was used."),
            QT_TRANSLATE_NOOP("Catalog",
                "Either the account has 'Smart card is required for interactive logon' set, or the computer enforces "
                "'Interactive logon: Require Windows Hello for Business or smart card', and the attempt used a password. The "
                "DC or the local logon process refuses it with this code. Users see a sign-in error; administrators meet it "
                "in services, scheduled tasks and RDP connections that still carry a stored password."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The account has 'Smart card is required for interactive logon' set (its password is then random and "
                    "never given to the user) and someone signed in with a password"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The target computer enforces the 'Require Windows Hello for Business or smart card' policy, including "
                    "for RDP sign-ins with saved passwords"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A service, scheduled task or script is configured with the password of an account that was later "
                    "switched to smart card only"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Stored credentials in Credential Manager for the account are replayed automatically"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the account is marked smart card only"),
                 "Get-ADUser jdoe -Properties SmartcardLogonRequired"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the computer requires smart card logon (scforceoption = 1)"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v scforceoption"},
                {QT_TRANSLATE_NOOP("Catalog", "Find which GPO sets the requirement"), "gpresult /scope computer /r"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for saved passwords that are replayed for the account"), "cmdkey /list"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "For services and tasks, use a separate service account or gMSA instead of a smart card only account"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_LOGON_REQUIRED", 0xC00002FAu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; shown on failed logon events for the account.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Generic logon failure shown by some applications for the same attempt.")},
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The next hurdle once the smart card is used.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A smart card logon fails because the card certificate expired.")},
            },
        },
        {
            Family::Sspi, 0x8009033Fu, "SEC_E_SHUTDOWN_IN_PROGRESS", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "A system shutdown is in progress.",
            QT_TRANSLATE_NOOP("Catalog", "Authentication was refused because Windows is shutting down or restarting."),
            QT_TRANSLATE_NOOP("Catalog",
                "During shutdown the LSA stops accepting new authentication work, so any security package call made in that "
                "window fails with this code. It is logged by the local programs still trying to authenticate. A single burst "
                "at reboot time is harmless; repeated entries without a reboot point to a shutdown that hangs."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The computer is restarting (updates, scheduled reboot) and services or scheduled tasks still try to "
                    "authenticate while the LSA winds down"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Group Policy shutdown scripts or backup agents that access network resources during shutdown"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A shutdown was started but hangs on a service that does not stop, leaving the system in the shutdown "
                    "state for minutes"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A hypervisor or cluster is shutting down the VM while applications inside it are still working"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a shutdown or restart was initiated at that time, and by whom"),
                 "Get-WinEvent -FilterHashtable @{LogName='System'; Id=1074,6006} -MaxEvents 10 | Format-List TimeCreated,Message"},
                {QT_TRANSLATE_NOOP("Catalog", "If the machine is not meant to restart, abort a pending shutdown"),
                 "shutdown /a"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find the service that delays shutdown (look for services stuck in the StopPending state)"),
                 "Get-Service | Where-Object Status -eq 'StopPending'"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Schedule jobs and scripts that need the network outside maintenance reboot windows"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_SHUTDOWN_IN_PROGRESS", 0xC00002FEu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned by the LSA during shutdown.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Other LSA failures often logged during the same shutdown.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Seen by clients when a DC that is shutting down stops answering.")},
            },
        },
        {
            Family::Sspi, 0x80090340u, "SEC_E_KDC_INVALID_REQUEST", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An invalid request was sent to the KDC.",
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC rejected a Kerberos request as malformed or asking for options it will not grant."),
            QT_TRANSLATE_NOOP("Catalog",
                "The domain controller's KDC checked an AS, TGS or password change request and found a missing field, an "
                "inconsistent option or a request it will not honour for that ticket. On the wire this usually travels as the "
                "extended error next to KDC_ERR_BADOPTION (0xD). Windows clients rarely trigger it; suspect non-Windows "
                "clients, custom tools or delegation requests."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows Kerberos client, appliance or custom code sends a request with a missing field, for "
                    "example an AS request without a server name"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A ticket renewal or validation asks for a different service or options than the original ticket allows"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A delegation request (S4U2Self/S4U2Proxy) asks for options the KDC refuses for that account, logged as "
                    "4769 with failure code 0xD"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A password change (kpasswd) request from a third-party tool is malformed or truncated"),
                QT_TRANSLATE_NOOP("Catalog", "A middlebox inspecting port 88 rewrites or truncates Kerberos messages"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DC, find the failing requests (failure code 0xD) and note the client address and service"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)]]\" /c:30 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Compare with a Windows client requesting the same ticket; if Windows succeeds, the fault is in the "
                     "other client"),
                 "klist get host/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "For delegation, check the front-end account's delegation settings"),
                 "Get-ADComputer web01 -Properties TrustedToAuthForDelegation,msDS-AllowedToDelegateTo"},
                {QT_TRANSLATE_NOOP("Catalog", "Capture the exchange and inspect the request's kdc-options and padata"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                {QT_TRANSLATE_NOOP("Catalog", "Update the third-party Kerberos library, appliance firmware or tool"), nullptr},
            },
            {
                {Family::NtStatus, "STATUS_KDC_INVALID_REQUEST", 0xC00002FBu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "A different, more specific KDC rejection: the encryption type.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC rejected the pre-authentication type.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Delegation requests the DC cannot process.")},
                {Family::Sspi, "SEC_E_TOO_MANY_PRINCIPALS", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The client-side counterpart for a malformed name.")},
            },
        },
        {
            Family::Sspi, 0x80090341u, "SEC_E_KDC_UNABLE_TO_REFER", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC was unable to generate a referral for the service requested.",
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC knows the service is in another realm but has no trust path to refer the client there."),
            QT_TRANSLATE_NOOP("Catalog",
                "For a service outside its own domain, the KDC must find a trusted domain on the way to the target realm and "
                "issue a referral ticket. When no such route exists, it fails the request with this extended error, normally "
                "alongside KDC_ERR_S_PRINCIPAL_UNKNOWN. The client then often falls back to NTLM, or reports that the target "
                "is not known."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "There is no trust between the domains, or only a one-way trust in the wrong direction"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The server's DNS suffix differs from its AD domain (disjoint namespace), so the KDC cannot tell which "
                    "trusted realm owns the SPN"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Name suffix routing for that suffix is disabled or in conflict on the forest trust"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The trust is broken (trust password out of sync) or the trusted domain's DCs are unreachable"),
                QT_TRANSLATE_NOOP("Catalog",
                    "An external (non-forest) trust or an MIT realm mapping does not cover the host name used in the SPN"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts the domain has, with direction and type"),
                 "nltest /domain_trusts /all_trusts /v"},
                {QT_TRANSLATE_NOOP("Catalog", "Verify the trust itself"),
                 "netdom trust contoso.com /domain:fabrikam.com /verify"},
                {QT_TRANSLATE_NOOP("Catalog", "Check forest trust settings and name suffixes"),
                 "Get-ADTrust -Filter * | Format-List Name,Direction,TrustType,ForestTransitive"},
                {QT_TRANSLATE_NOOP("Catalog", "Request the ticket directly to see the error from the client side"),
                 "klist get HTTP/web01.fabrikam.com"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "If the host's DNS suffix differs from its domain, map it to the right realm (or use an SPN with the "
                     "domain's DNS name)"),
                 "ksetup /addhosttorealmmap web01.apps.fabrikam.net FABRIKAM.COM"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_UNABLE_TO_REFER", 0xC00002FCu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.")},
                {Family::Sspi, "SEC_E_MAX_REFERRALS_EXCEEDED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Referrals exist but loop instead of leading to the target.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "What the client typically reports when no referral can be made.")},
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another cross-realm failure, for delegated credentials.")},
            },
        },
        {
            Family::Sspi, 0x80090342u, "SEC_E_KDC_UNKNOWN_ETYPE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The encryption type requested is not supported by the KDC.",
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC and the client or service account share no Kerberos encryption type it is allowed to use."),
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC returned KDC_ERR_ETYPE_NOTSUPP (0xE): none of the encryption types the client offered are both "
                "enabled on the DC and available as keys for the account or service involved. It is common after disabling "
                "RC4 or DES, and with accounts whose passwords have not been changed since AES was introduced. The DC logs "
                "events 4768/4769 with code 0xE and often KDC events 14, 16, 26 or 27."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "RC4 was disabled on DCs or clients, but the service or user account has only RC4 keys (password not "
                    "reset since the domain gained AES support)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "msDS-SupportedEncryptionTypes on the service account lists only types the DC no longer allows (for "
                    "example DES)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A Linux or Java client or keytab is limited to DES or RC4 (default_tkt_enctypes, permitted_enctypes in "
                    "krb5.conf)"),
                QT_TRANSLATE_NOOP("Catalog", "The account has 'Use Kerberos DES encryption types for this account' set"),
                QT_TRANSLATE_NOOP("Catalog", "A trust's key is RC4 only while AES is required across the trust"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DC, find 4768/4769 events with failure code 0xE and note the account and ticket options"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)]]\" /c:30 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the KDC's explanation of the missing key"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center'] and (EventID=14 or EventID=16 or EventID=26 or EventID=27)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check the account's allowed types and when its password was last set (AES keys exist only after a reset "
                     "on a 2008+ domain)"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types configured for a trust"),
                 "ksetup /getenctypeattr fabrikam.com"},
                {QT_TRANSLATE_NOOP("Catalog", "After fixing the account, get a new ticket and confirm its encryption type"),
                 "klist get HTTP/web01.contoso.com"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_UNKNOWN_ETYPE", 0xC00002FDu,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The encryption type exists but is unavailable on the local machine.")},
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The service has no key for the ticket's encryption type.")},
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC gave no encryption type hint for pre-authentication.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "General no-common-algorithm failure.")},
            },
        },
        {
            Family::Sspi, 0x80090343u, "SEC_E_UNSUPPORTED_PREAUTH", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An unsupported preauthentication mechanism was presented to the Kerberos package.",
            QT_TRANSLATE_NOOP("Catalog",
                "The Kerberos pre-authentication method used (or demanded) is not supported by the other side."),
            QT_TRANSLATE_NOOP("Catalog",
                "Before issuing a TGT the KDC verifies the client with a pre-authentication method: an encrypted timestamp "
                "for passwords, or PKINIT for certificates and smart cards. This code means the KDC rejected the method the "
                "client offered (KDC_ERR_PADATA_TYPE_NOSUPP, 0x10) or the client could not use any method the KDC asked for. "
                "In Windows domains it is nearly always a smart card or certificate logon against a DC without a usable KDC "
                "certificate."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "Smart card or certificate logon against a DC that has no valid KDC certificate (Kerberos Authentication "
                    "or Domain Controller Authentication template not enrolled, or expired)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Windows Hello for Business key trust used against DCs older than Windows Server 2016"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows KDC (MIT, Heimdal) without PKINIT configured, or one that demands a method Windows lacks "
                    "(OTP, SPAKE)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Kerberos armoring (FAST) required by policy while the client or DC does not support it"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look for events 4768/4771 with failure code 0x10 for the user"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:30 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that every DC has a valid certificate for PKINIT"),
                 "certutil -dcinfo verify"},
                {QT_TRANSLATE_NOOP("Catalog", "List the DC's machine certificates and their EKUs"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject,NotAfter,EnhancedKeyUsageList"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the issuing CA is in the NTAuth store"),
                 "certutil -enterprise -store NTAuth"},
                {QT_TRANSLATE_NOOP("Catalog", "Confirm the DC versions when using Windows Hello for Business key trust"),
                 "Get-ADDomainController -Filter * | Format-Table Name,OperatingSystem"},
            },
            {
                {Family::NtStatus, "STATUS_UNSUPPORTED_PREAUTH", 0xC0000351u,
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate was rejected during PKINIT.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The DC's certificate for PKINIT expired.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The DC certificate's CA is not trusted by the client.")},
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0, QT_TRANSLATE_NOOP("Catalog", "The KDC gave no pre-authentication hint.")},
            },
        },
        {
            Family::Sspi, 0x80090345u, "SEC_E_DELEGATION_REQUIRED", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The requested operation cannot be completed. The computer must be trusted for delegation and the current user account must be configured to allow delegation.",
            QT_TRANSLATE_NOOP("Catalog",
                "The operation needs Kerberos delegation, but the server is not trusted for it or the user's account cannot "
                "be delegated."),
            QT_TRANSLATE_NOOP("Catalog",
                "Some operations must reuse the user's identity on a second hop, which requires a forwardable Kerberos "
                "ticket, a server trusted for delegation and a user account that allows delegation. When any of these is "
                "missing the request fails with this code. The classic case is encrypting or decrypting EFS files on a remote "
                "share; it also appears in other double-hop scenarios."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "EFS operations on a file share: the file server's computer account is not trusted for delegation"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The user account has 'Account is sensitive and cannot be delegated' set or is in Protected Users"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The front-end server uses constrained delegation but the back-end SPN (for example cifs/fs01) is not in "
                    "its msDS-AllowedToDelegateTo list"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The client reached the server with NTLM (IP address, CNAME without SPN), so there is no Kerberos ticket "
                    "to delegate"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check the server's delegation settings"),
                 "Get-ADComputer fs01 -Properties TrustedForDelegation,TrustedToAuthForDelegation,msDS-AllowedToDelegateTo | Format-List"},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the user may be delegated"),
                 "Get-ADUser jdoe -Properties AccountNotDelegated,MemberOf | Format-List"},
                {QT_TRANSLATE_NOOP("Catalog", "Check membership of Protected Users"),
                 "Get-ADGroupMember -Identity \"Protected Users\""},
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the client, check that the ticket for the server is forwardable and ok_as_delegate"),
                 "klist"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "After changing delegation settings, drop the client's tickets so new ones carry the new flags"),
                 "klist purge"},
            },
            {
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The same need across a forest trust that blocks delegation.")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Delegation blocked by credential delegation policy.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Constrained delegation with protocol transition not supported by the DC.")},
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The requested delegation flag could not be granted for the context.")},
            },
        },
        {
            Family::Sspi, 0x80090346u, "SEC_E_BAD_BINDINGS", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "Client's supplied SSPI channel bindings were incorrect.",
            QT_TRANSLATE_NOOP("Catalog",
                "The client's channel binding token does not match the TLS channel the server sees (Extended Protection "
                "failure)."),
            QT_TRANSLATE_NOOP("Catalog",
                "With Extended Protection for Authentication (EPA) the client ties its Kerberos or NTLM token to the TLS "
                "channel it sees, and the server compares that binding with its own channel. A mismatch or a missing binding "
                "where one is required fails with this code on the server. Typical places: LDAPS binds with channel binding "
                "enforced (LDAP error data 80090346), IIS, Exchange and AD FS with Extended Protection."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A load balancer, reverse proxy or TLS-inspecting firewall terminates TLS, so the client binds to the "
                    "proxy's certificate and the server to its own"),
                QT_TRANSLATE_NOOP("Catalog",
                    "LDAP channel binding is enforced on DCs (LdapEnforceChannelBinding = 2) and the client (older Windows, "
                    "Java or Linux LDAP library, appliance) does not send channel bindings"),
                QT_TRANSLATE_NOOP("Catalog",
                    "IIS Windows authentication has Extended Protection set to Require and the client is an old or "
                    "third-party HTTP stack"),
                QT_TRANSLATE_NOOP("Catalog", "Exchange Extended Protection enabled while SSL offloading is in use"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "On DCs, check the LDAP channel binding setting (0 never, 1 when supported, 2 always)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters /v LdapEnforceChannelBinding"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Enable LDAP interface diagnostic logging so failing clients are logged as event 3039"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Diagnostics /v \"16 LDAP Interface Events\" /t REG_DWORD /d 2 /f"},
                {QT_TRANSLATE_NOOP("Catalog", "List the clients that failed channel binding validation"),
                 "wevtutil qe \"Directory Service\" /q:\"*[System[(EventID=3039)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "On IIS, check the Extended Protection setting for the site"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/windowsAuthentication"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Test from a client that connects straight to the server, bypassing the load balancer or proxy; if it "
                     "works, move TLS termination to the server or relax EPA for that path"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_BAD_BINDINGS", 0xC000035Bu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "NTSTATUS form seen in LSA traces; LDAP bind errors show the SEC_E value instead (data 80090346).")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Some applications report the failed binding as a generic logon failure.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Seen when a proxy alters the authentication token itself.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "TLS-inspecting proxies often cause certificate trust errors as well.")},
            },
        },
        {
            Family::Sspi, 0x80090347u, "SEC_E_MULTIPLE_ACCOUNTS", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate | Schannel,
            "The received certificate was mapped to multiple accounts.",
            QT_TRANSLATE_NOOP("Catalog",
                "The certificate could be mapped to more than one account, so Windows does not know which user it is."),
            QT_TRANSLATE_NOOP("Catalog",
                "Certificate logon (smart card, Windows Hello certificate, TLS client certificate mapped to AD accounts) must "
                "resolve the certificate to exactly one account. When the UPN or an explicit mapping matches several "
                "accounts, the DC or the Schannel server refuses with this code. Users can pick an account with a user name "
                "hint if that policy is enabled."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The same certificate is mapped explicitly (altSecurityIdentities) on two accounts, for example a user's "
                    "normal and admin accounts sharing one smart card"),
                QT_TRANSLATE_NOOP("Catalog",
                    "Two accounts in the forest carry the same UPN (possible across domains) that appears in the certificate"),
                QT_TRANSLATE_NOOP("Catalog", "A broad mapping (issuer only, or issuer and subject) matches several accounts"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A copy of an account (migration or test account) kept the old account's certificate mapping"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Read the certificate's UPN, subject, issuer and serial number"),
                 "certutil -dump user.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Search the whole forest (Global Catalog) for accounts with that UPN"),
                 "Get-ADObject -LDAPFilter \"(userPrincipalName=jdoe@contoso.com)\" -Server dc01.contoso.com:3268"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "List explicit certificate mappings and look for the same value on several accounts"),
                 "Get-ADObject -LDAPFilter \"(altSecurityIdentities=*)\" -Properties altSecurityIdentities | Format-List Name,altSecurityIdentities"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Remove the duplicate mapping, or enable the 'Allow user name hint' smart card policy so users can name "
                     "the account"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The certificate maps to the wrong account or to none.")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel could not process the client certificate at all.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Generic failure some applications show for the same attempt.")},
            },
        },
        {
            Family::Sspi, 0x80090348u, "SEC_E_NO_KERB_KEY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "SEC_E_NO_KERB_KEY",
            QT_TRANSLATE_NOOP("Catalog",
                "The server has no Kerberos key able to decrypt the ticket it received (KRB_AP_ERR_NOKEY)."),
            QT_TRANSLATE_NOOP("Catalog",
                "Windows returns this code for the Kerberos error KRB_AP_ERR_NOKEY (0x2D): the acceptor holds no key of the "
                "ticket's encryption type for the account the ticket was issued to. The Windows message for it is only the "
                "symbol name. It is seen on the server or in the client's report of the server's error, mostly with services "
                "on Linux or Java using a keytab, or with services running as accounts that have no password-derived keys."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "A keytab (Linux, Java, appliance) lacks an entry for the ticket's encryption type, for example AES256 "
                    "tickets while the keytab has only RC4"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The service runs as a user that signed in with a smart card or Windows Hello, so its session has no "
                    "long-term Kerberos key"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The account's password was changed and the keytab or service was not updated with keys of the new type"),
                QT_TRANSLATE_NOOP("Catalog",
                    "msDS-SupportedEncryptionTypes on the service account was changed, so the KDC now issues tickets of a "
                    "type the acceptor has no key for"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the client, request the ticket and note its encryption type and key version"),
                 "klist get HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "On a Linux server, list keytab entries with their encryption types and key versions"),
                 "klist -kte /etc/krb5.keytab"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the account's key version number and allowed encryption types"),
                 "Get-ADUser svc_web -Properties msDS-KeyVersionNumber,msDS-SupportedEncryptionTypes"},
                {QT_TRANSLATE_NOOP("Catalog",
                     "Regenerate the keytab with all encryption types the account supports, then purge client tickets"),
                 "klist purge"},
            },
            {
                {Family::NtStatus, "STATUS_NO_KERB_KEY", 0xC0000322u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "NTSTATUS form; its message text explains the condition (no acceptable Kerberos credentials on the "
                     "server).")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The key exists but does not decrypt the ticket (password or SPN mismatch).")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Encryption type mismatch already at the KDC.")},
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The user-to-user fallback used when a server has no long-term key.")},
            },
        },
        {
            Family::Sspi, 0x80090349u, "SEC_E_CERT_WRONG_USAGE", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            "The certificate is not valid for the requested usage.",
            QT_TRANSLATE_NOOP("Catalog",
                "The certificate is not valid for this purpose (wrong or restricted EKU or key usage)."),
            QT_TRANSLATE_NOOP("Catalog",
                "Schannel checks that a certificate is allowed for what it is being used for: Server Authentication for a TLS "
                "server, Client Authentication for a client certificate. If the Enhanced Key Usage, the key usage bits or a "
                "restriction higher up the chain rule that out, the handshake fails with this code. The side that validates "
                "the certificate reports it: the client for a server certificate, the server for a client certificate."),
            {
                QT_TRANSLATE_NOOP("Catalog",
                    "The server certificate (IIS, RDP, LDAPS, SQL Server) lacks the Server Authentication EKU "
                    "(1.3.6.1.5.5.7.3.1), for example it was issued from a User or Code Signing template"),
                QT_TRANSLATE_NOOP("Catalog",
                    "A TLS client certificate lacks the Client Authentication EKU (1.3.6.1.5.5.7.3.2)"),
                QT_TRANSLATE_NOOP("Catalog",
                    "An intermediate CA certificate restricts EKUs, so the leaf certificate is not valid for server "
                    "authentication even though it lists it"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate's intended purposes were restricted in the local certificate store properties"),
                QT_TRANSLATE_NOOP("Catalog",
                    "The key usage extension does not allow what the negotiated cipher suite needs (for example no digital "
                    "signature for ECDHE)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Dump the certificate and check Enhanced Key Usage and Key Usage"),
                 "certutil -dump server.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Validate the whole chain, including EKU restrictions on intermediate CAs"),
                 "certutil -verify -urlfetch server.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "List the machine certificates with their EKUs to find the one in use"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject,Thumbprint,NotAfter,EnhancedKeyUsageList"},
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, find which certificate the listener uses"),
                 "Get-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting | Select-Object TerminalName,SSLCertificateSHA1Hash"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel errors for the failing handshake"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Schannel could not process the certificate for another reason.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The chain ends at a root the client does not trust.")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 QT_TRANSLATE_NOOP("Catalog", "Another certificate validity failure in the same handshake.")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 QT_TRANSLATE_NOOP("Catalog", "The peer often sends a fatal alert that surfaces as this code.")},
            },
        },
        {
            Family::Sspi, 0x80090350u, "SEC_E_DOWNGRADE_DETECTED", {}, Severity::Error,
            Category::KerberosKdc, Negotiate | CredSsp,
            "The system cannot contact a domain controller to service the authentication request. Please try again later.",
            QT_TRANSLATE_NOOP("Catalog", "Negotiate could not use Kerberos because no domain controller answered, and it refused to fall back to NTLM."),
            QT_TRANSLATE_NOOP("Catalog", "The Negotiate package on the client tried Kerberos, but no domain controller (KDC) could be reached, "
                                         "and it declined to quietly switch to NTLM, because an attacker who blocks traffic to the DCs "
                                         "could force exactly that weaker fallback. The client reports it: RDP with Network Level "
                                         "Authentication, domain password changes and access to file shares from machines that are "
                                         "outside the corporate network or behind a broken VPN. Older Windows versions show the same "
                                         "code as 'a possible attempt to compromise security'."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach any domain controller of contoso.com: VPN down, or a firewall blocks "
                                             "Kerberos (TCP/UDP 88) and LDAP (389) to the DCs"),
                QT_TRANSLATE_NOOP("Catalog", "The client's DNS cannot resolve the _kerberos._tcp and _ldap._tcp SRV records of the domain "
                                             "(public DNS configured, or a split-DNS gap on the VPN)"),
                QT_TRANSLATE_NOOP("Catalog", "A domain password change or reset runs while no DC is reachable; since the MS16-101 update "
                                             "Negotiate no longer falls back to NTLM for it"),
                QT_TRANSLATE_NOOP("Catalog", "RDP with Network Level Authentication to a domain server by its name from a laptop that is "
                                             "off the network, so the Kerberos leg fails before any NTLM attempt"),
                QT_TRANSLATE_NOOP("Catalog", "The DC the client has cached is offline and the DC locator has not yet found another one"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller now; a failure here explains the error"),
                 "nltest /dsgetdc:contoso.com /force"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Kerberos SRV records of the domain resolve from the client"),
                 "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos port on the DC that the locator returned"),
                 "Test-NetConnection dc01.contoso.com -Port 88"},
                {QT_TRANSLATE_NOOP("Catalog", "Ask for a ticket to the target directly; an error here confirms that the Kerberos leg is the one failing"),
                 "klist get TERMSRV/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Reconnect the VPN or move to the corporate network and retry; change domain passwords only while a DC is reachable"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_DOWNGRADE_DETECTED", 0xC0000388u, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0, QT_TRANSLATE_NOOP("Catalog", "Also means that no domain controller could be reached, without a refused NTLM fallback.")},
            },
        },
        {
            Family::Sspi, 0x80090351u, "SEC_E_SMARTCARD_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has been revoked. Please contact your system administrator. There may be additional information in the event log.",
            QT_TRANSLATE_NOOP("Catalog", "The domain controller found the certificate on the user's smart card revoked, so smart card logon is refused."),
            QT_TRANSLATE_NOOP("Catalog", "During smart card logon (Kerberos PKINIT) the KDC on the domain controller checks the user's "
                                         "certificate against its CA's CRL or OCSP responder, and the certificate is listed as revoked. "
                                         "The client only shows the refusal; the DC's Security log records the failed ticket request "
                                         "with the certificate's issuer and serial number (failure code 0x48). Virtual smart cards and "
                                         "Windows Hello for Business certificate trust use the same path and fail the same way."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The certificate was revoked on purpose (card reported lost, user left, card reissued) but is still on the card in use"),
                QT_TRANSLATE_NOOP("Catalog", "The card holds both an old, revoked certificate and a renewed one, and the old one is chosen at the logon screen"),
                QT_TRANSLATE_NOOP("Catalog", "A bulk revocation on the CA (template clean-up, re-keying, compromise response) also hit certificates that are still used"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate was put on hold (reason Certificate Hold) and never released from hold"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the client, list the certificates on the card and see which one fails chain validation"),
                 "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "Verify the exported user certificate with fresh revocation data and read the revocation reason"),
                 "certutil -verify -urlfetch user.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the failed ticket requests (events 4768/4771) for the certificate's serial number and failure code 0x48"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "On the CA, confirm the revocation and its reason; release it only if it was a Certificate Hold, otherwise enroll "
                                              "a new certificate and remove the revoked one from the card"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_CERT_REVOKED", 0xC0000389u, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0, QT_TRANSLATE_NOOP("Catalog", "Returned instead when the DC cannot reach the revocation data at all.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The other usual reason why a card certificate stops working.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "The same check failing for the domain controller's certificate instead of the user's.")},
            },
        },
        {
            Family::Sspi, 0x80090352u, "SEC_E_ISSUING_CA_UNTRUSTED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the smartcard certificate used for authentication. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The smart card certificate chains to a CA that the domain controller does not trust for logon."),
            QT_TRANSLATE_NOOP("Catalog", "The KDC on the domain controller could not build the user's smart card certificate up to a "
                                         "trusted root, or the issuing CA is not trusted for domain logon. The client's logon screen "
                                         "reports it, while the details are on the DC (failed ticket requests, KDC and CAPI2 events). "
                                         "It typically follows the introduction of a new or third-party PKI (for example government "
                                         "PIV/CAC cards) or a renewed CA certificate that has not reached the DCs yet."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The root CA of the card's certificate is missing from the Trusted Root Certification Authorities store of the DCs"),
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate is missing on the DCs and the certificate's AIA URL cannot be reached from them"),
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA certificate is not published in the enterprise NTAuth store, or the DC has not yet received it by Group Policy"),
                QT_TRANSLATE_NOOP("Catalog", "The CA certificate was renewed and the new CA certificate was not distributed to the DCs and to NTAuth"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the card; the output says whether the chain validates"),
                 "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "List the CAs in the enterprise NTAuth store and confirm that the issuing CA is there"),
                 "certutil -enterprise -store NTAuth"},
                {QT_TRANSLATE_NOOP("Catalog", "If it is missing, publish the issuing CA certificate to NTAuth (as an Enterprise Admin)"),
                 "certutil -dspublish -f issuingca.cer NTAuthCA"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the user certificate as the DC sees it, fetching the AIA and CDP URLs"),
                 "certutil -verify -urlfetch user.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Refresh Group Policy on the DC so that the root and NTAuth copies are updated, then retry"),
                 "gpupdate /force"},
            },
            {
                {Family::NtStatus, "STATUS_ISSUING_CA_UNTRUSTED", 0xC000038Au, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0, QT_TRANSLATE_NOOP("Catalog", "The broader 'certificate not trusted' refusal for the same logon.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0, QT_TRANSLATE_NOOP("Catalog", "The mirror case: the client does not trust the CA of the DC's certificate.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0, QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an untrusted chain.")},
            },
        },
        {
            Family::Sspi, 0x80090353u, "SEC_E_REVOCATION_OFFLINE_C", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the smartcard certificate used for authentication could not be determined. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The DC could not find out whether the smart card certificate is revoked (CRL or OCSP unreachable or expired)."),
            QT_TRANSLATE_NOOP("Catalog", "Smart card logon requires the KDC to confirm that the user's certificate is not revoked. When "
                                         "the certificate's CRL distribution points or OCSP responder cannot be reached from the domain "
                                         "controller, or the only CRL it can get has expired, the KDC refuses the logon (failure code "
                                         "0x49 or 0x4A on the DC). The user sees it at the logon screen; the cause is almost always "
                                         "on the path between the DC and the PKI."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's CRL has passed its Next Update date because the CA stopped publishing (service down, publishing job failing)"),
                QT_TRANSLATE_NOOP("Catalog", "The DC cannot reach the CDP URL in the certificate: HTTP blocked by a firewall or proxy, or an LDAP CDP "
                                             "pointing at a removed CA object"),
                QT_TRANSLATE_NOOP("Catalog", "The offline root CA's CRL has expired, so the issuing CA's own certificate cannot be checked"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate has no CDP or OCSP location at all, as with some third-party or home-built PKIs"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate refers to a delta CRL that is not published"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the user certificate and note which URL fails"),
                 "certutil -verify -urlfetch user.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Enable CAPI2 logging on the DC to record every revocation fetch"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true"},
                {QT_TRANSLATE_NOOP("Catalog", "After a failed logon, read the CAPI2 events for the URL and error"),
                 "wevtutil qe Microsoft-Windows-CAPI2/Operational /c:50 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "On the issuing CA, publish a fresh CRL and make sure it reaches every CDP location"),
                 "certutil -CRL"},
                {QT_TRANSLATE_NOOP("Catalog", "Only as a stopgap while the PKI is fixed: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 "
                                              "under HKLM\\SYSTEM\\CurrentControlSet\\Services\\Kdc makes the KDC accept a revocation status it cannot determine; remove it afterwards"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_REVOCATION_OFFLINE_C", 0xC000038Bu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_KDC", 0, QT_TRANSLATE_NOOP("Catalog", "The same failure on the client while it checks the DC's certificate.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "Returned instead when the check works and finds the certificate revoked.")},
            },
        },
        {
            Family::Sspi, 0x80090354u, "SEC_E_PKINIT_CLIENT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication was not trusted. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The domain controller did not trust the certificate presented for smart card (PKINIT) logon."),
            QT_TRANSLATE_NOOP("Catalog", "The KDC rejected the certificate in the PKINIT pre-authentication request (Kerberos error "
                                         "KDC_ERR_CLIENT_NOT_TRUSTED, 0x3E, in the DC's failed ticket request events). It is the broad "
                                         "trust failure of certificate logon: NTAuth, chain, key usage and revocation problems can all "
                                         "end here. The logon screen on the client shows it; the reason is found on the domain controller."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA is missing from the enterprise NTAuth store, or the DC's local copy of NTAuth is out of date"),
                QT_TRANSLATE_NOOP("Catalog", "The root or an intermediate CA of the user certificate is not trusted on the DC"),
                QT_TRANSLATE_NOOP("Catalog", "The DC could not check revocation for the certificate (CDP or OCSP unreachable, CRL expired)"),
                QT_TRANSLATE_NOOP("Catalog", "The certificate lacks a key usage or EKU that the DC accepts for logon (Smart Card Logon or Client Authentication)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the chain of the card certificate"),
                 "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "Confirm that the issuing CA is in the enterprise NTAuth store"),
                 "certutil -enterprise -store NTAuth"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the failed ticket requests for the user; failure code 0x3E confirms an untrusted certificate"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC events: event 21 gives the chain status of a rejected client certificate, "
                                              "events 39 to 41 point at certificate mapping (KB5014754)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, verify the certificate with URL retrieval to see both the trust and the revocation result"),
                 "certutil -verify -urlfetch user.cer"},
            },
            {
                {Family::NtStatus, "STATUS_PKINIT_CLIENT_FAILURE", 0xC000038Cu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0, QT_TRANSLATE_NOOP("Catalog", "The more specific case: the issuing CA chain is the problem.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0, QT_TRANSLATE_NOOP("Catalog", "The more specific case: the revocation check could not run.")},
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0, QT_TRANSLATE_NOOP("Catalog", "Returned when the certificate is trusted but names the wrong account.")},
            },
        },
        {
            Family::Sspi, 0x80090355u, "SEC_E_SMARTCARD_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has expired. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The logon certificate on the user's smart card is outside its validity period, so the DC refuses it."),
            QT_TRANSLATE_NOOP("Catalog", "The domain controller checked the validity dates of the certificate used for smart card, "
                                         "virtual smart card or Windows Hello for Business certificate-trust logon and found it expired "
                                         "(or not yet valid). The user sees the refusal at the logon or unlock screen. Cached logons can "
                                         "still work while the machine is offline, which hides the problem until it talks to a DC again."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The certificate passed its NotAfter date without renewal (automatic renewal needs the card inserted "
                                             "during a logon before expiry)"),
                QT_TRANSLATE_NOOP("Catalog", "The card holds a renewed certificate and the expired one, and the expired one is picked at the logon screen"),
                QT_TRANSLATE_NOOP("Catalog", "An intermediate or issuing CA certificate in the chain has expired, which makes the whole chain time-invalid"),
                QT_TRANSLATE_NOOP("Catalog", "The DC's or the client's clock is far off, so a valid certificate looks expired or not yet valid"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificates on the card with their validity dates"),
                 "certutil -scinfo"},
                {QT_TRANSLATE_NOOP("Catalog", "List the user's certificates with their expiry dates (smart card certificates are copied into the user's personal store)"),
                 "certutil -user -store My"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the DC's clock with the client's"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5"},
                {QT_TRANSLATE_NOOP("Catalog", "Renew or re-enroll the certificate through the CA or the card management system, then remove the expired one from the card"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_CERT_EXPIRED", 0xC000038Du, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The same check failing on the domain controller's own certificate.")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an expired certificate.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "The other usual reason why a card certificate stops working.")},
            },
        },
        {
            Family::Sspi, 0x80090356u, "SEC_E_NO_S4U_PROT_SUPPORT", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The Kerberos subsystem encountered an error. A service for user protocol request was made against a domain controller which does not support service for user.",
            QT_TRANSLATE_NOOP("Catalog", "A service asked a KDC for S4U (protocol transition or constrained delegation) and that KDC does not implement it."),
            QT_TRANSLATE_NOOP("Catalog", "Service for User (S4U2Self and S4U2Proxy) is a Microsoft extension to Kerberos that lets a "
                                         "service get tickets on behalf of a user. This code is returned on the service's server when the "
                                         "KDC that must answer, usually the user's home realm reached through a trust, does not support "
                                         "it. Today it is rare and mostly involves users from non-Windows Kerberos realms or very old "
                                         "domain controllers; the service (IIS, a gateway, SQL Server) logs it when it builds the "
                                         "user's identity."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The user belongs to a non-Windows Kerberos realm (MIT, Heimdal, old Samba) trusted by the forest, "
                                             "and that KDC cannot answer S4U2Self"),
                QT_TRANSLATE_NOOP("Catalog", "A domain on the trust path still has domain controllers older than Windows Server 2003"),
                QT_TRANSLATE_NOOP("Catalog", "An application creates a Windows identity from a UPN alone (S4U logon) for a user whose realm's KDC lacks S4U"),
                QT_TRANSLATE_NOOP("Catalog", "A third-party Kerberos server or appliance answers for the service's domain instead of a Windows DC"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "See which DC the service's server uses"),
                 "nltest /dsgetdc:contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "List the domain's trusts and check whether the user's realm is a non-Windows (MIT) realm"),
                 "nltest /domain_trusts /all_trusts /v"},
                {QT_TRANSLATE_NOOP("Catalog", "On the service's server, list the tickets it holds"),
                 "klist"},
                {QT_TRANSLATE_NOOP("Catalog", "Check how the service account is set up for delegation (protocol transition needs TrustedToAuthForDelegation)"),
                 "Get-ADComputer web01 -Properties TrustedToAuthForDelegation,msDS-AllowedToDelegateTo"},
                {QT_TRANSLATE_NOOP("Catalog", "For users of a non-Windows realm, use an authentication path that does not need S4U, such as forwarding "
                                              "the user's own Kerberos ticket"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_NO_S4U_PROT_SUPPORT", 0xC000040Au, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0, QT_TRANSLATE_NOOP("Catalog", "Another S4U limit across realms, on the constrained delegation side.")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0, QT_TRANSLATE_NOOP("Catalog", "A related cross-realm failure: the KDC cannot refer the request to the user's realm.")},
            },
        },
        {
            Family::Sspi, 0x80090357u, "SEC_E_CROSSREALM_DELEGATION_FAILURE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An attempt was made by this server to make a Kerberos constrained delegation request for a target outside of the server's realm. This is not supported, and indicates a misconfiguration on this server's allowed to delegate to list. Please contact your administrator.",
            QT_TRANSLATE_NOOP("Catalog", "Account-based constrained delegation was asked to reach a service in another domain, which it cannot do."),
            QT_TRANSLATE_NOOP("Catalog", "A front-end server (IIS, a gateway, SQL Server linked servers) tried Kerberos constrained "
                                         "delegation (S4U2Proxy) to an SPN in its msDS-AllowedToDelegateTo list, but that SPN belongs "
                                         "to an account in another domain or forest. Delegation configured on the front-end account "
                                         "only works within one domain, so the front-end server reports this code. Resource-based "
                                         "constrained delegation, set on the back-end account, is the supported way across domains."),
            {
                QT_TRANSLATE_NOOP("Catalog", "msDS-AllowedToDelegateTo on the front-end account lists an SPN such as MSSQLSvc/sql01.fabrikam.com:1433 "
                                             "that is registered in another domain"),
                QT_TRANSLATE_NOOP("Catalog", "The back-end service moved to another domain or forest after delegation was set up"),
                QT_TRANSLATE_NOOP("Catalog", "The same SPN is registered in two domains and the KDC resolves it outside the front-end's domain"),
                QT_TRANSLATE_NOOP("Catalog", "After a migration the delegation list still points at service accounts of the old domain"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the SPNs that the front-end account may delegate to"),
                 "Get-ADComputer web01 -Properties msDS-AllowedToDelegateTo | Select-Object -ExpandProperty msDS-AllowedToDelegateTo"},
                {QT_TRANSLATE_NOOP("Catalog", "Find which account, in which domain, holds the back-end SPN (forest-wide search)"),
                 "setspn -F -Q MSSQLSvc/sql01.fabrikam.com:1433"},
                {QT_TRANSLATE_NOOP("Catalog", "Switch to resource-based constrained delegation: allow the front-end on the back-end account, in the back-end's domain"),
                 "Set-ADComputer sql01 -Server fabrikam.com -PrincipalsAllowedToDelegateToAccount (Get-ADComputer web01 -Server contoso.com)"},
                {QT_TRANSLATE_NOOP("Catalog", "Purge the tickets of the front-end's computer account and retest"),
                 "klist purge -li 0x3e7"},
            },
            {
                {Family::NtStatus, "STATUS_CROSSREALM_DELEGATION_FAILURE", 0xC000040Bu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0, QT_TRANSLATE_NOOP("Catalog", "The other S4U failure across realms: the KDC does not support S4U at all.")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0, QT_TRANSLATE_NOOP("Catalog", "Seen when the account is not trusted for delegation at all.")},
            },
        },
        {
            Family::Sspi, 0x80090358u, "SEC_E_REVOCATION_OFFLINE_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the domain controller certificate used for smartcard authentication could not be determined. There is additional information in the system event log. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The client could not check whether the domain controller's certificate is revoked, so it stopped the smart card logon."),
            QT_TRANSLATE_NOOP("Catalog", "In PKINIT the client also validates the DC's KDC certificate, including its revocation status. "
                                         "If the client cannot reach the CRL or OCSP locations named in that certificate, or gets only "
                                         "an expired CRL, it aborts the logon and reports this code. It is typical of machines that log "
                                         "on before they can reach the PKI: laptops off-site, VPN connected only after logon, or isolated "
                                         "network segments."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach the HTTP CDP or OCSP responder of the DC certificate: off-site, VPN not up yet, "
                                             "or a proxy or firewall blocks it before logon"),
                QT_TRANSLATE_NOOP("Catalog", "The DC certificate only has an LDAP CDP, which clients outside the network or in another forest cannot read"),
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's CRL has expired because publication failed"),
                QT_TRANSLATE_NOOP("Catalog", "No WinHTTP proxy is set for the machine, so system components cannot fetch CRLs even though the browser can"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Export the DC certificate and verify it on the client with URL retrieval"),
                 "certutil -verify -urlfetch dc01.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the proxy that system components use"),
                 "netsh winhttp show proxy"},
                {QT_TRANSLATE_NOOP("Catalog", "Enable CAPI2 logging on the client to see the failing URL"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificates of all DCs validate, revocation included"),
                 "certutil -dcinfo verify"},
                {QT_TRANSLATE_NOOP("Catalog", "Only as a stopgap on clients: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under "
                                              "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters; fix CRL publication and reachability instead"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_REVOCATION_OFFLINE_KDC", 0xC000040Cu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0, QT_TRANSLATE_NOOP("Catalog", "The same failure on the DC while it checks the user's certificate.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "Returned instead when the check works and finds the DC certificate revoked.")},
            },
        },
        {
            Family::Sspi, 0x80090359u, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the domain controller certificate used for authentication. There is additional information in the system event log. Please contact your system administrator.",
            QT_TRANSLATE_NOOP("Catalog", "The client does not trust the CA that issued the domain controller's certificate, so certificate logon stops."),
            QT_TRANSLATE_NOOP("Catalog", "During smart card or Windows Hello for Business logon the client validates the DC's KDC "
                                         "certificate and could not chain it to a root in its own Trusted Root store. The client reports "
                                         "it. It is common on devices that do not receive the enterprise root through Group Policy, "
                                         "such as Microsoft Entra ID-joined devices using Hello for Business to reach on-premises "
                                         "resources, and after DCs switch to certificates from a new CA."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The enterprise root CA is not in the client's Trusted Root Certification Authorities store "
                                             "(workgroup or Entra ID-joined device without an Intune trusted certificate profile)"),
                QT_TRANSLATE_NOOP("Catalog", "The DC's certificate comes from a different CA (new or third-party) than the one the clients trust"),
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate is missing on the client and its AIA URL is not reachable"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List and verify the certificates that each DC offers"),
                 "certutil -dcinfo verify"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look at its machine certificates and note the issuer of the KDC certificate"),
                 "certutil -store My"},
                {QT_TRANSLATE_NOOP("Catalog", "On the client, verify the exported DC certificate"),
                 "certutil -verify -urlfetch dc01.cer"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the client's Trusted Root store for the enterprise root CA"),
                 "certutil -store Root"},
                {QT_TRANSLATE_NOOP("Catalog", "Deploy the root and intermediate CA certificates to the clients by Group Policy or an Intune trusted certificate profile"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_ISSUING_CA_UNTRUSTED_KDC", 0xC000040Du, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0, QT_TRANSLATE_NOOP("Catalog", "The mirror case: the DC does not trust the CA of the user's certificate.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "Another reason why the client rejects the DC's certificate.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0, QT_TRANSLATE_NOOP("Catalog", "The TLS (Schannel) counterpart of an untrusted chain.")},
            },
        },
        {
            Family::Sspi, 0x8009035Au, "SEC_E_KDC_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for smartcard logon has expired. Please contact your system administrator with the contents of your system event log.",
            QT_TRANSLATE_NOOP("Catalog", "The domain controller's own certificate, used for smart card logon, has expired."),
            QT_TRANSLATE_NOOP("Catalog", "Clients validate the DC's KDC certificate during PKINIT, and this one is past its validity "
                                         "period. Every smart card and Hello for Business certificate logon against that DC fails while "
                                         "password logons keep working, which looks random when only some DCs are affected. The client "
                                         "reports it; the fix is on the DC."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Autoenrollment on the DC stopped renewing its Kerberos Authentication (or Domain Controller Authentication) "
                                             "certificate: CA unreachable, template permissions changed or template no longer issued"),
                QT_TRANSLATE_NOOP("Catalog", "The DC was offline for a long time or restored from an old backup, and its certificate lapsed"),
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA's own certificate expired, taking the DC certificates it issued with it"),
                QT_TRANSLATE_NOOP("Catalog", "The DC holds several certificates and still selects an expired one"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates of every DC with their validation status"),
                 "certutil -dcinfo verify"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check the machine store with validation"),
                 "certutil -verifystore My"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, trigger autoenrollment to renew the certificate"),
                 "certutil -pulse"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the autoenrollment errors in the Application log"),
                 "wevtutil qe Application /q:\"*[System[Provider[@Name='Microsoft-Windows-CertificateServicesClient-AutoEnrollment']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Once a valid certificate is in place, delete the expired one from the DC's machine store"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_KDC_CERT_EXPIRED", 0xC000040Eu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "The other way the DC's certificate becomes unusable.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The same check failing on the user's certificate.")},
            },
        },
        {
            Family::Sspi, 0x8009035Bu, "SEC_E_KDC_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for smartcard logon has been revoked. Please contact your system administrator with the contents of your system event log.",
            QT_TRANSLATE_NOOP("Catalog", "The client found the domain controller's certificate revoked and refused the smart card logon."),
            QT_TRANSLATE_NOOP("Catalog", "During PKINIT the client checked the revocation status of the DC's KDC certificate and found "
                                         "it on the CA's revocation list. Certificate logons against that DC fail while password logons "
                                         "work. The client reports it; the DC must get a new, valid certificate."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The DC certificate was revoked (DC rename, demotion clean-up, re-keying, compromise response) while the DC still uses it"),
                QT_TRANSLATE_NOOP("Catalog", "The DC holds a revoked older certificate next to a valid one and presents the revoked one"),
                QT_TRANSLATE_NOOP("Catalog", "A bulk revocation of certificates from an old template also hit the DCs' certificates"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates of every DC with their validation status"),
                 "certutil -dcinfo verify"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check each certificate in the machine store, revocation included"),
                 "certutil -verifystore My"},
                {QT_TRANSLATE_NOOP("Catalog", "Delete the revoked certificate on the DC, then trigger autoenrollment for a new one"),
                 "certutil -pulse"},
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check the KDC events about its certificate after the change"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_CERT_REVOKED", 0xC000040Fu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The other way the DC's certificate becomes unusable.")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_KDC", 0, QT_TRANSLATE_NOOP("Catalog", "Returned instead when the client cannot reach the revocation data.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0, QT_TRANSLATE_NOOP("Catalog", "The same check failing on the user's certificate.")},
            },
        },
        {
            Family::Sspi, 0x8009035Du, "SEC_E_INVALID_PARAMETER", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel,
            "One or more of the parameters passed to the function was invalid.",
            QT_TRANSLATE_NOOP("Catalog", "A security package rejected an argument of an SSPI call: a programming or integration error, not a logon failure."),
            QT_TRANSLATE_NOOP("Catalog", "An SSPI function (AcquireCredentialsHandle, InitializeSecurityContext, QueryContextAttributes "
                                         "and others) received a value the package cannot use: a malformed structure, a bad flag "
                                         "combination or a wrong buffer type. It is raised locally in the calling process, not by the peer "
                                         "or a DC. Administrators see it in application logs, often because an update of the application, "
                                         "of its SSPI or TLS library, or of Windows changed what is accepted."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A structure passed to AcquireCredentialsHandle has the wrong version or size, or an unsupported flag combination"),
                QT_TRANSLATE_NOOP("Catalog", "A null or empty identity, target name or package name where the package needs one (non-Microsoft SSPI "
                                             "implementations return this code where Windows returns a more specific one)"),
                QT_TRANSLATE_NOOP("Catalog", "Security buffers of the wrong type or length are passed to InitializeSecurityContext, AcceptSecurityContext or EncryptMessage"),
                QT_TRANSLATE_NOOP("Catalog", "A wrapper library declares the SSPI structures with a wrong layout (32-bit versus 64-bit, packing)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace or debug log, find which SSPI call failed and with which arguments"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a recent update of Windows or the application coincides with the start of the errors"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                {QT_TRANSLATE_NOOP("Catalog", "For TLS connections, turn on full Schannel event logging"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL /v EventLogging /t REG_DWORD /d 7 /f"},
                {QT_TRANSLATE_NOOP("Catalog", "Then read the Schannel events that match the failure"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Report the failing call to the application vendor; directory or certificate changes will not fix it"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0, QT_TRANSLATE_NOOP("Catalog", "The other common programming error: a bad credential or context handle.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0, QT_TRANSLATE_NOOP("Catalog", "Returned when the request is well-formed but the package cannot do it.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0, QT_TRANSLATE_NOOP("Catalog", "Returned when the buffers are fine but the token inside them is not.")},
            },
        },
        {
            Family::Sspi, 0x8009035Eu, "SEC_E_DELEGATION_POLICY", {}, Severity::Error,
            Category::CredentialsLogon, CredSsp,
            "Client policy does not allow credential delegation to target server.",
            QT_TRANSLATE_NOOP("Catalog", "CredSSP on the client will not send the user's credentials: its delegation policy does not allow this server."),
            QT_TRANSLATE_NOOP("Catalog", "CredSSP (RDP Network Level Authentication, PowerShell remoting with CredSSP, some Hyper-V and "
                                         "cluster tools) passes the user's credentials to the server only if the client's Credentials "
                                         "Delegation policies list the server's SPN. Without a matching 'Allow delegating ... credentials' "
                                         "entry, or with a matching 'Deny' entry, the client stops before anything is sent. It is "
                                         "reported on the client."),
            {
                QT_TRANSLATE_NOOP("Catalog", "'Allow delegating fresh credentials' (or default or saved credentials) does not list the target, "
                                             "for example WSMAN/web01.contoso.com or TERMSRV/web01.contoso.com"),
                QT_TRANSLATE_NOOP("Catalog", "The policy lists a different name from the one used to connect (short name, IP address or alias instead of the FQDN)"),
                QT_TRANSLATE_NOOP("Catalog", "A 'Deny delegating ... credentials' policy matches the target and overrides the allow list"),
                QT_TRANSLATE_NOOP("Catalog", "Saved RDP credentials are used but only fresh credentials are allowed for the target"),
                QT_TRANSLATE_NOOP("Catalog", "The CredSSP client role of WinRM was never enabled on this machine"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Show the Credentials Delegation policies that apply to the client"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation /s"},
                {QT_TRANSLATE_NOOP("Catalog", "Find the Group Policy object that sets them"),
                 "gpresult /h C:\\Temp\\gpresult.html"},
                {QT_TRANSLATE_NOOP("Catalog", "For PowerShell remoting, show the CredSSP client configuration"),
                 "Get-WSManCredSSP"},
                {QT_TRANSLATE_NOOP("Catalog", "Allow delegation to the target for WinRM (adds WSMAN/web01.contoso.com to the fresh credentials list)"),
                 "Enable-WSManCredSSP -Role Client -DelegateComputer web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Connect with exactly the name the policy lists, usually the FQDN, and retry"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_POLICY_NLTM_ONLY", 0, QT_TRANSLATE_NOOP("Catalog", "The same policy check when the server was authenticated only with NTLM.")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0, QT_TRANSLATE_NOOP("Catalog", "A delegation refusal on the Kerberos side, set in Active Directory rather than client policy.")},
            },
        },
        {
            Family::Sspi, 0x8009035Fu, "SEC_E_POLICY_NLTM_ONLY", {}, Severity::Error,
            Category::CredentialsLogon, CredSsp,
            "Client policy does not allow credential delegation to target server with NLTM only authentication.",
            QT_TRANSLATE_NOOP("Catalog", "CredSSP will not delegate credentials because the server was authenticated only with NTLM and policy forbids that."),
            QT_TRANSLATE_NOOP("Catalog", "Before CredSSP sends credentials it wants the server's identity proven by Kerberos or a trusted "
                                         "TLS certificate. When authentication fell back to NTLM, delegation is allowed only if the target "
                                         "matches an 'Allow delegating ... credentials with NTLM-only server authentication' policy; "
                                         "otherwise the client stops with this code. The symbol and the Windows text really spell it "
                                         "'NLTM'. It is met with RDP saved credentials and PowerShell CredSSP to workgroup servers, IP "
                                         "addresses or servers with a broken SPN."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address or a DNS alias, so no SPN matches and Negotiate falls back to NTLM"),
                QT_TRANSLATE_NOOP("Catalog", "The target's SPN (TERMSRV/, WSMAN/ or HOST/web01.contoso.com) is missing or registered on two accounts"),
                QT_TRANSLATE_NOOP("Catalog", "The target is in a workgroup or an untrusted domain, so Kerberos is impossible"),
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach a KDC (off-site, port 88 blocked), so Negotiate used NTLM"),
                QT_TRANSLATE_NOOP("Catalog", "Saved credentials are used and only 'Allow delegating saved credentials' is set, not its NTLM-only variant"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that Kerberos works to the target by asking for its ticket"),
                 "klist get TERMSRV/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the SPN exists exactly once"),
                 "setspn -Q TERMSRV/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Connect by the FQDN instead of an IP address or alias"),
                 "mstsc /v:web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Review the NTLM-only delegation policies on the client"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation /s"},
                {QT_TRANSLATE_NOOP("Catalog", "If NTLM is unavoidable (workgroup host), add the target to the matching NTLM-only policy knowingly: "
                                              "the server's identity is then not verified"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0, QT_TRANSLATE_NOOP("Catalog", "The same policy check when no allow entry matches at all.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0, QT_TRANSLATE_NOOP("Catalog", "A missing SPN, the usual reason for the NTLM fallback.")},
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0, QT_TRANSLATE_NOOP("Catalog", "Also raised when the server's identity could not be proven.")},
            },
        },
        {
            Family::Sspi, 0x80090361u, "SEC_E_NO_CONTEXT", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "The required security context does not exist.",
            QT_TRANSLATE_NOOP("Catalog", "A call referred to a security context that does not exist (never created, already deleted or lost); rare."),
            QT_TRANSLATE_NOOP("Catalog", "The package was asked to work with a security context it cannot find. It is uncommon in "
                                         "administrator-facing logs and normally means the application handles context lifetimes "
                                         "wrongly, or the context disappeared underneath it because the connection or logon session it "
                                         "belonged to ended. It is raised on whichever side made the call, client or server."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application uses a context after DeleteSecurityContext or after the connection that owned it was closed"),
                QT_TRANSLATE_NOOP("Catalog", "A context is queried or impersonated before the handshake has created it"),
                QT_TRANSLATE_NOOP("Catalog", "A load balancer sends the steps of one HTTP authentication handshake over different connections or servers"),
                QT_TRANSLATE_NOOP("Catalog", "The logon session behind the context ended (user logged off, service restarted)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace, find the failing call and whether it ran before the handshake finished or after clean-up"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "For HTTP authentication behind a load balancer, check that one TCP connection and one server carry the whole handshake"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "List the current logon sessions to see whether the session still exists"),
                 "klist sessions"},
                {QT_TRANSLATE_NOOP("Catalog", "Retry with a new connection; if that works, the problem is context lifetime in the application"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_NO_SECURITY_CONTEXT", 0xC000042Du, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0, QT_TRANSLATE_NOOP("Catalog", "Returned when the handle itself is malformed rather than pointing at nothing.")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0, QT_TRANSLATE_NOOP("Catalog", "The context exists but its lifetime is over.")},
                {Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0, QT_TRANSLATE_NOOP("Catalog", "A context deleted before the handshake finished.")},
            },
        },
        {
            Family::Sspi, 0x80090362u, "SEC_E_PKU2U_CERT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Negotiate | CredSsp,
            "The PKU2U protocol encountered an error while attempting to utilize the associated certificates.",
            QT_TRANSLATE_NOOP("Catalog", "PKU2U peer authentication (used between Microsoft Entra ID-joined devices) failed on a certificate problem."),
            QT_TRANSLATE_NOOP("Catalog", "PKU2U is a certificate-based peer-to-peer protocol, offered through Negotiate, that lets two "
                                         "devices without a common domain authenticate online identities. Its main use today is RDP to "
                                         "Microsoft Entra ID-joined (Azure AD-joined) machines, where both sides use short-lived "
                                         "certificates issued by MS-Organization-P2P-Access. When one side lacks such a certificate or "
                                         "it cannot be validated, Negotiate returns this code, usually on the connecting client."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client device is not Entra ID-joined or registered in the same tenant, so it cannot get a P2P certificate"),
                QT_TRANSLATE_NOOP("Catalog", "The P2P access certificate on one side has expired or was never issued (device out of sync with Entra ID)"),
                QT_TRANSLATE_NOOP("Catalog", "'Network security: Allow PKU2U authentication requests to this computer to use online identities' is disabled on either machine"),
                QT_TRANSLATE_NOOP("Catalog", "The clock of one device is far off, so the short-lived certificate looks invalid"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "On both machines, check the join state and the tenant"),
                 "dsregcmd /status"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the PKU2U online identity setting (1 means allowed)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\pku2u /v AllowOnlineID"},
                {QT_TRANSLATE_NOOP("Catalog", "Look for a certificate issued by MS-Organization-P2P-Access in the user's (and the computer's) personal store"),
                 "certutil -user -store My"},
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source and offset"),
                 "w32tm /query /status"},
                {QT_TRANSLATE_NOOP("Catalog", "For RDP to Entra ID-joined machines, consider the Microsoft Entra sign-in option (RDP property enablerdsaadauth:i:1), "
                                              "which does not use PKU2U"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_PKU2U_CERT_FAILURE", 0xC000042Fu, QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and kernel.")},
                {Family::Sspi, "SEC_E_INVALID_UPN_NAME", 0, QT_TRANSLATE_NOOP("Catalog", "Seen in the same RDP scenario when the user name is not in UPN form.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0, QT_TRANSLATE_NOOP("Catalog", "The generic logon failure that follows when PKU2U cannot be used.")},
            },
        },
        {
            Family::Sspi, 0x80090363u, "SEC_E_MUTUAL_AUTH_FAILED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | CredSsp,
            "The identity of the server computer could not be verified.",
            QT_TRANSLATE_NOOP("Catalog", "The client required proof of the server's identity (mutual authentication) and did not get it."),
            QT_TRANSLATE_NOOP("Catalog", "The client asked for mutual authentication and the exchange ended without the server proving "
                                         "who it is, typically because Negotiate ended up with NTLM, which cannot authenticate the server, "
                                         "or because the server's Kerberos reply could not be verified. Features that insist on a "
                                         "verified server, such as CredSSP or Remote Credential Guard, stop here instead of carrying on. "
                                         "The client reports it."),
            {
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address or an alias, so Kerberos cannot be used and NTLM gives no proof of the server"),
                QT_TRANSLATE_NOOP("Catalog", "The SPN of the target is missing, duplicated or on the wrong account, so Kerberos fails and Negotiate falls back"),
                QT_TRANSLATE_NOOP("Catalog", "The server answers with a key the client does not expect (service account password changed, "
                                             "stale keytab on a non-Windows server)"),
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach a KDC for the server's realm"),
                QT_TRANSLATE_NOOP("Catalog", "A proxy or load balancer answers the authentication, so the responding host is not the one named in the SPN"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check that a Kerberos ticket for the target can be obtained"),
                 "klist get HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Check that the SPN exists once and on the account that runs the service"),
                 "setspn -Q HTTP/web01.contoso.com"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the client's Kerberos events; event 4 (KRB_AP_ERR_MODIFIED) means the server holds a different key"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Connect by the FQDN, purge the ticket cache and retry"),
                 "klist purge"},
            },
            {
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0, QT_TRANSLATE_NOOP("Catalog", "The general form: a requested property such as mutual authentication was not achieved.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0, QT_TRANSLATE_NOOP("Catalog", "Kerberos found the server principal wrong, a frequent root cause.")},
                {Family::Sspi, "SEC_E_POLICY_NLTM_ONLY", 0, QT_TRANSLATE_NOOP("Catalog", "The CredSSP refusal that follows when only NTLM was possible.")},
            },
        },
        {
            Family::Sspi, 0x80090365u, "SEC_E_ONLY_HTTPS_ALLOWED", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Negotiate,
            "Only https scheme is allowed.",
            QT_TRANSLATE_NOOP("Catalog", "An authentication component that only works over HTTPS was given a plain http:// address; rarely seen."),
            QT_TRANSLATE_NOOP("Catalog", "Microsoft does not document which component returns this code, and it is very rarely seen in "
                                         "logs. It means that an authentication transport which must run over TLS was pointed at an "
                                         "http:// URL. The best-known such transport is the Kerberos KDC proxy (MS-KKDCP), which Windows "
                                         "clients, RD Gateway and Azure Virtual Desktop use to reach a KDC over HTTPS. It is raised on "
                                         "the client that holds the URL setting."),
            {
                QT_TRANSLATE_NOOP("Catalog", "A KDC proxy server is configured without the https form (Group Policy 'Specify KDC proxy servers for "
                                             "Kerberos clients' or an RDP file's KDC proxy setting)"),
                QT_TRANSLATE_NOOP("Catalog", "An application passes an http:// endpoint to an authentication API that accepts only TLS-protected endpoints"),
                QT_TRANSLATE_NOOP("Catalog", "A redirect or reverse proxy turns the authentication endpoint from https into http"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Show the KDC proxy servers set by policy; each value should look like <https kps.contoso.com:443:kdcproxy />"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\KdcProxy\\ProxyServers"},
                {QT_TRANSLATE_NOOP("Catalog", "On the KDC proxy server, check that its URL is registered with HTTP.sys"),
                 "netsh http show urlacl"},
                {QT_TRANSLATE_NOOP("Catalog", "Find the endpoint URL in the failing application's configuration or trace and change it to https://"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0, QT_TRANSLATE_NOOP("Catalog", "What follows when the KDC, directly or through a proxy, cannot be reached.")},
            },
        },
        {
            Family::Sspi, 0x80090367u, "SEC_E_APPLICATION_PROTOCOL_MISMATCH", {}, Severity::Error,
            Category::MessagesCryptography, Schannel,
            "No common application protocol exists between the client and the server. Application protocol negotiation failed.",
            QT_TRANSLATE_NOOP("Catalog", "TLS application protocol negotiation (ALPN) failed: no protocol such as h2 or http/1.1 in common."),
            QT_TRANSLATE_NOOP("Catalog", "With ALPN the client lists the application protocols it speaks inside the TLS handshake and "
                                         "the server picks one. When the server's Schannel finds no overlap and the server application "
                                         "requires a match, the handshake fails with this code and a no_application_protocol alert (120) "
                                         "goes to the client. It appears with HTTP/2-only or gRPC endpoints, protocols of your own over "
                                         "TLS, and .NET services that set the ALPN list on both sides."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The client offers only h2 (gRPC, HTTP/2-only clients) while the server application accepts only http/1.1, or the reverse"),
                QT_TRANSLATE_NOOP("Catalog", "Both applications set an explicit ALPN list (e.g. ApplicationProtocols in .NET SslStream) with different protocol names"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspecting proxy or load balancer rewrites or removes the ALPN extension"),
                QT_TRANSLATE_NOOP("Catalog", "Client and server were upgraded separately and the protocol name changed version (e.g. myproto/2 against myproto/1)"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Check what the server selects for a given ALPN list (OpenSSL installed)"),
                 "openssl s_client -connect web01.contoso.com:443 -alpn h2,http/1.1"},
                {QT_TRANSLATE_NOOP("Catalog", "On an IIS or HTTP.sys server, check whether HTTP/2 over TLS was disabled (EnableHttp2Tls)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events on the server for the failed handshake"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Compare the ALPN lists configured in both applications; a packet capture of the ClientHello shows what is offered"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0, QT_TRANSLATE_NOOP("Catalog", "The same kind of 'nothing in common' failure, for cipher suites.")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0, QT_TRANSLATE_NOOP("Catalog", "What the other side often reports after receiving the fatal alert.")},
            },
        },
        {
            Family::Sspi, 0x80090369u, "SEC_E_INVALID_UPN_NAME", {}, Severity::Error,
            Category::CredentialsLogon, Negotiate | CredSsp,
            "You can't sign in with a user ID in this format. Try using your email address instead.",
            QT_TRANSLATE_NOOP("Catalog", "The user name is in a form the Microsoft Entra ID sign-in cannot use; it needs a UPN such as user@contoso.com."),
            QT_TRANSLATE_NOOP("Catalog", "Sign-in paths that authenticate against Microsoft Entra ID or a Microsoft account instead of "
                                         "Active Directory need the user's UPN (user@contoso.com). A DOMAIN\\user or bare user name is "
                                         "rejected locally with this code before any password check. Administrators see it on Entra "
                                         "ID-joined devices and when connecting by RDP to Entra ID-joined machines."),
            {
                QT_TRANSLATE_NOOP("Catalog", "RDP to an Entra ID-joined machine with DOMAIN\\user or a plain user name instead of AzureAD\\user@contoso.com"),
                QT_TRANSLATE_NOOP("Catalog", "Signing in on an Entra ID-joined device with the down-level (NetBIOS) form of the name"),
                QT_TRANSLATE_NOOP("Catalog", "A saved credential in Credential Manager still holds the old DOMAIN\\user form for that target"),
                QT_TRANSLATE_NOOP("Catalog", "A script, .rdp file or cmdkey entry supplies the user name in the down-level form"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Show the user's UPN, which is the form to use"),
                 "whoami /upn"},
                {QT_TRANSLATE_NOOP("Catalog", "Check how the device is joined (AzureAdJoined, DomainJoined)"),
                 "dsregcmd /status"},
                {QT_TRANSLATE_NOOP("Catalog", "List the saved credentials and replace any entry for the target that uses the old form"),
                 "cmdkey /list"},
                {QT_TRANSLATE_NOOP("Catalog", "Retry with AzureAD\\user@contoso.com (RDP to Entra ID-joined machines) or user@contoso.com"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_PKU2U_CERT_FAILURE", 0, QT_TRANSLATE_NOOP("Catalog", "The certificate side of the same RDP-to-Entra ID scenario.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0, QT_TRANSLATE_NOOP("Catalog", "The generic logon failure, for a name in the right form.")},
            },
        },
        {
            Family::Sspi, 0x8009036Au, "SEC_E_EXT_BUFFER_TOO_SMALL", {}, Severity::Error,
            Category::PackagesSystem, Schannel,
            "The buffer supplied by the SSPI caller to receive generic extensions is too small.",
            QT_TRANSLATE_NOOP("Catalog", "Schannel had a subscribed TLS extension to hand back, but the caller's buffer for it was too small."),
            QT_TRANSLATE_NOOP("Catalog", "Applications can subscribe to raw TLS extensions through Schannel "
                                         "(SECBUFFER_SUBSCRIBE_GENERIC_TLS_EXTENSION); MsQuic, for example, receives the QUIC transport "
                                         "parameters this way. When the peer's extension is larger than the buffer supplied, Schannel "
                                         "returns this code with the size it needs, and a correct caller enlarges the buffer and calls "
                                         "again. It only reaches logs when the caller does not handle it, so it points at the "
                                         "application or library, typically a QUIC or HTTP/3 stack."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The peer sends an unusually large extension (e.g. QUIC transport parameters with large private entries) "
                                             "and the application's fixed-size buffer cannot hold it"),
                QT_TRANSLATE_NOOP("Catalog", "An old MsQuic or QUIC library version that does not retry with a larger buffer"),
                QT_TRANSLATE_NOOP("Catalog", "A custom TLS application subscribes to an extension and treats this retryable code as fatal"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "Identify the process and the library version (msquic.dll, HTTP/3 stack) that logged the code"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or MsQuic to a version that resizes the extension buffer"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "To confirm that the QUIC path is involved on an HTTP.sys server, disable HTTP/3 for a test (restart HTTP or reboot)"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters /v EnableHttp3 /t REG_DWORD /d 0 /f"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events around the failure"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0, QT_TRANSLATE_NOOP("Catalog", "The general 'buffer too small' code for tokens and messages.")},
                {Family::Sspi, "SEC_I_GENERIC_EXTENSION_RECEIVED", 0, QT_TRANSLATE_NOOP("Catalog", "The normal result when the subscribed extension fits.")},
                {Family::Sspi, "SEC_E_INSUFFICIENT_BUFFERS", 0, QT_TRANSLATE_NOOP("Catalog", "A sibling caller error: too few buffers rather than one too small.")},
            },
        },
        {
            Family::Sspi, 0x8009036Bu, "SEC_E_INSUFFICIENT_BUFFERS", {}, Severity::Error,
            Category::PackagesSystem, Schannel,
            "Not enough secbuffers were supplied to generate a token.",
            QT_TRANSLATE_NOOP("Catalog", "The caller passed too few SecBuffer entries for the package to write the token it has to produce."),
            QT_TRANSLATE_NOOP("Catalog", "InitializeSecurityContext, AcceptSecurityContext and the message functions take an array of "
                                         "SecBuffer entries, and some steps need more than one output buffer (for example a token plus "
                                         "an alert or extra data). When the array holds fewer entries than the package needs, it fails "
                                         "with this code instead of producing a token. It is an application or library bug on the side "
                                         "that made the call; newer protocol features can expose code that used to work."),
            {
                QT_TRANSLATE_NOOP("Catalog", "The application's output buffer descriptor has a single token buffer where the package needs more "
                                             "(for example one for a TLS alert)"),
                QT_TRANSLATE_NOOP("Catalog", "A TLS library written for older Windows builds meets a newer handshake path that needs additional buffers"),
                QT_TRANSLATE_NOOP("Catalog", "The buffer count (cBuffers) in the SecBufferDesc does not match the array actually allocated"),
            },
            {
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace, identify the process and the SSPI call that failed"),
                 nullptr},
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the failures began after a Windows or application update"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                {QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events around the failure"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or its TLS library, and report the failing call to the vendor"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0, QT_TRANSLATE_NOOP("Catalog", "The related caller error: enough buffers, but one is too small.")},
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0, QT_TRANSLATE_NOOP("Catalog", "The same family of caller error for TLS extension buffers.")},
            },
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
