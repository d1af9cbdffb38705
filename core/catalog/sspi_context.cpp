// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The SSPI catalog, part 1 of 3: success and continuation codes, security contexts and tokens,
// security packages and the system.
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
std::vector<StatusCode> sspiContextCodes()
{
    return {
        {
            Family::Sspi, 0x00000000u, "SEC_E_OK", {}, Severity::Success,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The operation completed successfully.",
            //: SEC_E_OK (sspi 0x00000000)
            QT_TRANSLATE_NOOP("Catalog", "Success: the SSPI call did what was asked, and a handshake is "
                                         "complete. Not an error."),
            //: SEC_E_OK (sspi 0x00000000)
            QT_TRANSLATE_NOOP("Catalog", "SEC_E_OK is the zero status every SSPI function returns when it "
                                         "succeeds; from InitializeSecurityContext or AcceptSecurityContext "
                                         "it marks the last leg of the handshake. It is not an error and "
                                         "needs no action by itself. Administrators mostly meet it as "
                                         "0x00000000 next to a failure that happened later or in another "
                                         "layer."),
            {
                //: SEC_E_OK (sspi 0x00000000)
                QT_TRANSLATE_NOOP("Catalog", "Verbose logging (Schannel event logging, Kerberos or NTLM ETW "
                                             "traces, application debug logs) records every successful call, "
                                             "including completed handshakes"),
                //: SEC_E_OK (sspi 0x00000000)
                QT_TRANSLATE_NOOP("Catalog", "Authentication succeeded but authorization refused the request "
                                             "later: share or file ACLs, IIS URL authorization, or a SQL "
                                             "Server login without a database user (HTTP 403, 0x80070005)"),
                //: SEC_E_OK (sspi 0x00000000)
                QT_TRANSLATE_NOOP("Catalog", "Negotiate completed with NTLM instead of Kerberos: the logon "
                                             "works, but the next hop to a second server fails because NTLM "
                                             "credentials cannot be delegated"),
                //: SEC_E_OK (sspi 0x00000000)
                QT_TRANSLATE_NOOP("Catalog", "A tool prints 0x00000000 as its last SSPI status while the "
                                             "real error came from another layer (Win32, LDAP, HTTP or the "
                                             "certificate chain check)"),
            },
            {
                //: SEC_E_OK (sspi 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog", "Look for the first non-zero status after this line in the "
                                              "same thread or connection; that is the real failure"),
                 nullptr},
                //: SEC_E_OK (sspi 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog", "Check which package authenticated the logon: in event 4624 "
                                              "read 'Authentication Package' and 'Logon Process' (Kerberos "
                                              "or NTLM)"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4624)]]\" /c:5 /rd:true /f:text"},
                //: SEC_E_OK (sspi 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a Kerberos service ticket for the target was "
                                              "obtained; no ticket means Negotiate used NTLM"),
                 "klist"},
                //: SEC_E_OK (sspi 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog", "If access is still denied, compare the groups in the user's "
                                              "token with the resource's ACL"),
                 "whoami /groups"},
            },
            {
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_E_OK (sspi 0x00000000)
                 QT_TRANSLATE_NOOP("Catalog", "The intermediate handshake legs that come before the final "
                                              "SEC_E_OK")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_OK (sspi 0x00000000)
                 QT_TRANSLATE_NOOP("Catalog", "What you would see if the logon itself had been rejected")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_OK (sspi 0x00000000)
                 QT_TRANSLATE_NOOP("Catalog", "Often reported at a second hop when an NTLM logon has nothing "
                                              "to forward")},
            },
        },
        {
            Family::Sspi, 0x00090312u, "SEC_I_CONTINUE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The function completed successfully, but must be called again to complete the context",
            //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
            QT_TRANSLATE_NOOP("Catalog", "Handshake in progress: send the output token to the peer and call "
                                         "again with its answer. Normal flow, not an error."),
            //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
            QT_TRANSLATE_NOOP("Catalog", "InitializeSecurityContext or AcceptSecurityContext returns this "
                                         "code when the exchange needs another round trip: NTLM always takes "
                                         "three messages, Kerberos with mutual authentication waits for the "
                                         "server's reply, and a TLS handshake takes several legs. It is not "
                                         "a failure; the caller sends the output token, if any, and waits "
                                         "for the peer. It only matters in a log when the handshake never "
                                         "reaches SEC_E_OK."),
            {
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                QT_TRANSLATE_NOOP("Catalog", "The handshake stalls because the peer's reply never arrives: a "
                                             "firewall, proxy or idle timeout drops the connection between "
                                             "legs"),
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                QT_TRANSLATE_NOOP("Catalog", "NTLM over HTTP behind a load balancer without session "
                                             "affinity, or with keep-alive disabled, so the third NTLM "
                                             "message lands on another connection or server (endless 401 "
                                             "prompts)"),
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                QT_TRANSLATE_NOOP("Catalog", "The application treats every status other than SEC_E_OK as an "
                                             "error and abandons the handshake"),
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                QT_TRANSLATE_NOOP("Catalog", "The application does not send the output token, or encodes it "
                                             "wrongly, so the peer cannot continue"),
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                QT_TRANSLATE_NOOP("Catalog", "A proxy or web application firewall strips or rewrites the "
                                             "Authorization and WWW-Authenticate headers"),
            },
            {
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                {QT_TRANSLATE_NOOP("Catalog", "In the IIS log, a healthy NTLM or Negotiate logon shows one "
                                              "or two 401 responses followed by a 200 on the same "
                                              "connection; endless 401s mean the legs never complete"),
                 "Select-String -Path C:\\inetpub\\logs\\LogFiles\\W3SVC1\\*.log -Pattern \" 401 \" | Select-Object -Last 20"},
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, follow one TCP connection: every 401 and "
                                              "the next request of the handshake must stay on it"),
                 "http.response.code == 401 || http.authorization || http.www_authenticate", Guide::NetworkTrace},
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                {QT_TRANSLATE_NOOP("Catalog", "On the load balancer, enable session persistence and "
                                              "keep-alive for sites that use Windows authentication"),
                 nullptr},
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                {QT_TRANSLATE_NOOP("Catalog", "Ask for the Kerberos service ticket directly to see whether "
                                              "Kerberos can work at all"),
                 "klist get HTTP/web01.contoso.com"},
                //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: send the output buffer whenever it is not empty, "
                                              "then call again on the same context handle with the peer's "
                                              "token"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_AND_CONTINUE", 0,
                 //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                 QT_TRANSLATE_NOOP("Catalog", "Same continuation, plus a CompleteAuthToken call first")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0,
                 //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel variant that also allows early application data")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel: more bytes of the peer's token must be read before "
                                              "the next call")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                 QT_TRANSLATE_NOOP("Catalog", "What the next call returns if the token was damaged between "
                                              "legs")},
                {Family::Sspi, "SEC_E_OK", 0,
                 //: SEC_I_CONTINUE_NEEDED (sspi 0x00090312)
                 QT_TRANSLATE_NOOP("Catalog", "The final status the handshake loop should reach")},
            },
        },
        {
            Family::Sspi, 0x00090313u, "SEC_I_COMPLETE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Digest | Kerberos | Negotiate | Ntlm,
            "The function completed successfully, but CompleteToken must be called",
            //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
            QT_TRANSLATE_NOOP("Catalog", "The token is built but must be finished with CompleteAuthToken "
                                         "before it is sent. Normal flow, not an error."),
            //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
            QT_TRANSLATE_NOOP("Catalog", "Some exchanges, mainly Digest and DCE-style RPC authentication, "
                                         "leave the last step of building a message to the caller: the "
                                         "application finishes its message and then calls CompleteAuthToken "
                                         "on the context. It is not a failure, and no further handshake call "
                                         "follows. Administrators only meet it in traces of custom or older "
                                         "applications; WinHTTP, IIS and the RPC runtime handle it "
                                         "internally."),
            {
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                QT_TRANSLATE_NOOP("Catalog", "Digest authentication (HTTP or SASL) where the response can "
                                             "only be completed once the request is final"),
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                QT_TRANSLATE_NOOP("Catalog", "DCE-style RPC authentication, which needs the extra completion "
                                             "step"),
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                QT_TRANSLATE_NOOP("Catalog", "A custom application that ignores this code and sends an "
                                             "unfinished token, so the server rejects it"),
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                QT_TRANSLATE_NOOP("Catalog", "An SSPI wrapper that expects only SEC_E_OK or "
                                             "SEC_I_CONTINUE_NEEDED and logs this success code as an error"),
            },
            {
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                {QT_TRANSLATE_NOOP("Catalog", "Check in the application's trace that CompleteAuthToken is "
                                              "called right after this code and before the token is sent"),
                 nullptr},
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                {QT_TRANSLATE_NOOP("Catalog", "If the server then rejects the logon, read the reason on the "
                                              "server or DC that checked it"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                {QT_TRANSLATE_NOOP("Catalog", "For IIS sites, check whether Digest authentication is enabled"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/digestAuthentication"},
                //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: treat SEC_I_COMPLETE_NEEDED and "
                                              "SEC_I_COMPLETE_AND_CONTINUE as success codes in the handshake "
                                              "loop"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_AND_CONTINUE", 0,
                 //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                 QT_TRANSLATE_NOOP("Catalog", "Same completion step, followed by another handshake leg")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                 QT_TRANSLATE_NOOP("Catalog", "The common continuation code that needs no completion step")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_I_COMPLETE_NEEDED (sspi 0x00090313)
                 QT_TRANSLATE_NOOP("Catalog", "What the peer may return when an unfinished token is sent")},
            },
        },
        {
            Family::Sspi, 0x00090314u, "SEC_I_COMPLETE_AND_CONTINUE", {}, Severity::Informational,
            Category::SuccessContinuation, Digest | Kerberos | Negotiate | Ntlm,
            "The function completed successfully, but both CompleteToken and this function must be called to "
            "complete the context",
            //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
            QT_TRANSLATE_NOOP("Catalog", "Finish the token with CompleteAuthToken, send it, then call again "
                                         "with the peer's reply. Normal flow, not an error."),
            //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
            QT_TRANSLATE_NOOP("Catalog", "This code combines SEC_I_COMPLETE_NEEDED and "
                                         "SEC_I_CONTINUE_NEEDED: the caller completes the token, sends it to "
                                         "the peer and expects another token back. It is not a failure. It "
                                         "appears with Digest and DCE-style RPC exchanges and is normally "
                                         "handled inside the RPC runtime or the HTTP stack."),
            {
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                QT_TRANSLATE_NOOP("Catalog", "Digest or DCE-style RPC authentication in progress; seeing it "
                                             "once per connection is expected"),
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                QT_TRANSLATE_NOOP("Catalog", "A custom handshake loop that performs only one of the two "
                                             "actions (skips CompleteAuthToken, or stops calling), leaving "
                                             "the context half built"),
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                QT_TRANSLATE_NOOP("Catalog", "The code repeats without an eventual SEC_E_OK because the "
                                             "peer's reply is lost or the peer rejects the completed token"),
            },
            {
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the application calls CompleteAuthToken and then "
                                              "calls the handshake function again with the peer's token"),
                 nullptr},
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                {QT_TRANSLATE_NOOP("Catalog", "For RPC or DCOM problems, read the DCOM errors logged at the "
                                              "same time"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-DistributedCOM']]]\" /c:20 /rd:true /f:text"},
                //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, check that the token finished by "
                                              "CompleteAuthToken reaches the server in the RPC or HTTP "
                                              "authentication data"),
                 "dcerpc.auth_type || http.authorization", Guide::NetworkTrace},
            },
            {
                {Family::Sspi, "SEC_I_COMPLETE_NEEDED", 0,
                 //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                 QT_TRANSLATE_NOOP("Catalog", "Completion step without a further handshake leg")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                 QT_TRANSLATE_NOOP("Catalog", "Further handshake leg without a completion step")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_I_COMPLETE_AND_CONTINUE (sspi 0x00090314)
                 QT_TRANSLATE_NOOP("Catalog", "What the peer may return when an unfinished token is sent")},
            },
        },
        {
            Family::Sspi, 0x00090315u, "SEC_I_LOCAL_LOGON", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate,
            "The logon was completed, but no network authority was available. The logon was made using "
            "locally known information",
            //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
            QT_TRANSLATE_NOOP("Catalog", "Logon succeeded with cached credentials because no domain "
                                         "controller answered. Not a failure, but no DC checked the account."),
            //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
            QT_TRANSLATE_NOOP("Catalog", "When a domain member cannot reach any domain controller at logon, "
                                         "Windows can check the password against the cached logon "
                                         "information and let the user in. This is not a failure, but the DC "
                                         "did not check the account state (password changes, lockout, group "
                                         "changes) and no Kerberos TGT was issued yet. It is reported on the "
                                         "client and is common on laptops that log on before the VPN or "
                                         "Wi-Fi is up."),
            {
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                QT_TRANSLATE_NOOP("Catalog", "A laptop logging on away from the network, before the VPN or "
                                             "Wi-Fi connects (expected for mobile users)"),
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                QT_TRANSLATE_NOOP("Catalog", "The network is not ready at logon time (slow NIC driver, "
                                             "802.1X authentication) while fast logon optimisation lets the "
                                             "logon proceed"),
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                QT_TRANSLATE_NOOP("Catalog", "Client DNS points to a non-AD resolver, so the DC locator "
                                             "cannot find a domain controller"),
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                QT_TRANSLATE_NOOP("Catalog", "A firewall or the site design blocks Kerberos (88), LDAP (389) "
                                             "or SMB (445) from the client to every DC"),
            },
            {
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for the "
                                              "domain"),
                 "nltest /dsgetdc:contoso.com"},
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                {QT_TRANSLATE_NOOP("Catalog", "Check which DNS servers the client uses; they must be AD DNS "
                                              "servers"),
                 "ipconfig /all"},
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the session has a Kerberos TGT now that the "
                                              "network is up"),
                 "klist tgt"},
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                {QT_TRANSLATE_NOOP("Catalog", "After connecting, lock and unlock the session (or sign out "
                                              "and in) so a DC checks the logon and issues a TGT"),
                 "klist tgt"},
                //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                {QT_TRANSLATE_NOOP("Catalog", "To make desktops wait for the network, enable the policy "
                                              "'Always wait for the network at computer startup and logon'"),
                 "reg query \"HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\" /v SyncForegroundPolicy"},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                 QT_TRANSLATE_NOOP("Catalog", "What you get instead when no cached logon can be used")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos requests can fail this way while the session has no "
                                              "TGT")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_I_LOCAL_LOGON (sspi 0x00090315)
                 QT_TRANSLATE_NOOP("Catalog", "Once a DC answers, a password changed elsewhere is rejected")},
            },
        },
        {
            Family::Sspi, 0x00090316u, "SEC_I_GENERIC_EXTENSION_RECEIVED", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "Schannel has received a TLS extension the SSPI caller subscribed to.",
            //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
            QT_TRANSLATE_NOOP("Catalog", "Schannel received a TLS extension the application asked to see; "
                                         "read it and continue. Normal flow, not an error."),
            //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
            QT_TRANSLATE_NOOP("Catalog", "Recent Windows versions let an application subscribe to TLS "
                                         "extensions that Schannel does not process itself, such as the QUIC "
                                         "transport parameters. When such an extension arrives during the "
                                         "handshake, Schannel passes it to the caller with this code; the "
                                         "caller reads it and calls again. It is not a failure and is seen "
                                         "mainly with MsQuic (HTTP/3, SMB over QUIC) and other QUIC stacks "
                                         "built on Schannel."),
            {
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                QT_TRANSLATE_NOOP("Catalog", "QUIC handshakes (HTTP/3 in HTTP.sys, SMB over QUIC, "
                                             "MsQuic-based applications) that receive the transport "
                                             "parameters this way"),
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                QT_TRANSLATE_NOOP("Catalog", "An application that subscribed to an extension but does not "
                                             "handle this code, so it aborts a healthy handshake"),
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                QT_TRANSLATE_NOOP("Catalog", "The buffer for the extension data is too small, which turns "
                                             "into SEC_E_EXT_BUFFER_TOO_SMALL"),
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                QT_TRANSLATE_NOOP("Catalog", "The peers disagree on QUIC or extension support, and the "
                                             "handshake then ends with a TLS alert instead of SEC_E_OK"),
            },
            {
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Windows build: subscribing to TLS extensions needs "
                                              "Windows 11 or Windows Server 2022 or later"),
                 "Get-ComputerInfo -Property OsName,OsBuildNumber"},
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                {QT_TRANSLATE_NOOP("Catalog", "If the handshake fails after this code, read the fatal alerts "
                                              "Schannel logged for it (36887 received, 36888 sent)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                {QT_TRANSLATE_NOOP("Catalog", "For HTTP/3 served by HTTP.sys, check whether it is enabled"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters\" /v EnableHttp3"},
                //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: after reading the extension data, continue the "
                                              "loop as for SEC_I_CONTINUE_NEEDED"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0,
                 //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                 QT_TRANSLATE_NOOP("Catalog", "The buffer given for the extension data was too small")},
                {Family::Sspi, "SEC_E_APPLICATION_PROTOCOL_MISMATCH", 0,
                 //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                 QT_TRANSLATE_NOOP("Catalog", "Another handshake failure rooted in TLS extensions (ALPN)")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", 0,
                 //: SEC_I_GENERIC_EXTENSION_RECEIVED (sspi 0x00090316)
                 QT_TRANSLATE_NOOP("Catalog", "Also met in QUIC handshakes over Schannel")},
            },
        },
        {
            Family::Sspi, 0x00090317u, "SEC_I_CONTEXT_EXPIRED", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel | CredSsp,
            "The context has expired and can no longer be used.",
            //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
            QT_TRANSLATE_NOOP("Catalog", "The peer closed the TLS session with close_notify. The normal end "
                                         "of a connection, not an error, unless it comes too early."),
            //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
            QT_TRANSLATE_NOOP("Catalog", "DecryptMessage returns this code when the other side sends a TLS "
                                         "close_notify alert to end the session. It is not a failure: the "
                                         "application stops reading, optionally sends its own close_notify "
                                         "and closes the socket. It becomes a symptom only when the peer "
                                         "closes before the expected request or response has been exchanged."),
            {
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                QT_TRANSLATE_NOOP("Catalog", "The server closed an idle keep-alive connection (HTTP.sys, IIS "
                                             "or load balancer timeout) and the client tried to reuse it"),
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                QT_TRANSLATE_NOOP("Catalog", "The server ends the session just after the handshake because "
                                             "it rejected the client at application level, for example a "
                                             "missing or unmapped client certificate or an IP restriction"),
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                QT_TRANSLATE_NOOP("Catalog", "A load balancer or TLS-offloading proxy closes back-end "
                                             "sessions early"),
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                QT_TRANSLATE_NOOP("Catalog", "Application code that does not expect this code logs it as an "
                                             "error or keeps reading from a finished session"),
            },
            {
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the time of the close with the server's idle timeouts"),
                 "netsh http show timeout"},
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                {QT_TRANSLATE_NOOP("Catalog", "In a capture, check which side sends the TLS alert first"),
                 "tshark -r C:\\temp\\auth.pcapng -Y \"tls.record.content_type == 21\""},
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                {QT_TRANSLATE_NOOP("Catalog", "If the close was unexpected, check whether a fatal alert "
                                              "(36887 or 36888) was logged just before it; an orderly close "
                                              "logs nothing"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: on this code, finish the shutdown and open a new "
                                              "connection instead of reusing the context"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                 QT_TRANSLATE_NOOP("Catalog", "Error form: the context was used after it expired or was shut "
                                              "down")},
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                 QT_TRANSLATE_NOOP("Catalog", "The other out-of-band event DecryptMessage reports")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                 QT_TRANSLATE_NOOP("Catalog", "Not a close: more bytes must be read before decrypting")},
                {Family::TlsAlert, "TLS1_ALERT_CLOSE_NOTIFY", 0u,
                 //: SEC_I_CONTEXT_EXPIRED (sspi 0x00090317)
                 QT_TRANSLATE_NOOP("Catalog", "The peer's close_notify alert, which DecryptMessage reports "
                                              "as this code")},
            },
        },
        {
            Family::Sspi, 0x00090320u, "SEC_I_INCOMPLETE_CREDENTIALS", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The credentials supplied were not complete, and could not be verified. Additional information "
            "can be returned from the context.",
            //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
            QT_TRANSLATE_NOOP("Catalog", "The TLS server asked for a client certificate and none suitable "
                                         "was supplied yet. Not an error by itself; the client must decide."),
            //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
            QT_TRANSLATE_NOOP("Catalog", "During a Schannel handshake the server sent a certificate request, "
                                         "but the client's credential holds no certificate issued by a CA "
                                         "the server trusts. This is not a failure yet: the client can "
                                         "acquire a credential with a certificate and call "
                                         "InitializeSecurityContext again, or continue without one and let "
                                         "the server decide. It is reported on the client and usually ends "
                                         "with the server rejecting the connection when client certificates "
                                         "are required."),
            {
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                QT_TRANSLATE_NOOP("Catalog", "The site or service requires or accepts client certificates "
                                             "(IIS SSL settings, an HTTP.sys binding, a VPN or RADIUS "
                                             "server) and the client has none"),
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                QT_TRANSLATE_NOOP("Catalog", "The certificate is in the wrong store: the current user's "
                                             "store while the application runs as a service or LocalSystem, "
                                             "or the other way round"),
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                QT_TRANSLATE_NOOP("Catalog", "The certificate lacks the Client Authentication EKU, has no "
                                             "private key, or the calling account cannot open its key"),
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                QT_TRANSLATE_NOOP("Catalog", "The server sends a list of trusted issuers (non-Windows "
                                             "servers, or Windows with SendTrustedIssuerList set to 1) and "
                                             "the certificate's issuing CA is not in it, so Schannel does "
                                             "not offer it"),
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                QT_TRANSLATE_NOOP("Catalog", "The application does not handle this code and aborts instead "
                                             "of retrying with a certificate or continuing without one"),
            },
            {
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                {QT_TRANSLATE_NOOP("Catalog", "List the user's certificates that have a private key and the "
                                              "Client Authentication EKU"),
                 "Get-ChildItem Cert:\\CurrentUser\\My -EKU \"Client Authentication\" | Where-Object HasPrivateKey"},
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificate bindings of HTTP.sys, including "
                                              "'Negotiate Client Certificate'"),
                 "netsh http show sslcert"},
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                {QT_TRANSLATE_NOOP("Catalog", "See which CA names the server lists in its certificate "
                                              "request; an empty list from a Windows server is the default "
                                              "(SendTrustedIssuerList 0) and does not mean that no CA is "
                                              "accepted"),
                 "openssl s_client -connect web01.contoso.com:443 -showcerts"},
                //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, look for event 36875: the server asked for a "
                                              "client certificate and no suitable one was found"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36875)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                 QT_TRANSLATE_NOOP("Catalog", "The error form when the credentials cannot be completed")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                 QT_TRANSLATE_NOOP("Catalog", "No certificate or other credential was found at all")},
                {Family::Sspi, "SEC_E_CERT_WRONG_USAGE", 0,
                 //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate offered lacks the Client Authentication usage")},
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 //: SEC_I_INCOMPLETE_CREDENTIALS (sspi 0x00090320)
                 QT_TRANSLATE_NOOP("Catalog", "IIS often asks for the client certificate through "
                                              "renegotiation")},
            },
        },
        {
            Family::Sspi, 0x00090321u, "SEC_I_RENEGOTIATE", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The context data must be renegotiated with the peer.",
            //: SEC_I_RENEGOTIATE (sspi 0x00090321)
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer sent handshake data after the handshake "
                                         "(renegotiation or a TLS 1.3 message). Not an error; process it."),
            //: SEC_I_RENEGOTIATE (sspi 0x00090321)
            QT_TRANSLATE_NOOP("Catalog", "DecryptMessage returns this code when the data received is not "
                                         "application data but a new handshake message: a TLS 1.2 "
                                         "renegotiation request or, with TLS 1.3, a post-handshake message "
                                         "such as a session ticket or key update. It is not a failure: the "
                                         "application passes the extra data to InitializeSecurityContext or "
                                         "AcceptSecurityContext and then resumes reading. Problems start "
                                         "when an application does not implement this path."),
            {
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                QT_TRANSLATE_NOOP("Catalog", "TLS 1.3 servers send session tickets right after the "
                                             "handshake; Schannel loops written for TLS 1.2 fail on the "
                                             "unexpected code (common after moving to Windows 11 or Windows "
                                             "Server 2022)"),
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                QT_TRANSLATE_NOOP("Catalog", "IIS asks for a client certificate on one path by renegotiating "
                                             "the TLS 1.2 session after reading the request"),
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                QT_TRANSLATE_NOOP("Catalog", "The peer refuses to renegotiate (HTTP/2, TLS 1.3, or "
                                             "renegotiation disabled), which ends the connection"),
            },
            {
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the binding requests client certificates in the "
                                              "initial handshake, which avoids renegotiation"),
                 "netsh http show sslcert"},
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                {QT_TRANSLATE_NOOP("Catalog", "If it does not, delete the binding and add it again with "
                                              "clientcertnegotiation=enable (keep the certificate hash and "
                                              "application ID shown by netsh http show sslcert)"),
                 "netsh http add sslcert ipport=0.0.0.0:443 certhash=<thumbprint> appid={00112233-4455-6677-8899-AABBCCDDEEFF} clientcertnegotiation=enable"},
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel renegotiation settings"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\" /v AllowInsecureRenegoClients"},
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: on this code, call the handshake function again "
                                              "with the extra data as input, then continue reading"),
                 nullptr},
                //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                {QT_TRANSLATE_NOOP("Catalog", "If the renegotiation fails, look for alert 100 "
                                              "(no_renegotiation) or 40 in events 36887 and 36888"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_I_NO_RENEGOTIATION", 0,
                 //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                 QT_TRANSLATE_NOOP("Catalog", "The peer's answer when it declines to renegotiate")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                 QT_TRANSLATE_NOOP("Catalog", "Often follows when the renegotiation asks for a client "
                                              "certificate")},
                {Family::Sspi, "SEC_I_CONTEXT_EXPIRED", 0,
                 //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                 QT_TRANSLATE_NOOP("Catalog", "The other out-of-band event DecryptMessage reports")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: SEC_I_RENEGOTIATE (sspi 0x00090321)
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the context is used again after this code was "
                                              "mishandled")},
            },
        },
        {
            Family::Sspi, 0x00090323u, "SEC_I_NO_LSA_CONTEXT", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate,
            "There is no LSA mode context associated with this context.",
            //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
            QT_TRANSLATE_NOOP("Catalog", "Internal: the context was exported or imported, so there is no LSA "
                                         "half to delete. Not an error."),
            //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
            QT_TRANSLATE_NOOP("Catalog", "Security packages keep a context partly in the application's "
                                         "process and partly inside LSA (lsass.exe). After "
                                         "ExportSecurityContext and ImportSecurityContext move a context to "
                                         "another process, that copy has no LSA half, and the package "
                                         "reports this code internally when the copy is deleted so that SSPI "
                                         "skips the LSA clean-up. It is not a failure, and applications "
                                         "normally never see it because DeleteSecurityContext then returns "
                                         "SEC_E_OK."),
            {
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                QT_TRANSLATE_NOOP("Catalog", "A service that hands authenticated contexts to worker "
                                             "processes with ExportSecurityContext and ImportSecurityContext "
                                             "deleting the imported copy"),
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                QT_TRANSLATE_NOOP("Catalog", "A debug or ETW trace of the security packages recording the "
                                             "internal status"),
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                QT_TRANSLATE_NOOP("Catalog", "A third-party SSPI wrapper passing the internal status on "
                                             "instead of treating it as success"),
            },
            {
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                {QT_TRANSLATE_NOOP("Catalog", "Treat the line as informational and look for the first SEC_E_ "
                                              "error on the same connection"),
                 nullptr},
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                {QT_TRANSLATE_NOOP("Catalog", "If the imported context fails later, check that the exporting "
                                              "process did not delete or reuse it first"),
                 nullptr},
                //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or SSPI wrapper if it reports this "
                                              "code as an error"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                 QT_TRANSLATE_NOOP("Catalog", "What follows if a context is used after its owner deleted it")},
                {Family::Sspi, "SEC_E_NO_CONTEXT", 0,
                 //: SEC_I_NO_LSA_CONTEXT (sspi 0x00090323)
                 QT_TRANSLATE_NOOP("Catalog", "The context the caller refers to does not exist")},
            },
        },
        {
            Family::Sspi, 0x0009035Cu, "SEC_I_SIGNATURE_NEEDED", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Negotiate,
            "A signature operation must be performed before the user can authenticate.",
            //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
            QT_TRANSLATE_NOOP("Catalog", "A signature with the user's private key is needed before "
                                         "authentication can go on. Not an error; rare and internal."),
            //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
            QT_TRANSLATE_NOOP("Catalog", "This informational code belongs to certificate-based logons, where "
                                         "the package needs the user's private key (on a smart card or in a "
                                         "key storage provider) to sign data before it can build its next "
                                         "message. It is not a failure; it asks the caller or the credential "
                                         "UI to perform the signature and continue. No widely used API "
                                         "documents returning it to applications, so it normally appears "
                                         "only in traces of smart card or certificate logons."),
            {
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                QT_TRANSLATE_NOOP("Catalog", "A smart card or certificate logon (Kerberos PKINIT, Windows "
                                             "Hello for Business) waiting for the card or key to sign"),
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                QT_TRANSLATE_NOOP("Catalog", "The smart card was removed, its PIN is blocked, or the card "
                                             "middleware does not answer, so the signature never happens and "
                                             "the logon times out"),
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                QT_TRANSLATE_NOOP("Catalog", "A custom credential provider or SSPI wrapper that does not "
                                             "handle this code"),
            },
            {
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the card, its reader and its logon certificate are "
                                              "visible and usable"),
                 "certutil -scinfo"},
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Smart Card service is running"),
                 "sc query SCardSvr"},
                //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC errors logged at the same time"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center']]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                 QT_TRANSLATE_NOOP("Catalog", "Error when the smart card logon certificate cannot be used")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 //: SEC_I_SIGNATURE_NEEDED (sspi 0x0009035C)
                 QT_TRANSLATE_NOOP("Catalog", "The account may only log on with a smart card")},
            },
        },
        {
            Family::Sspi, 0x00090360u, "SEC_I_NO_RENEGOTIATION", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The recipient rejected the renegotiation request.",
            //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
            QT_TRANSLATE_NOOP("Catalog", "The TLS peer declined a renegotiation request (no_renegotiation "
                                         "alert). Not an error by itself."),
            //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
            QT_TRANSLATE_NOOP("Catalog", "When one side asks to renegotiate a TLS 1.2 session, the other may "
                                         "answer with a no_renegotiation warning, which Schannel reports "
                                         "with this code. It is not a failure: the existing session stays "
                                         "usable, but whatever the renegotiation was for, typically a client "
                                         "certificate request, did not happen. A server that relied on it "
                                         "then usually rejects the request."),
            {
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                QT_TRANSLATE_NOOP("Catalog", "IIS or HTTP.sys tried to request a client certificate "
                                             "mid-connection and the client refused"),
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                QT_TRANSLATE_NOOP("Catalog", "The client does not support secure renegotiation (RFC 5746) or "
                                             "has renegotiation disabled"),
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                QT_TRANSLATE_NOOP("Catalog", "The connection uses TLS 1.3 or HTTP/2, neither of which allows "
                                             "renegotiation"),
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                QT_TRANSLATE_NOOP("Catalog", "An application renegotiates to refresh keys on long "
                                             "connections and the peer does not allow it"),
            },
            {
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the binding requests client certificates in the "
                                              "initial handshake, which avoids renegotiation"),
                 "netsh http show sslcert"},
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                {QT_TRANSLATE_NOOP("Catalog", "For IIS, require client certificates for the whole site "
                                              "instead of single paths so no mid-connection renegotiation is "
                                              "needed"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe set config \"Default Web Site\" -section:system.webServer/security/access /sslFlags:\"Ssl,SslNegotiateCert,SslRequireCert\" /commit:apphost"},
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Schannel renegotiation settings on the server"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\" /v AllowInsecureRenegoServers"},
                //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                {QT_TRANSLATE_NOOP("Catalog", "Look for alert 100 (no_renegotiation) in event 36887 on the "
                                              "side that asked for renegotiation"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_I_RENEGOTIATE", 0,
                 //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                 QT_TRANSLATE_NOOP("Catalog", "The renegotiation request that was declined")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_I_NO_RENEGOTIATION (sspi 0x00090360)
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate the renegotiation was meant to obtain")},
            },
        },
        {
            Family::Sspi, 0x00090364u, "SEC_I_MESSAGE_FRAGMENT", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The returned buffer is only a fragment of the message.  More fragments need to be returned.",
            //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
            QT_TRANSLATE_NOOP("Catalog", "Schannel returned only part of a handshake message; send it and "
                                         "call again for the rest. Normal flow, not an error."),
            //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
            QT_TRANSLATE_NOOP("Catalog", "With DTLS (TLS over UDP) a handshake flight can be larger than the "
                                         "path MTU, so Schannel hands it out in fragments. Each call returns "
                                         "one fragment with this code; the caller sends it and calls again "
                                         "until the whole flight is out. It is not a failure and is seen "
                                         "only with applications that use DTLS."),
            {
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                QT_TRANSLATE_NOOP("Catalog", "A large DTLS handshake flight, typically a long certificate "
                                             "chain, split to fit the configured MTU"),
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                QT_TRANSLATE_NOOP("Catalog", "An application that does not loop on this code and waits for "
                                             "input instead, so the handshake stalls with "
                                             "SEC_E_INCOMPLETE_MESSAGE"),
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                QT_TRANSLATE_NOOP("Catalog", "A path MTU smaller than configured, or UDP fragments dropped "
                                             "by a firewall, so the peer never reassembles the flight"),
            },
            {
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                {QT_TRANSLATE_NOOP("Catalog", "Check the MTU of the interfaces on the path"),
                 "netsh interface ipv4 show subinterfaces"},
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                {QT_TRANSLATE_NOOP("Catalog", "Keep the server's certificate chain short; check what it "
                                              "contains"),
                 "certutil -verify -urlfetch server.cer"},
                //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: keep calling the handshake function until it "
                                              "returns something other than SEC_I_MESSAGE_FRAGMENT, sending "
                                              "each fragment"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                 QT_TRANSLATE_NOOP("Catalog", "What a broken fragment loop usually turns into")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_I_MESSAGE_FRAGMENT (sspi 0x00090364)
                 QT_TRANSLATE_NOOP("Catalog", "Returned once the whole flight has been handed out")},
            },
        },
        {
            Family::Sspi, 0x00090366u, "SEC_I_CONTINUE_NEEDED_MESSAGE_OK", {}, Severity::Informational,
            Category::SuccessContinuation, Schannel,
            "The function completed successfully, but must be called again to complete the context.  Early "
            "start can be used.",
            //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
            QT_TRANSLATE_NOOP("Catalog", "Handshake not finished, but application data may already be sent "
                                         "(early start). Normal flow, not an error."),
            //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
            QT_TRANSLATE_NOOP("Catalog", "Schannel returns this variant of SEC_I_CONTINUE_NEEDED when the "
                                         "handshake needs another leg but the keys for application data are "
                                         "already available, so the caller may start sending early. It is "
                                         "not a failure; callers handle it like SEC_I_CONTINUE_NEEDED and "
                                         "may also send data. It is seen mainly with QUIC stacks such as "
                                         "MsQuic and with TLS 1.3."),
            {
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                QT_TRANSLATE_NOOP("Catalog", "A TLS 1.3 or QUIC handshake on Windows 11, Windows Server 2022 "
                                             "or later, where data keys are ready before the handshake ends"),
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                QT_TRANSLATE_NOOP("Catalog", "An older Schannel loop that only knows SEC_I_CONTINUE_NEEDED "
                                             "and fails on this newer code"),
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                QT_TRANSLATE_NOOP("Catalog", "A stall after this code because the peer's final flight never "
                                             "arrives (packet loss, UDP blocked for QUIC)"),
            },
            {
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: handle this code exactly like "
                                              "SEC_I_CONTINUE_NEEDED in the handshake loop"),
                 nullptr},
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                {QT_TRANSLATE_NOOP("Catalog", "For QUIC services, check that the server listens on UDP 443"),
                 "netstat -ano -p udp"},
                //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                {QT_TRANSLATE_NOOP("Catalog", "If a False Start handshake fails later, read the fatal alerts "
                                              "logged for it (36887, 36888)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                 QT_TRANSLATE_NOOP("Catalog", "The plain continuation code this one extends")},
                {Family::Sspi, "SEC_I_GENERIC_EXTENSION_RECEIVED", 0,
                 //: SEC_I_CONTINUE_NEEDED_MESSAGE_OK (sspi 0x00090366)
                 QT_TRANSLATE_NOOP("Catalog", "Also met in QUIC handshakes over Schannel")},
            },
        },
        {
            Family::Sspi, 0x00090368u, "SEC_I_ASYNC_CALL_PENDING", {}, Severity::Informational,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate | Schannel,
            "An asynchronous SSPI routine has been called and the work is pending completion.",
            //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
            QT_TRANSLATE_NOOP("Catalog", "An asynchronous SSPI call was queued and has not finished yet. Not "
                                         "an error; wait for its result."),
            //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
            QT_TRANSLATE_NOOP("Catalog", "Windows offers asynchronous SSPI functions "
                                         "(SspiAcquireCredentialsHandleAsync, "
                                         "SspiInitializeSecurityContextAsync and related) to kernel-mode "
                                         "drivers since Windows 10 1607 and Windows Server 2016. "
                                         "SspiGetAsyncCallStatus reports this code while the queued work is "
                                         "still running; the real result arrives later through the "
                                         "completion callback. It is not a failure and indicates a problem "
                                         "only when the call never completes."),
            {
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                QT_TRANSLATE_NOOP("Catalog", "A kernel-mode component polled the call before LSA had "
                                             "finished the work (normal)"),
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                QT_TRANSLATE_NOOP("Catalog", "LSA answers slowly (busy lsass.exe, slow domain controllers), "
                                             "so calls stay pending longer than the caller's timeout"),
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                QT_TRANSLATE_NOOP("Catalog", "A driver bug that treats the pending code as the final result"),
            },
            {
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                {QT_TRANSLATE_NOOP("Catalog", "Treat pending as normal and look for the final status "
                                              "reported when the call completes"),
                 nullptr},
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                {QT_TRANSLATE_NOOP("Catalog", "If calls stay pending, check whether lsass.exe is busy"),
                 "Get-Counter '\\Process(lsass)\\% Processor Time' -SampleInterval 5 -MaxSamples 6"},
                //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for the "
                                              "domain"),
                 "nltest /dsgetdc:contoso.com"},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                 QT_TRANSLATE_NOOP("Catalog", "Unreachable DCs keep calls pending and finally fail this way")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_I_ASYNC_CALL_PENDING (sspi 0x00090368)
                 QT_TRANSLATE_NOOP("Catalog", "A common final result of an asynchronous handshake call")},
            },
        },
        {
            Family::Sspi, 0x80090300u, "SEC_E_INSUFFICIENT_MEMORY", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "Not enough memory is available to complete this request",
            //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
            QT_TRANSLATE_NOOP("Catalog", "A security package or LSA ran out of memory or another system "
                                         "resource for this request."),
            //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
            QT_TRANSLATE_NOOP("Catalog", "The call failed because memory or a related resource ran out, "
                                         "either in the calling process or inside lsass.exe, where the "
                                         "security packages do most of their work. It is reported by the "
                                         "side that made the call and points at resource exhaustion or a "
                                         "leak rather than at authentication settings. A retry may work, but "
                                         "the error returns until the leak or pressure is fixed."),
            {
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                QT_TRANSLATE_NOOP("Catalog", "An application leaks security contexts or credential handles "
                                             "(never calls DeleteSecurityContext or FreeCredentialsHandle), "
                                             "so lsass.exe keeps growing"),
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                QT_TRANSLATE_NOOP("Catalog", "The system commit limit is reached: page file too small or "
                                             "disabled, or one process using most of the memory"),
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                QT_TRANSLATE_NOOP("Catalog", "A 32-bit application runs out of address space under heavy TLS "
                                             "or authentication load"),
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                QT_TRANSLATE_NOOP("Catalog", "Third-party code loaded into lsass.exe (password filters, "
                                             "security packages, security agents) leaks memory"),
            },
            {
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                {QT_TRANSLATE_NOOP("Catalog", "Check the memory and handle counts of lsass.exe, and repeat "
                                              "later to see whether they keep growing"),
                 "Get-Process lsass | Format-List Name,Handles,WorkingSet64,PrivateMemorySize64"},
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                {QT_TRANSLATE_NOOP("Catalog", "Record the trend of lsass.exe private bytes over ten minutes"),
                 "Get-Counter '\\Process(lsass)\\Private Bytes' -SampleInterval 60 -MaxSamples 10"},
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                {QT_TRANSLATE_NOOP("Catalog", "Look for low-memory warnings (Resource-Exhaustion-Detector "
                                              "event 2004)"),
                 "wevtutil qe System /q:\"*[System[(EventID=2004)]]\" /c:5 /rd:true /f:text"},
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                {QT_TRANSLATE_NOOP("Catalog", "Find the processes with the most handles; a leaking SSPI "
                                              "caller often stands out"),
                 "Get-Process | Sort-Object Handles -Descending | Select-Object -First 10 Name,Id,Handles"},
                //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                {QT_TRANSLATE_NOOP("Catalog", "Check which third-party DLLs are registered to load into LSA: "
                                              "Security Packages, Authentication Packages and Notification "
                                              "Packages, including under Lsa\\OSConfig"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /s /f Packages"},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                 QT_TRANSLATE_NOOP("Catalog", "A caller-supplied buffer is too small; not a memory shortage")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_INSUFFICIENT_MEMORY (sspi 0x80090300)
                 QT_TRANSLATE_NOOP("Catalog", "Other failures inside LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x80090301u, "SEC_E_INVALID_HANDLE", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The handle specified is invalid",
            //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
            QT_TRANSLATE_NOOP("Catalog", "The credential or context handle passed to SSPI is not valid: "
                                         "freed, never created, or from another session."),
            //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
            QT_TRANSLATE_NOOP("Catalog", "Every SSPI call after the first works on a credential handle, a "
                                         "security context handle, or both. This code means the handle does "
                                         "not refer to a live object: it was already deleted, never fully "
                                         "created, corrupted, or belongs to another process or logon "
                                         "session. It is reported locally by the side that made the call and "
                                         "nearly always points at the application's handling of handles, "
                                         "often after an earlier error it did not notice."),
            {
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                QT_TRANSLATE_NOOP("Catalog", "The application deleted the context or freed the credentials "
                                             "(on timeout or dispose) while another thread still used them"),
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                QT_TRANSLATE_NOOP("Catalog", "An earlier handshake call failed and the application carried "
                                             "on with the half-built context"),
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                QT_TRANSLATE_NOOP("Catalog", "A pooled connection reused a TLS or Kerberos context that the "
                                             "peer had closed or that had expired"),
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                QT_TRANSLATE_NOOP("Catalog", "The handle was passed to another process, or kept after the "
                                             "logon session that created it ended"),
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                QT_TRANSLATE_NOOP("Catalog", "A bug in a third-party SSPI wrapper or network library that "
                                             "mixes up handles"),
            },
            {
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                {QT_TRANSLATE_NOOP("Catalog", "Find the first error on the same connection before this line; "
                                              "it usually explains this one"),
                 nullptr},
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                {QT_TRANSLATE_NOOP("Catalog", "Look for a fatal alert (36887, 36888) just before this line: "
                                              "an earlier failure may have torn the connection down"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application and its framework or TLS library to a "
                                              "current version"),
                 nullptr},
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: run the application under Application Verifier "
                                              "with handle checks to catch use after free"),
                 "appverif -enable Handles -for app.exe"},
                //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                {QT_TRANSLATE_NOOP("Catalog", "Disable connection pooling for a test to see whether reused "
                                              "connections trigger it"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_CREDENTIAL_HANDLE", 0,
                 //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                 QT_TRANSLATE_NOOP("Catalog", "A valid handle, but the wrong credentials for this context")},
                {Family::Sspi, "SEC_E_NO_CONTEXT", 0,
                 //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                 QT_TRANSLATE_NOOP("Catalog", "The security context the caller refers to does not exist")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                 QT_TRANSLATE_NOOP("Catalog", "The context existed but is no longer usable")},
                {Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0,
                 //: SEC_E_INVALID_HANDLE (sspi 0x80090301)
                 QT_TRANSLATE_NOOP("Catalog", "A context deleted before its handshake finished")},
            },
        },
        {
            Family::Sspi, 0x80090302u, "SEC_E_UNSUPPORTED_FUNCTION", {"SEC_E_NOT_SUPPORTED"}, Severity::Error,
            Category::PackagesSystem, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The function requested is not supported",
            //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
            QT_TRANSLATE_NOOP("Catalog", "The package cannot do what was asked: an unsupported option, TLS "
                                         "version or policy combination."),
            //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
            QT_TRANSLATE_NOOP("Catalog", "The security package received a request it does not implement or "
                                         "is not allowed to perform: a context option it lacks, a TLS "
                                         "version that is disabled or unknown, or a CredSSP exchange blocked "
                                         "by policy. Administrators meet it most as the Remote Desktop error "
                                         "'The function requested is not supported' and as a Schannel "
                                         "handshake failure between mismatched TLS settings. It is reported "
                                         "by the side whose package refused, usually the client."),
            {
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                QT_TRANSLATE_NOOP("Catalog", "RDP/CredSSP: a client with the May 2018 CredSSP update "
                                             "(CVE-2018-0886) meets a server without it, or a server set to "
                                             "'Force Updated Clients' meets an unpatched client"),
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                QT_TRANSLATE_NOOP("Catalog", "TLS: the two sides share no enabled protocol version, for "
                                             "example an old client or .NET Framework application offering "
                                             "only TLS 1.0 to a server that accepts only TLS 1.2"),
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                QT_TRANSLATE_NOOP("Catalog", "TLS versions switched off in the SCHANNEL Protocols registry "
                                             "key on one side, leaving nothing the other side accepts"),
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                QT_TRANSLATE_NOOP("Catalog", "The caller asked a package for a feature it lacks; Schannel "
                                             "documents this code for InitializeSecurityContext with "
                                             "ISC_REQ_DELEGATE or ISC_REQ_PROMPT_FOR_CREDS"),
            },
            {
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, read the CredSSP policy on the client (0 = Force "
                                              "Updated Clients, 1 = Mitigated, 2 = Vulnerable)"),
                 "reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\CredSSP\\Parameters\" /v AllowEncryptionOracle"},
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                {QT_TRANSLATE_NOOP("Catalog", "Install current updates on both RDP client and server instead "
                                              "of lowering the policy to Vulnerable; check the installed "
                                              "updates"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the TLS protocol versions enabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                {QT_TRANSLATE_NOOP("Catalog", "Test which TLS versions the server accepts from another "
                                              "machine"),
                 "openssl s_client -connect web01.contoso.com:443 -tls1_2"},
                //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                {QT_TRANSLATE_NOOP("Catalog", "Look for alert 70 (protocol_version) in events 36887 and "
                                              "36888, and on the server for event 36874 (no common protocol "
                                              "or cipher suite)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36874 or EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                 QT_TRANSLATE_NOOP("Catalog", "The other common TLS mismatch: no cipher suite in common")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                 QT_TRANSLATE_NOOP("Catalog", "CredSSP refused by the credentials delegation policy")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                 QT_TRANSLATE_NOOP("Catalog", "An unsupported per-message protection option")},
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                 QT_TRANSLATE_NOOP("Catalog", "The package itself is missing, not just the function")},
                {Family::TlsAlert, "TLS1_ALERT_PROTOCOL_VERSION", 70u,
                 //: SEC_E_UNSUPPORTED_FUNCTION (sspi 0x80090302)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 70 (protocol_version) received from the peer maps to "
                                              "this code")},
            },
        },
        {
            Family::Sspi, 0x80090304u, "SEC_E_INTERNAL_ERROR", {"SEC_E_NO_SPM"}, Severity::Error,
            Category::PackagesSystem, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The Local Security Authority cannot be contacted",
            //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
            QT_TRANSLATE_NOOP("Catalog", "An internal failure in LSA or a security package that has no more "
                                         "specific SSPI code."),
            //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
            QT_TRANSLATE_NOOP("Catalog", "The message says the Local Security Authority cannot be contacted, "
                                         "but in practice this is a catch-all: the package hit an error with "
                                         "no dedicated SSPI code. Administrators see it most as the Remote "
                                         "Desktop error 'The Local Security Authority cannot be contacted' "
                                         "and as a Schannel failure when the server's certificate or key "
                                         "cannot be used. It can be reported on either side; the detail is "
                                         "in the Schannel or System events of the side that failed."),
            {
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "RDP with Network Level Authentication to an account whose "
                                             "password has expired or must be changed at next logon; NLA "
                                             "cannot ask for a new password"),
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "The TLS server certificate's private key is missing or the "
                                             "service account cannot read it"),
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "Schannel could not create its credential (event 36871, for "
                                             "example error state 10013) after protocol, cipher suite or "
                                             "FIPS hardening, or because the key is not accessible"),
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "TLS: the peer sent alert 80 (internal_error), which Schannel "
                                             "maps to this code; the reason is in the peer's own log"),
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "No TLS version or cipher suite in common for RDP or SQL "
                                             "Server, for example after disabling TLS 1.0 on hosts that "
                                             "still need it, or FIPS mode on one side"),
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                QT_TRANSLATE_NOOP("Catalog", "lsass.exe is shutting down or hung, or a third-party LSA "
                                             "plug-in failed"),
            },
            {
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                {QT_TRANSLATE_NOOP("Catalog", "For RDP, check whether the account's password has expired or "
                                              "must be changed"),
                 "net user jdoe /domain"},
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                {QT_TRANSLATE_NOOP("Catalog", "Change the expired password another way: at the console, with "
                                              "Ctrl+Alt+End in a working RDP session, or with the AD tools"),
                 "Set-ADAccountPassword -Identity jdoe -Reset"},
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate has a private key and that the key "
                                              "works"),
                 "certutil -verifystore My web01.contoso.com"},
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                {QT_TRANSLATE_NOOP("Catalog", "Check the RDP security layer (0 = RDP, 1 = Negotiate, 2 = TLS)"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal Server\\WinStations\\RDP-Tcp\" /v SecurityLayer"},
                //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                {QT_TRANSLATE_NOOP("Catalog", "Read events 36871 (creating the TLS credential failed, often "
                                              "with an error state such as 10013) and 36870 (private key "
                                              "access), and event 36887 with alert 80 (internal_error) from "
                                              "the peer"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36870 or EventID=36871 or EventID=36887)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                 QT_TRANSLATE_NOOP("Catalog", "The more specific code when a private key cannot be used")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                 QT_TRANSLATE_NOOP("Catalog", "No TLS cipher suite in common")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                 QT_TRANSLATE_NOOP("Catalog", "What an expired password gives outside NLA")},
                {Family::Sspi, "SEC_E_SHUTDOWN_IN_PROGRESS", 0,
                 //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                 QT_TRANSLATE_NOOP("Catalog", "LSA refusing new work while the system shuts down")},
                {Family::TlsAlert, "TLS1_ALERT_INTERNAL_ERROR", 80u,
                 //: SEC_E_INTERNAL_ERROR (sspi 0x80090304)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 80 (internal_error) received from the peer maps to this "
                                              "code")},
            },
        },
        {
            Family::Sspi, 0x80090305u, "SEC_E_SECPKG_NOT_FOUND", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The requested security package does not exist",
            //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
            QT_TRANSLATE_NOOP("Catalog", "The security package the caller named is not installed or not "
                                         "loaded on this computer."),
            //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
            QT_TRANSLATE_NOOP("Catalog", "AcquireCredentialsHandle names a package (Negotiate, Kerberos, "
                                         "NTLM, Schannel, CredSSP, WDigest or a third-party one), and this "
                                         "code means SSPI found no loaded package with that name. Built-in "
                                         "packages are practically always present, so the usual causes are a "
                                         "removed optional package, a misspelt name in the application, or a "
                                         "system that is shutting down. It is reported locally by the "
                                         "calling computer."),
            {
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                QT_TRANSLATE_NOOP("Catalog", "The application requests a package that is not registered: a "
                                             "typo, a third-party package that was uninstalled, or a name "
                                             "that exists only on other Windows versions"),
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                QT_TRANSLATE_NOOP("Catalog", "An optional package was removed from the Security Packages "
                                             "list during hardening (for example wdigest, or tspkg which "
                                             "CredSSP needs)"),
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                QT_TRANSLATE_NOOP("Catalog", "The system is shutting down and LSA no longer accepts new "
                                             "requests"),
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                QT_TRANSLATE_NOOP("Catalog", "The package DLL failed to load at boot: missing file, or "
                                             "blocked by LSA protection"),
            },
            {
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                {QT_TRANSLATE_NOOP("Catalog", "List the security packages LSA loads at startup"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                {QT_TRANSLATE_NOOP("Catalog", "List the SSPI providers registered for applications"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders /v SecurityProviders"},
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the system's package DLLs are intact"),
                 "sfc /scannow"},
                //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                {QT_TRANSLATE_NOOP("Catalog", "Look for DLLs that lsass.exe refused to load because of LSA "
                                              "protection"),
                 "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_CANNOT_INSTALL", 0,
                 //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                 QT_TRANSLATE_NOOP("Catalog", "The package exists but failed to initialise")},
                {Family::Sspi, "SEC_E_BAD_PKGID", 0,
                 //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                 QT_TRANSLATE_NOOP("Catalog", "The package identifier passed in is not valid")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                 QT_TRANSLATE_NOOP("Catalog", "The package exists but cannot do what was asked")},
                {Family::Sspi, "SEC_E_SHUTDOWN_IN_PROGRESS", 0,
                 //: SEC_E_SECPKG_NOT_FOUND (sspi 0x80090305)
                 QT_TRANSLATE_NOOP("Catalog", "LSA refusing new work while the system shuts down")},
            },
        },
        {
            Family::Sspi, 0x80090307u, "SEC_E_CANNOT_INSTALL", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The security package failed to initialize, and cannot be installed",
            //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
            QT_TRANSLATE_NOOP("Catalog", "A security package failed to initialise when LSA loaded it, so it "
                                         "is not available."),
            //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
            QT_TRANSLATE_NOOP("Catalog", "LSA loads security packages at boot, and installers can add one "
                                         "with AddSecurityPackage; this code means the package's "
                                         "initialisation failed. Built-in packages practically never fail, "
                                         "so it almost always concerns a third-party package (single "
                                         "sign-on, MFA or password synchronisation agents) or a package "
                                         "blocked by LSA protection. It is reported on the computer that "
                                         "tried to load the package."),
            {
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                QT_TRANSLATE_NOOP("Catalog", "LSA protection (RunAsPPL) is on and the third-party package is "
                                             "not signed to the level lsass.exe requires"),
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                QT_TRANSLATE_NOOP("Catalog", "The package DLL or one of its dependencies is missing, or a "
                                             "32-bit DLL was registered on 64-bit Windows"),
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                QT_TRANSLATE_NOOP("Catalog", "The package's own configuration (service, licence, registry "
                                             "settings) is missing or damaged after an upgrade"),
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                QT_TRANSLATE_NOOP("Catalog", "An installer called AddSecurityPackage without administrative "
                                             "rights or before a required restart"),
            },
            {
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether LSA protection is enabled"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL"},
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                {QT_TRANSLATE_NOOP("Catalog", "Look for DLLs that lsass.exe refused to load because of LSA "
                                              "protection"),
                 "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                {QT_TRANSLATE_NOOP("Catalog", "List the security packages LSA loads at startup"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                {QT_TRANSLATE_NOOP("Catalog", "Check the digital signature of the vendor's package DLL"),
                 "Get-AuthenticodeSignature C:\\Windows\\System32\\vendorssp.dll"},
                //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                {QT_TRANSLATE_NOOP("Catalog", "Update or remove the third-party package, then restart"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
            },
            {
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                 QT_TRANSLATE_NOOP("Catalog", "What callers get afterwards when they ask for the missing "
                                              "package")},
                {Family::Sspi, "SEC_E_BAD_PKGID", 0,
                 //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                 QT_TRANSLATE_NOOP("Catalog", "The package identifier passed in is not valid")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_CANNOT_INSTALL (sspi 0x80090307)
                 QT_TRANSLATE_NOOP("Catalog", "Other internal failures in LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x80090308u, "SEC_E_INVALID_TOKEN", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "The token supplied to the function is invalid",
            //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
            QT_TRANSLATE_NOOP("Catalog", "The token received from the peer is malformed, truncated or not "
                                         "for this package; also LDAP's generic bind error."),
            //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
            QT_TRANSLATE_NOOP("Catalog", "The package could not parse the token passed to "
                                         "InitializeSecurityContext or AcceptSecurityContext: it was damaged "
                                         "in transit, cut short, meant for another package, or not a token "
                                         "at all. It is reported by the side that received the bad token. "
                                         "Domain controllers also use it for failed LDAP binds ('80090308: "
                                         "LdapErr: ... AcceptSecurityContext error, data 52e'), where the "
                                         "data value gives the real reason."),
            {
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                QT_TRANSLATE_NOOP("Catalog", "LDAP bind failed on a DC; read the data value: 52e wrong "
                                             "password, 525 no such user, 530 or 531 logon time or "
                                             "workstation restriction, 532 password expired, 533 disabled, "
                                             "701 account expired, 773 must change password, 775 locked out"),
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                QT_TRANSLATE_NOOP("Catalog", "TLS version mismatch with an old stack, for example SQL Server "
                                             "or an application without TLS 1.2 support talking to a peer "
                                             "where only TLS 1.2 is enabled"),
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                QT_TRANSLATE_NOOP("Catalog", "A proxy, TLS-inspection device, web application firewall or "
                                             "load balancer altered, truncated or split the authentication "
                                             "header or the handshake"),
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                QT_TRANSLATE_NOOP("Catalog", "Plain HTTP or another protocol sent to a TLS port, or TLS sent "
                                             "to a port that does not speak it"),
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                QT_TRANSLATE_NOOP("Catalog", "The application passes the wrong buffer: still base64-encoded, "
                                             "only part of the token, or a token from another connection"),
            },
            {
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                {QT_TRANSLATE_NOOP("Catalog", "For LDAP binds, check the account state that matches the data "
                                              "value"),
                 "Get-ADUser jdoe -Properties Enabled,LockedOut,PasswordExpired,AccountExpirationDate,pwdLastSet"},
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                {QT_TRANSLATE_NOOP("Catalog", "Test which TLS versions the server accepts from another "
                                              "machine"),
                 "openssl s_client -connect web01.contoso.com:443 -tls1_2"},
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the TLS protocol versions enabled on both sides"),
                 "reg query \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols\" /s"},
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                {QT_TRANSLATE_NOOP("Catalog", "Bypass the proxy or inspection device and retry; if the error "
                                              "stays, capture the traffic"),
                 "http.authorization || http.www_authenticate || ntlmssp || kerberos", Guide::NetworkTrace},
                //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS, read the alerts logged on both sides (36887 "
                                              "received, 36888 sent) to see which side rejected the token"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                 QT_TRANSLATE_NOOP("Catalog", "The same bad-password and account conditions outside LDAP")},
                {Family::Sspi, "SEC_E_ILLEGAL_MESSAGE", 0,
                 //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                 QT_TRANSLATE_NOOP("Catalog", "TLS: the peer's handshake message is invalid or unexpected")},
                {Family::Sspi, "SEC_E_INCOMPLETE_MESSAGE", 0,
                 //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                 QT_TRANSLATE_NOOP("Catalog", "The token has not been received completely yet")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_INVALID_TOKEN (sspi 0x80090308)
                 QT_TRANSLATE_NOOP("Catalog", "Another symptom of a TLS version mismatch")},
            },
        },
        {
            Family::Sspi, 0x8009030Bu, "SEC_E_NO_IMPERSONATION", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel | Digest,
            "The security context does not allow impersonation of the client",
            //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
            QT_TRANSLATE_NOOP("Catalog", "The security context does not allow the server to impersonate the "
                                         "client."),
            //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
            QT_TRANSLATE_NOOP("Catalog", "A server called ImpersonateSecurityContext, or asked for the "
                                         "client's token, but the context cannot be impersonated: the client "
                                         "allowed identification only, the context carries no Windows logon "
                                         "(for example an unmapped TLS client certificate), or the handshake "
                                         "is not finished. It is reported on the server. The server may "
                                         "still know who the client is, but it cannot act as the client."),
            {
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                QT_TRANSLATE_NOOP("Catalog", "The client set the impersonation level to Identify (an RPC or "
                                             "DCOM setting, or ISC_REQ_IDENTIFY), so the server may read the "
                                             "identity but not act as the user"),
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                QT_TRANSLATE_NOOP("Catalog", "TLS client certificate authentication without mapping the "
                                             "certificate to a Windows account (IIS client certificate "
                                             "mapping or AD mapping not configured)"),
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                QT_TRANSLATE_NOOP("Catalog", "The server tries to impersonate before the handshake returned "
                                             "SEC_E_OK, or on a context that already failed"),
            },
            {
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                {QT_TRANSLATE_NOOP("Catalog", "Check the default DCOM impersonation level (Component "
                                              "Services > My Computer > Properties > Default Properties)"),
                 "dcomcnfg"},
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                {QT_TRANSLATE_NOOP("Catalog", "For IIS client certificates, check whether certificate "
                                              "mapping is enabled"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/iisClientCertificateMappingAuthentication"},
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the service account holds 'Impersonate a client "
                                              "after authentication' (SeImpersonatePrivilege)"),
                 "secedit /export /cfg C:\\temp\\rights.inf /areas USER_RIGHTS"},
                //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                {QT_TRANSLATE_NOOP("Catalog", "Developers: impersonate only after the final SEC_E_OK and "
                                              "check whether the context was returned with the identify-only "
                                              "flag"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                 QT_TRANSLATE_NOOP("Catalog", "The next step beyond impersonation: using the identity on "
                                              "another server")},
                {Family::Sspi, "SEC_E_NOT_OWNER", 0,
                 //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                 QT_TRANSLATE_NOOP("Catalog", "Another limit on acting for a different user")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_E_NO_IMPERSONATION (sspi 0x8009030B)
                 QT_TRANSLATE_NOOP("Catalog", "The context handle itself is not valid")},
            },
        },
        {
            Family::Sspi, 0x80090316u, "SEC_E_BAD_PKGID", {}, Severity::Error,
            Category::PackagesSystem, Negotiate,
            "The requested security package does not exist",
            //: SEC_E_BAD_PKGID (sspi 0x80090316)
            QT_TRANSLATE_NOOP("Catalog", "A call referred to a security package by an ID number that matches "
                                         "no package loaded in the LSA of this machine."),
            //: SEC_E_BAD_PKGID (sspi 0x80090316)
            QT_TRANSLATE_NOOP("Catalog", "Windows identifies every loaded security package by a small number "
                                         "as well as by its name, and this code means a call used a number "
                                         "the local security authority (LSA) does not know. Applications "
                                         "almost never pass package numbers themselves, so in the field it "
                                         "points to a package that did not load, was removed from the "
                                         "configuration or was blocked inside LSASS. It is raised on the "
                                         "machine making the SSPI call, not by a domain controller, and it "
                                         "is rare: a trace of the calling application is usually needed to "
                                         "tell which package was meant."),
            {
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                QT_TRANSLATE_NOOP("Catalog", "A third-party security or authentication package (SSO agent, "
                                             "smart card or MFA middleware) was blocked from loading into "
                                             "LSASS because LSA protection (RunAsPPL) only admits properly "
                                             "signed plug-ins"),
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                QT_TRANSLATE_NOOP("Catalog", "The 'Security Packages' list under "
                                             "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa was changed by a "
                                             "hardening script or an uninstaller and the machine has not "
                                             "been restarted since"),
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                QT_TRANSLATE_NOOP("Catalog", "An application kept package information from before LSASS "
                                             "restarted or the package list changed, and now uses an ID that "
                                             "no longer exists"),
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                QT_TRANSLATE_NOOP("Catalog", "A custom SSP or test tool passes an uninitialised or "
                                             "hard-coded package identifier (a programming error that fails "
                                             "on every call)"),
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                QT_TRANSLATE_NOOP("Catalog", "Security package DLLs damaged by a failed update, so a package "
                                             "listed for loading never finished initialising"),
            },
            {
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                {QT_TRANSLATE_NOOP("Catalog", "List the packages LSA is configured to load and compare the "
                                              "list with a healthy machine of the same build"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v \"Security Packages\""},
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                {QT_TRANSLATE_NOOP("Catalog", "On Windows 10 / Windows Server 2016 and later, also check the "
                                              "OSConfig copy of the list"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\OSConfig /v \"Security Packages\""},
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether LSA protection is enabled (RunAsPPL 1 or 2), "
                                              "which blocks plug-ins that are not signed for it"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v RunAsPPL"},
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                {QT_TRANSLATE_NOOP("Catalog", "Look for LSASS plug-ins that Code Integrity refused to load "
                                              "(events 3033 and 3063) and note the DLL names"),
                 "wevtutil qe Microsoft-Windows-CodeIntegrity/Operational /q:\"*[System[(EventID=3033 or EventID=3063)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_BAD_PKGID (sspi 0x80090316)
                {QT_TRANSLATE_NOOP("Catalog", "Repair damaged system files, then restart the machine so "
                                              "LSASS loads its packages again"),
                 "sfc /scannow"},
            },
            {
                {Family::Sspi, "SEC_E_SECPKG_NOT_FOUND", 0,
                 //: SEC_E_BAD_PKGID (sspi 0x80090316)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem when the package is requested by name "
                                              "instead of by number")},
                {Family::Sspi, "SEC_E_CANNOT_INSTALL", 0,
                 //: SEC_E_BAD_PKGID (sspi 0x80090316)
                 QT_TRANSLATE_NOOP("Catalog", "A package that failed to initialise at start-up, which can "
                                              "leave its ID unregistered")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_BAD_PKGID (sspi 0x80090316)
                 QT_TRANSLATE_NOOP("Catalog", "Also seen when the LSA side of SSPI is unhealthy")},
            },
        },
        {
            Family::Sspi, 0x80090317u, "SEC_E_CONTEXT_EXPIRED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | Schannel,
            "The context has expired and can no longer be used.",
            //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
            QT_TRANSLATE_NOOP("Catalog", "The security context in use has expired or was already closed, so "
                                         "it can no longer sign, encrypt or decrypt data."),
            //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
            QT_TRANSLATE_NOOP("Catalog", "Every security context has a lifetime: a Kerberos context ends "
                                         "with the service ticket it was built from (10 hours by default), "
                                         "and a TLS (Schannel) context ends once either side has shut the "
                                         "connection down. Calls such as EncryptMessage or MakeSignature on "
                                         "a context past that point fail with this code on whichever side, "
                                         "client or server, still holds the handle. Administrators usually "
                                         "meet it on long-lived connections that fail after hours of working "
                                         "normally, or in applications that keep using a TLS connection "
                                         "after the peer closed it."),
            {
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                QT_TRANSLATE_NOOP("Catalog", "A long-lived connection (LDAP with signing or sealing, "
                                             "RPC/DCOM, a pooled database or WinRM session) stayed open past "
                                             "the end time of its Kerberos service ticket and the "
                                             "application does not re-authenticate"),
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                QT_TRANSLATE_NOOP("Catalog", "The application keeps calling EncryptMessage or DecryptMessage "
                                             "after the TLS peer sent close_notify (first reported as "
                                             "SEC_I_CONTEXT_EXPIRED) or after it shut the connection down "
                                             "itself"),
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                QT_TRANSLATE_NOOP("Catalog", "The system clock jumped forward (VM resumed from a saved state "
                                             "or snapshot, manual time change, bad NTP source), so contexts "
                                             "expire early"),
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                QT_TRANSLATE_NOOP("Catalog", "The domain Kerberos policy shortens 'Maximum lifetime for "
                                             "service ticket' (for example to 60 minutes), so contexts "
                                             "expire much sooner than the application expects"),
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                QT_TRANSLATE_NOOP("Catalog", "An application or connection pool caches a context handle and "
                                             "reuses it beyond the expiry time it was given when the context "
                                             "was built"),
            },
            {
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check the start, end and renew times of the "
                                              "service ticket used by the failing connection"),
                 "klist"},
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the tickets and reconnect; if the error returns after "
                                              "the same interval, the application is not renewing its "
                                              "contexts"),
                 "klist purge"},
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "For services running as SYSTEM or NETWORK SERVICE, purge the "
                                              "computer account's tickets instead"),
                 "klist -li 0x3e7 purge"},
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "Look for clock jumps around the failures: Kernel-General "
                                              "event 1 records every change of the system time"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kernel-General'] and (EventID=1)]]\" /c:10 /rd:true /f:text"},
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "Check 'Maximum lifetime for service ticket' under Kerberos "
                                              "Policy in the Default Domain Policy GPO"),
                 "gpresult /scope computer /h C:\\temp\\gpresult.html"},
                //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                {QT_TRANSLATE_NOOP("Catalog", "For a TLS connection, check in a network trace whether the "
                                              "peer sent a close_notify alert before the failing call"),
                 "tls.alert_message.desc == 0", Guide::NetworkTrace},
            },
            {
                {Family::Sspi, "SEC_I_CONTEXT_EXPIRED", 0,
                 //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                 QT_TRANSLATE_NOOP("Catalog", "Informational code Schannel returns when the peer closes the "
                                              "TLS connection; using the context afterwards gives this error")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                 QT_TRANSLATE_NOOP("Catalog", "Clock problems make contexts expire early and also break new "
                                              "Kerberos logons")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead once the expired context has been deleted")},
                {Family::Kerberos, "KRB_AP_ERR_TKT_EXPIRED", 0x20u,
                 //: SEC_E_CONTEXT_EXPIRED (sspi 0x80090317)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error for an expired service ticket (failure "
                                              "code 0x20)")},
            },
        },
        {
            Family::Sspi, 0x80090321u, "SEC_E_BUFFER_TOO_SMALL", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate | Schannel,
            "The buffers supplied to a function was too small.",
            //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
            QT_TRANSLATE_NOOP("Catalog", "An output buffer given to SSPI is too small for the token or "
                                         "message, often a Kerberos ticket enlarged by many group "
                                         "memberships."),
            //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
            QT_TRANSLATE_NOOP("Catalog", "The caller supplied a buffer that cannot hold what the package has "
                                         "to write: an authentication token, a TLS record header or trailer, "
                                         "or attribute data. For administrators the usual form is Kerberos "
                                         "token bloat: the user belongs to so many groups that the ticket "
                                         "outgrows the buffer the application sized from MaxTokenSize, and "
                                         "the client logs Security-Kerberos event 6 (Windows Server 2008) or "
                                         "event 15 (2008 R2 and later) in its System log. Otherwise it is a "
                                         "programming error in the calling application, reported on the side "
                                         "that made the call."),
            {
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                QT_TRANSLATE_NOOP("Catalog", "The user is a member of hundreds of groups (nested groups, SID "
                                             "history from migrations), so the Kerberos ticket exceeds the "
                                             "token buffer (Kerberos event 6 or 15 on the client)"),
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                QT_TRANSLATE_NOOP("Catalog", "MaxTokenSize under "
                                             "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters "
                                             "is set below the 48000-byte default, often a leftover 12000 "
                                             "from old guidance"),
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                QT_TRANSLATE_NOOP("Catalog", "Claims and compound authentication (Dynamic Access Control) "
                                             "add data to the ticket and push an already large token over "
                                             "the limit"),
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                QT_TRANSLATE_NOOP("Catalog", "The application allocates fixed-size token buffers instead of "
                                             "using cbMaxToken from QuerySecurityPackageInfo or "
                                             "ISC_REQ_ALLOCATE_MEMORY"),
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                QT_TRANSLATE_NOOP("Catalog", "A TLS application sizes EncryptMessage or DecryptMessage "
                                             "buffers without the header and trailer sizes from "
                                             "SECPKG_ATTR_STREAM_SIZES"),
            },
            {
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                {QT_TRANSLATE_NOOP("Catalog", "Count the groups in the user's token; several hundred is a "
                                              "strong sign of token bloat"),
                 "whoami /groups | find /c \"S-1-\""},
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                {QT_TRANSLATE_NOOP("Catalog", "Look for Kerberos events 6 and 15 on the client, which state "
                                              "the token size and the buffer size that was too small"),
                 "Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Microsoft-Windows-Security-Kerberos'; Id=6,15}"},
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether MaxTokenSize is overridden on the client (no "
                                              "value means the 48000-byte default)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxTokenSize"},
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                {QT_TRANSLATE_NOOP("Catalog", "If web servers answer HTTP 400 'Request header too long' for "
                                              "the same users, review MaxFieldLength and MaxRequestBytes of "
                                              "HTTP.sys"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters"},
                //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                {QT_TRANSLATE_NOOP("Catalog", "Reduce the user's group memberships or clean up SID history; "
                                              "count the groups the DC puts in the token"),
                 "Get-ADUser jdoe -Properties tokenGroups | Select-Object -ExpandProperty tokenGroups | Measure-Object"},
            },
            {
                {Family::Sspi, "SEC_E_INSUFFICIENT_MEMORY", 0,
                 //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                 QT_TRANSLATE_NOOP("Catalog", "The package could not allocate memory, sometimes for the same "
                                              "oversized token")},
                {Family::Sspi, "SEC_E_INSUFFICIENT_BUFFERS", 0,
                 //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                 QT_TRANSLATE_NOOP("Catalog", "Too few buffers were supplied rather than buffers that are "
                                              "too small")},
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the buffer that receives TLS extensions")},
                {Family::Sspi, "SEC_E_ENCRYPT_FAILURE", 0,
                 //: SEC_E_BUFFER_TOO_SMALL (sspi 0x80090321)
                 QT_TRANSLATE_NOOP("Catalog", "Very large tokens also break CredSSP (Remote Desktop) "
                                              "encryption on older systems")},
            },
        },
        {
            Family::Sspi, 0x80090332u, "SEC_E_SECURITY_QOS_FAILED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | Digest,
            "The security context could not be established due to a failure in the requested quality of "
            "service (e.g. mutual authentication or delegation).",
            //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
            QT_TRANSLATE_NOOP("Catalog", "A context could not be built with the protection the caller "
                                         "demanded, such as mutual authentication or delegation."),
            //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
            QT_TRANSLATE_NOOP("Catalog", "Callers pass requirement flags when they build a context (mutual "
                                         "authentication, delegation, integrity, confidentiality), and this "
                                         "code means the package could not meet them or rejected the "
                                         "requested combination. It is uncommon: it is documented mainly for "
                                         "the Digest package on the server side; with other packages, "
                                         "applications usually complete the context and then judge the "
                                         "returned attributes themselves, so the code mostly comes from "
                                         "custom or third-party software. The practical question is which "
                                         "package was really used and whether it can provide what was asked "
                                         "for."),
            {
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                QT_TRANSLATE_NOOP("Catalog", "The caller passed requirement flags that are invalid for the "
                                             "package or contradict each other; AcceptSecurityContext "
                                             "(Digest) documents this code for exactly that case"),
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                QT_TRANSLATE_NOOP("Catalog", "The application insists on mutual authentication or "
                                             "delegation, but Negotiate used NTLM (connection by IP address "
                                             "or alias, missing SPN), and NTLM provides neither"),
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                QT_TRANSLATE_NOOP("Catalog", "Delegation is requested but not possible: the service account "
                                             "is not trusted for delegation, or the user is marked 'Account "
                                             "is sensitive and cannot be delegated' or belongs to Protected "
                                             "Users"),
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                QT_TRANSLATE_NOOP("Catalog", "A web server or custom service asks the Digest package for a "
                                             "context feature it does not support"),
            },
            {
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check for a Kerberos service ticket for the "
                                              "target; if there is none, NTLM was used"),
                 "klist"},
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "Check that an SPN exists for the exact name the client uses, "
                                              "anywhere in the forest"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, check the Authentication Package field "
                                              "(Kerberos or NTLM) of recent logon events"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4624)]]\" /c:10 /rd:true /f:text"},
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "Check the delegation settings of the service's account"),
                 "Get-ADComputer web01 -Properties TrustedForDelegation, msDS-AllowedToDelegateTo"},
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the user account may be delegated at all"),
                 "Get-ADUser alice -Properties AccountNotDelegated"},
                //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                {QT_TRANSLATE_NOOP("Catalog", "For custom applications, log the requirement flags passed and "
                                              "the attributes returned by InitializeSecurityContext or "
                                              "AcceptSecurityContext"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                 QT_TRANSLATE_NOOP("Catalog", "Reports specifically that the server's identity could not be "
                                              "verified")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                 QT_TRANSLATE_NOOP("Catalog", "Reported when an operation needs delegation that is not "
                                              "configured")},
                {Family::Sspi, "SEC_E_QOP_NOT_SUPPORTED", 0,
                 //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                 QT_TRANSLATE_NOOP("Catalog", "The per-message counterpart: the requested protection is not "
                                              "available")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_SECURITY_QOS_FAILED (sspi 0x80090332)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead by some packages for a requirement flag they "
                                              "do not accept")},
            },
        },
        {
            Family::Sspi, 0x80090333u, "SEC_E_UNFINISHED_CONTEXT_DELETED", {}, Severity::Error,
            Category::ContextTokens, Ntlm | Kerberos | Negotiate | CredSsp,
            "A security context was deleted before the context was completed. This is considered a logon "
            "failure.",
            //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
            QT_TRANSLATE_NOOP("Catalog", "A logon handshake was abandoned half-way: the security context was "
                                         "torn down before authentication finished."),
            //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
            QT_TRANSLATE_NOOP("Catalog", "The server (acceptor) had started a security context from the "
                                         "client's first token, but the context was deleted before the final "
                                         "leg arrived, so the LSA records it as a failed logon. "
                                         "Administrators mostly meet it as Status or Sub Status 0xC00002EE "
                                         "in event 4625 on the server, often in bursts with logon type 3 or "
                                         "10. It says that the handshake was cut off, not that a password "
                                         "was wrong."),
            {
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                QT_TRANSLATE_NOOP("Catalog", "Internet-facing RDP with NLA: scanners and password-spraying "
                                             "tools open a CredSSP/NTLM handshake and disconnect, producing "
                                             "a stream of 4625 events with 0xC00002EE"),
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                QT_TRANSLATE_NOOP("Catalog", "A user cancelled the credential prompt (browser, RDP client, "
                                             "mapped drive) after the first NTLM or Negotiate leg, or the "
                                             "network dropped mid-handshake"),
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                QT_TRANSLATE_NOOP("Catalog", "A load balancer or reverse proxy sends the legs of one NTLM "
                                             "handshake over different connections or to different back-end "
                                             "servers (no connection persistence, keep-alive disabled)"),
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                QT_TRANSLATE_NOOP("Catalog", "The server application deletes pending contexts on its own "
                                             "timeout, which is shorter than the time the client needs (for "
                                             "example a slow DC lookup on the client side)"),
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                QT_TRANSLATE_NOOP("Catalog", "Monitoring probes or health checks that start Negotiate "
                                             "authentication but never complete it"),
            },
            {
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, list recent failed logons and note Source "
                                              "Network Address, Logon Type and the process for the "
                                              "0xC00002EE entries"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625} -MaxEvents 100 | Where-Object { $_.Message -match '0xC00002EE' } | Format-List TimeCreated,Message"},
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                {QT_TRANSLATE_NOOP("Catalog", "If the sources are public addresses you do not recognise, "
                                              "treat it as attack noise: restrict RDP to a VPN or an RD "
                                              "Gateway and check that the Windows Firewall rule scope is "
                                              "limited"),
                 "Get-NetFirewallRule -DisplayGroup 'Remote Desktop' | Get-NetFirewallAddressFilter"},
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                {QT_TRANSLATE_NOOP("Catalog", "Behind a load balancer or proxy, enable connection "
                                              "persistence (sticky sessions) and HTTP keep-alive so the "
                                              "whole NTLM handshake stays on one connection to one server"),
                 nullptr},
                //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                {QT_TRANSLATE_NOOP("Catalog", "For an internal client, capture a trace while reproducing and "
                                              "check which side closes the connection between the challenge "
                                              "and the final token"),
                 "ntlmssp.messagetype || tcp.flags.reset == 1", Guide::NetworkTrace},
            },
            {
                {Family::NtStatus, "STATUS_UNFINISHED_CONTEXT_DELETED", 0xC00002EEu,
                 //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as Status or Sub Status 0xC00002EE in "
                                              "event 4625.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                 QT_TRANSLATE_NOOP("Catalog", "The failure a completed handshake gives when the credentials "
                                              "themselves are rejected.")},
                {Family::Sspi, "SEC_I_CONTINUE_NEEDED", 0,
                 //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                 QT_TRANSLATE_NOOP("Catalog", "The intermediate step after which the client went away.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                 QT_TRANSLATE_NOOP("Catalog", "Seen instead when the next leg arrives but is truncated or "
                                              "mixed up between connections.")},
                {Family::TlsAlert, "TLS1_ALERT_USER_CANCELED", 90u,
                 //: SEC_E_UNFINISHED_CONTEXT_DELETED (sspi 0x80090333)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 90 (user_canceled) received from a TLS peer maps to "
                                              "this code")},
            },
        },
        {
            Family::Sspi, 0x80090335u, "SEC_E_NO_IP_ADDRESSES", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Negotiate,
            "Unable to accomplish the requested task because the local machine does not have any IP "
            "addresses.",
            //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos needed a local IP address for the request but the "
                                         "computer had none that it could use."),
            //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
            QT_TRANSLATE_NOOP("Catalog", "Some Kerberos messages carry the sender's network address, for "
                                         "example the KRB-PRIV message used by the Kerberos password change "
                                         "protocol, and address-bound tickets. When the client finds no "
                                         "usable local address it stops with this code before anything is "
                                         "sent. It points at the machine's network state, not at Active "
                                         "Directory."),
            {
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                QT_TRANSLATE_NOOP("Catalog", "The network adapter is disconnected, disabled or still waiting "
                                             "for DHCP when the request is made"),
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                QT_TRANSLATE_NOOP("Catalog", "A service or scheduled task authenticates early at boot, "
                                             "before the network stack has an address"),
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                QT_TRANSLATE_NOOP("Catalog", "The VPN or Wi-Fi connection that provides the only address is "
                                             "not up yet (common on laptops at sign-in or when changing a "
                                             "password off the corporate network)"),
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                QT_TRANSLATE_NOOP("Catalog", "A broken network stack or a third-party filter driver hides "
                                             "the adapters, so no IPv4 address is reported"),
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                QT_TRANSLATE_NOOP("Catalog", "The machine has only an address type the Kerberos client "
                                             "cannot place in the message (for example IPv6 only on older "
                                             "Windows builds)"),
            },
            {
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the computer has an IPv4 address and a default "
                                              "gateway at the time of the failure"),
                 "ipconfig /all"},
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                {QT_TRANSLATE_NOOP("Catalog", "List addresses and adapter status; an adapter in Disconnected "
                                              "or Disabled state explains the error"),
                 "Get-NetIPAddress -AddressFamily IPv4 | Format-Table InterfaceAlias,IPAddress,PrefixOrigin"},
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                {QT_TRANSLATE_NOOP("Catalog", "If a service fails only at boot, make it start after the "
                                              "network is ready"),
                 "sc config MyService start= delayed-auto"},
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                {QT_TRANSLATE_NOOP("Catalog", "Once an address is present, confirm a DC is reachable before "
                                              "retrying"),
                 "nltest /dsgetdc:contoso.com /kdc"},
                //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                {QT_TRANSLATE_NOOP("Catalog", "Only if adapters are present but show no address: reset the "
                                              "Winsock catalog. It removes layered providers (some VPN and "
                                              "security software stops working) and needs a reboot"),
                 "netsh winsock reset"},
            },
            {
                {Family::NtStatus, "STATUS_NO_IP_ADDRESSES", 0xC00002F1u,
                 //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in LSA and Kerberos "
                                              "traces.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                 QT_TRANSLATE_NOOP("Catalog", "The usual next error once an address exists but no DC answers.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_NO_IP_ADDRESSES (sspi 0x80090335)
                 QT_TRANSLATE_NOOP("Catalog", "Generic LSA failure sometimes logged alongside network "
                                              "start-up problems.")},
            },
        },
        {
            Family::Sspi, 0x80090336u, "SEC_E_WRONG_CREDENTIAL_HANDLE", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate,
            "The supplied credential handle does not match the credential associated with the security "
            "context.",
            //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
            QT_TRANSLATE_NOOP("Catalog", "The program continued a handshake with a different credential "
                                         "handle from the one it started it with."),
            //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
            QT_TRANSLATE_NOOP("Catalog", "A security context is bound to the credential handle used on the "
                                         "first InitializeSecurityContext or AcceptSecurityContext call. If "
                                         "a later call for the same context passes another credential "
                                         "handle, the security package refuses with this code. It is an "
                                         "application-side problem (a bug or identity switching in "
                                         "connection reuse), reported by the program that makes the call."),
            {
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                QT_TRANSLATE_NOOP("Catalog", "The application passes a different credential handle on the "
                                             "second or later call of the same handshake, for example after "
                                             "a code change in its authentication loop"),
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                QT_TRANSLATE_NOOP("Catalog", "Connection pooling reuses a connection whose context was "
                                             "started for another user or another impersonation level"),
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                QT_TRANSLATE_NOOP("Catalog", "The credential handle was freed and acquired again (after a "
                                             "password change or token refresh) while a context was still in "
                                             "progress"),
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                QT_TRANSLATE_NOOP("Catalog", "A third-party authentication package or credential provider "
                                             "wraps Kerberos and passes the error through"),
            },
            {
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the process and the call that fails from the "
                                              "application's own log; the fix is in that program or its "
                                              "library, not in Active Directory"),
                 nullptr},
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                {QT_TRANSLATE_NOOP("Catalog", "Check which account the failing process runs as, to spot "
                                              "identity switching"),
                 "tasklist /v /fi \"imagename eq w3wp.exe\""},
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce with connection pooling disabled or with a fresh "
                                              "process; if the error disappears, the pool is mixing "
                                              "identities"),
                 nullptr},
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, check which account each Kerberos request "
                                              "or NTLM message names on the failing connection"),
                 "kerberos.CNameString || ntlmssp.auth.username", Guide::NetworkTrace},
                //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or library and give the vendor the "
                                              "call sequence from the trace"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_WRONG_CREDENTIAL_HANDLE", 0xC00002F2u,
                 //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned inside the LSA.")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                 QT_TRANSLATE_NOOP("Catalog", "The sibling error when the handle is not valid at all rather "
                                              "than mismatched.")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                 QT_TRANSLATE_NOOP("Catalog", "Raised when the credentials behind the handle cannot be used.")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_WRONG_CREDENTIAL_HANDLE (sspi 0x80090336)
                 QT_TRANSLATE_NOOP("Catalog", "Raised when the handle carries no usable credentials for the "
                                              "package.")},
            },
        },
        {
            Family::Sspi, 0x8009033Fu, "SEC_E_SHUTDOWN_IN_PROGRESS", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "A system shutdown is in progress.",
            //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
            QT_TRANSLATE_NOOP("Catalog", "Authentication was refused because Windows is shutting down or "
                                         "restarting."),
            //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
            QT_TRANSLATE_NOOP("Catalog", "During shutdown the LSA stops accepting new authentication work, "
                                         "so any security package call made in that window fails with this "
                                         "code. It is logged by the local programs still trying to "
                                         "authenticate. A single burst at reboot time is harmless; repeated "
                                         "entries without a reboot point to a shutdown that hangs."),
            {
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                QT_TRANSLATE_NOOP("Catalog", "The computer is restarting (updates, scheduled reboot) and "
                                             "services or scheduled tasks still try to authenticate while "
                                             "the LSA winds down"),
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                QT_TRANSLATE_NOOP("Catalog", "Group Policy shutdown scripts or backup agents that access "
                                             "network resources during shutdown"),
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                QT_TRANSLATE_NOOP("Catalog", "A shutdown was started but hangs on a service that does not "
                                             "stop, leaving the system in the shutdown state for minutes"),
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                QT_TRANSLATE_NOOP("Catalog", "A hypervisor or cluster is shutting down the VM while "
                                             "applications inside it are still working"),
            },
            {
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a shutdown or restart was initiated at that "
                                              "time, and by whom"),
                 "Get-WinEvent -FilterHashtable @{LogName='System'; Id=1074,6006} -MaxEvents 10 | Format-List TimeCreated,Message"},
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                {QT_TRANSLATE_NOOP("Catalog", "If the machine is not meant to restart, abort a pending "
                                              "shutdown"),
                 "shutdown /a"},
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                {QT_TRANSLATE_NOOP("Catalog", "Find the service that delays shutdown (look for services "
                                              "stuck in the StopPending state)"),
                 "Get-Service | Where-Object Status -eq 'StopPending'"},
                //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                {QT_TRANSLATE_NOOP("Catalog", "Schedule jobs and scripts that need the network outside "
                                              "maintenance reboot windows"),
                 "Get-WinEvent -FilterHashtable @{LogName='System'; Id=1074} -MaxEvents 10"},
            },
            {
                {Family::NtStatus, "STATUS_SHUTDOWN_IN_PROGRESS", 0xC00002FEu,
                 //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, returned by the LSA "
                                              "during shutdown.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                 QT_TRANSLATE_NOOP("Catalog", "Other LSA failures often logged during the same shutdown.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_SHUTDOWN_IN_PROGRESS (sspi 0x8009033F)
                 QT_TRANSLATE_NOOP("Catalog", "Seen by clients when a DC that is shutting down stops "
                                              "answering.")},
            },
        },
        {
            Family::Sspi, 0x80090346u, "SEC_E_BAD_BINDINGS", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "Client's supplied SSPI channel bindings were incorrect.",
            //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
            QT_TRANSLATE_NOOP("Catalog", "The client's channel binding token does not match the TLS channel "
                                         "the server sees (Extended Protection failure)."),
            //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
            QT_TRANSLATE_NOOP("Catalog", "With Extended Protection for Authentication (EPA) the client ties "
                                         "its Kerberos or NTLM token to the TLS channel it sees, and the "
                                         "server compares that binding with its own channel. A mismatch or a "
                                         "missing binding where one is required fails with this code on the "
                                         "server. Typical places: LDAPS binds with channel binding enforced "
                                         "(LDAP error data 80090346), IIS, Exchange and AD FS with Extended "
                                         "Protection."),
            {
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                QT_TRANSLATE_NOOP("Catalog", "A load balancer, reverse proxy or TLS-inspecting firewall "
                                             "terminates TLS, so the client binds to the proxy's certificate "
                                             "and the server to its own"),
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                QT_TRANSLATE_NOOP("Catalog", "LDAP channel binding is enforced on DCs "
                                             "(LdapEnforceChannelBinding = 2) and the client (older Windows, "
                                             "Java or Linux LDAP library, appliance) does not send channel "
                                             "bindings"),
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                QT_TRANSLATE_NOOP("Catalog", "IIS Windows authentication has Extended Protection set to "
                                             "Require and the client is an old or third-party HTTP stack"),
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                QT_TRANSLATE_NOOP("Catalog", "Exchange Extended Protection enabled while SSL offloading is "
                                             "in use"),
            },
            {
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                {QT_TRANSLATE_NOOP("Catalog", "On DCs, check the LDAP channel binding setting (0 never, 1 "
                                              "when supported, 2 always)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters /v LdapEnforceChannelBinding"},
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                {QT_TRANSLATE_NOOP("Catalog", "Enable LDAP interface diagnostic logging so failing clients "
                                              "are logged as event 3039"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Diagnostics /v \"16 LDAP Interface Events\" /t REG_DWORD /d 2 /f"},
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                {QT_TRANSLATE_NOOP("Catalog", "List the clients that failed channel binding validation"),
                 "wevtutil qe \"Directory Service\" /q:\"*[System[(EventID=3039)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                {QT_TRANSLATE_NOOP("Catalog", "On IIS, check the Extended Protection setting for the site"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/windowsAuthentication"},
                //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                {QT_TRANSLATE_NOOP("Catalog", "Test from a client that connects straight to the server, "
                                              "bypassing the load balancer or proxy; if it works, move TLS "
                                              "termination to the server or relax EPA for that path"),
                 "curl.exe -v --negotiate -u : --resolve web01.contoso.com:443:10.0.0.21 https://web01.contoso.com/"},
            },
            {
                {Family::NtStatus, "STATUS_BAD_BINDINGS", 0xC000035Bu,
                 //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form seen in LSA traces; LDAP bind errors show the "
                                              "SEC_E value instead (data 80090346).")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                 QT_TRANSLATE_NOOP("Catalog", "Some applications report the failed binding as a generic "
                                              "logon failure.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                 QT_TRANSLATE_NOOP("Catalog", "Seen when a proxy alters the authentication token itself.")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_BAD_BINDINGS (sspi 0x80090346)
                 QT_TRANSLATE_NOOP("Catalog", "TLS-inspecting proxies often cause certificate trust errors "
                                              "as well.")},
            },
        },
        {
            Family::Sspi, 0x8009035Du, "SEC_E_INVALID_PARAMETER", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel,
            "One or more of the parameters passed to the function was invalid.",
            //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
            QT_TRANSLATE_NOOP("Catalog", "A security package rejected an argument of an SSPI call: a "
                                         "programming or integration error, not a logon failure."),
            //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
            QT_TRANSLATE_NOOP("Catalog", "An SSPI function (AcquireCredentialsHandle, "
                                         "InitializeSecurityContext, QueryContextAttributes and others) "
                                         "received a value the package cannot use: a malformed structure, a "
                                         "bad flag combination or a wrong buffer type. It is raised locally "
                                         "in the calling process, not by the peer or a DC. Administrators "
                                         "see it in application logs, often because an update of the "
                                         "application, of its SSPI or TLS library, or of Windows changed "
                                         "what is accepted."),
            {
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                QT_TRANSLATE_NOOP("Catalog", "A structure passed to AcquireCredentialsHandle has the wrong "
                                             "version or size, or an unsupported flag combination"),
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                QT_TRANSLATE_NOOP("Catalog", "A null or empty identity, target name or package name where "
                                             "the package needs one (non-Microsoft SSPI implementations "
                                             "return this code where Windows returns a more specific one)"),
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                QT_TRANSLATE_NOOP("Catalog", "Security buffers of the wrong type or length are passed to "
                                             "InitializeSecurityContext, AcceptSecurityContext or "
                                             "EncryptMessage"),
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                QT_TRANSLATE_NOOP("Catalog", "A wrapper library declares the SSPI structures with a wrong "
                                             "layout (32-bit versus 64-bit, packing)"),
            },
            {
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace or debug log, find which SSPI "
                                              "call failed and with which arguments"),
                 nullptr},
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a recent update of Windows or the application "
                                              "coincides with the start of the errors"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS connections, turn on full Schannel event logging "
                                              "(EventLogging 7) before reproducing"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL /v EventLogging /t REG_DWORD /d 7 /f", Guide::SchannelEventLogging},
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                {QT_TRANSLATE_NOOP("Catalog", "Then read every Schannel event around the failure, warnings "
                                              "and informational ones included"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:50 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                {QT_TRANSLATE_NOOP("Catalog", "Report the failing call to the application vendor; directory "
                                              "or certificate changes will not fix it"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                 QT_TRANSLATE_NOOP("Catalog", "The other common programming error: a bad credential or "
                                              "context handle.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the request is well-formed but the package "
                                              "cannot do it.")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_E_INVALID_PARAMETER (sspi 0x8009035D)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the buffers are fine but the token inside them "
                                              "is not.")},
            },
        },
        {
            Family::Sspi, 0x80090361u, "SEC_E_NO_CONTEXT", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "The required security context does not exist.",
            //: SEC_E_NO_CONTEXT (sspi 0x80090361)
            QT_TRANSLATE_NOOP("Catalog", "A call referred to a security context that does not exist (never "
                                         "created, already deleted or lost); rare."),
            //: SEC_E_NO_CONTEXT (sspi 0x80090361)
            QT_TRANSLATE_NOOP("Catalog", "The package was asked to work with a security context it cannot "
                                         "find. It is uncommon in administrator-facing logs and normally "
                                         "means the application handles context lifetimes wrongly, or the "
                                         "context disappeared underneath it because the connection or logon "
                                         "session it belonged to ended. It is raised on whichever side made "
                                         "the call, client or server."),
            {
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                QT_TRANSLATE_NOOP("Catalog", "The application uses a context after DeleteSecurityContext or "
                                             "after the connection that owned it was closed"),
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                QT_TRANSLATE_NOOP("Catalog", "A context is queried or impersonated before the handshake has "
                                             "created it"),
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                QT_TRANSLATE_NOOP("Catalog", "A load balancer sends the steps of one HTTP authentication "
                                             "handshake over different connections or servers"),
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                QT_TRANSLATE_NOOP("Catalog", "The logon session behind the context ended (user logged off, "
                                             "service restarted)"),
            },
            {
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace, find the failing call and "
                                              "whether it ran before the handshake finished or after clean-up"),
                 nullptr},
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                {QT_TRANSLATE_NOOP("Catalog", "For HTTP authentication behind a load balancer, check that "
                                              "one TCP connection and one server carry the whole handshake"),
                 nullptr},
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                {QT_TRANSLATE_NOOP("Catalog", "List the current logon sessions to see whether the session "
                                              "still exists"),
                 "klist sessions"},
                //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                {QT_TRANSLATE_NOOP("Catalog", "Retry with a new connection; if that works, the problem is "
                                              "context lifetime in the application"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_NO_SECURITY_CONTEXT", 0xC000042Du,
                 //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_INVALID_HANDLE", 0,
                 //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the handle itself is malformed rather than "
                                              "pointing at nothing.")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                 QT_TRANSLATE_NOOP("Catalog", "The context exists but its lifetime is over.")},
                {Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0,
                 //: SEC_E_NO_CONTEXT (sspi 0x80090361)
                 QT_TRANSLATE_NOOP("Catalog", "A context deleted before the handshake finished.")},
            },
        },
        {
            Family::Sspi, 0x80090363u, "SEC_E_MUTUAL_AUTH_FAILED", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate | CredSsp,
            "The identity of the server computer could not be verified.",
            //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
            QT_TRANSLATE_NOOP("Catalog", "The client required proof of the server's identity (mutual "
                                         "authentication) and did not get it."),
            //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
            QT_TRANSLATE_NOOP("Catalog", "The client asked for mutual authentication and the exchange ended "
                                         "without the server proving who it is, typically because Negotiate "
                                         "ended up with NTLM, which cannot authenticate the server, or "
                                         "because the server's Kerberos reply could not be verified. "
                                         "Features that insist on a verified server, such as CredSSP or "
                                         "Remote Credential Guard, stop here instead of carrying on. The "
                                         "client reports it."),
            {
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address or an alias, so Kerberos cannot be "
                                             "used and NTLM gives no proof of the server"),
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                QT_TRANSLATE_NOOP("Catalog", "The SPN of the target is missing, duplicated or on the wrong "
                                             "account, so Kerberos fails and Negotiate falls back"),
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                QT_TRANSLATE_NOOP("Catalog", "The server answers with a key the client does not expect "
                                             "(service account password changed, stale keytab on a "
                                             "non-Windows server)"),
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach a KDC for the server's realm"),
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                QT_TRANSLATE_NOOP("Catalog", "A proxy or load balancer answers the authentication, so the "
                                             "responding host is not the one named in the SPN"),
            },
            {
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                {QT_TRANSLATE_NOOP("Catalog", "Check that a Kerberos ticket for the target can be obtained"),
                 "klist get HTTP/web01.contoso.com"},
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the SPN is on the account that runs the service "
                                              "(forest-wide search); setspn -F -X lists duplicates"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                {QT_TRANSLATE_NOOP("Catalog", "Read the client's Kerberos events; event 4 "
                                              "(KRB_AP_ERR_MODIFIED) means the server holds a different key"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos']]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                {QT_TRANSLATE_NOOP("Catalog", "Connect by the FQDN, purge the ticket cache and retry"),
                 "klist purge"},
            },
            {
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0,
                 //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                 QT_TRANSLATE_NOOP("Catalog", "The general form: a requested property such as mutual "
                                              "authentication was not achieved.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos found the server principal wrong, a frequent root "
                                              "cause.")},
                {Family::Sspi, "SEC_E_POLICY_NLTM_ONLY", 0,
                 //: SEC_E_MUTUAL_AUTH_FAILED (sspi 0x80090363)
                 QT_TRANSLATE_NOOP("Catalog", "The CredSSP refusal that follows when only NTLM was possible.")},
            },
        },
        {
            Family::Sspi, 0x80090365u, "SEC_E_ONLY_HTTPS_ALLOWED", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Negotiate,
            "Only https scheme is allowed.",
            //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
            QT_TRANSLATE_NOOP("Catalog", "An authentication component that only works over HTTPS was given a "
                                         "plain http:// address; rarely seen."),
            //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
            QT_TRANSLATE_NOOP("Catalog", "Microsoft does not document which component returns this code, and "
                                         "it is very rarely seen in logs. It means that an authentication "
                                         "transport which must run over TLS was pointed at an http:// URL. "
                                         "The best-known such transport is the Kerberos KDC proxy "
                                         "(MS-KKDCP), which Windows clients, RD Gateway and Azure Virtual "
                                         "Desktop use to reach a KDC over HTTPS. It is raised on the client "
                                         "that holds the URL setting."),
            {
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                QT_TRANSLATE_NOOP("Catalog", "A KDC proxy server is configured without the https form (Group "
                                             "Policy 'Specify KDC proxy servers for Kerberos clients' or an "
                                             "RDP file's KDC proxy setting)"),
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                QT_TRANSLATE_NOOP("Catalog", "An application passes an http:// endpoint to an authentication "
                                             "API that accepts only TLS-protected endpoints"),
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                QT_TRANSLATE_NOOP("Catalog", "A redirect or reverse proxy turns the authentication endpoint "
                                             "from https into http"),
            },
            {
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                {QT_TRANSLATE_NOOP("Catalog", "Show the KDC proxy servers set by policy; each value should "
                                              "look like <https kps.contoso.com:443:kdcproxy />"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\KdcProxy\\ProxyServers"},
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                {QT_TRANSLATE_NOOP("Catalog", "On the KDC proxy server, check that its URL is registered "
                                              "with HTTP.sys"),
                 "netsh http show urlacl"},
                //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                {QT_TRANSLATE_NOOP("Catalog", "Find the endpoint URL in the failing application's "
                                              "configuration or trace and change it to https://"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_ONLY_HTTPS_ALLOWED (sspi 0x80090365)
                 QT_TRANSLATE_NOOP("Catalog", "What follows when the KDC, directly or through a proxy, "
                                              "cannot be reached.")},
            },
        },
        {
            Family::Sspi, 0x8009036Au, "SEC_E_EXT_BUFFER_TOO_SMALL", {}, Severity::Error,
            Category::PackagesSystem, Schannel,
            "The buffer supplied by the SSPI caller to receive generic extensions is too small.",
            //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
            QT_TRANSLATE_NOOP("Catalog", "Schannel had a subscribed TLS extension to hand back, but the "
                                         "caller's buffer for it was too small."),
            //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
            QT_TRANSLATE_NOOP("Catalog", "Applications can subscribe to raw TLS extensions through Schannel "
                                         "(SECBUFFER_SUBSCRIBE_GENERIC_TLS_EXTENSION); MsQuic, for example, "
                                         "receives the QUIC transport parameters this way. When the peer's "
                                         "extension is larger than the buffer supplied, Schannel returns "
                                         "this code with the size it needs, and a correct caller enlarges "
                                         "the buffer and calls again. It only reaches logs when the caller "
                                         "does not handle it, so it points at the application or library, "
                                         "typically a QUIC or HTTP/3 stack."),
            {
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                QT_TRANSLATE_NOOP("Catalog", "The peer sends an unusually large extension (e.g. QUIC "
                                             "transport parameters with large private entries) and the "
                                             "application's fixed-size buffer cannot hold it"),
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                QT_TRANSLATE_NOOP("Catalog", "An old MsQuic or QUIC library version that does not retry with "
                                             "a larger buffer"),
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                QT_TRANSLATE_NOOP("Catalog", "A custom TLS application subscribes to an extension and treats "
                                             "this retryable code as fatal"),
            },
            {
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the process and the library version (msquic.dll, "
                                              "HTTP/3 stack) that logged the code"),
                 "Get-Process -Module -ErrorAction SilentlyContinue | Where-Object ModuleName -eq msquic.dll | Select-Object FileName,FileVersion"},
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or MsQuic to a version that resizes "
                                              "the extension buffer"),
                 nullptr},
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                {QT_TRANSLATE_NOOP("Catalog", "To confirm that the QUIC path is involved on an HTTP.sys "
                                              "server, disable HTTP/3 for a test (restart HTTP or reboot)"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Services\\HTTP\\Parameters /v EnableHttp3 /t REG_DWORD /d 0 /f"},
                //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the failing TLS or QUIC connection also logged "
                                              "a fatal alert (36887, 36888)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36887 or EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                 QT_TRANSLATE_NOOP("Catalog", "The general 'buffer too small' code for tokens and messages.")},
                {Family::Sspi, "SEC_I_GENERIC_EXTENSION_RECEIVED", 0,
                 //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                 QT_TRANSLATE_NOOP("Catalog", "The normal result when the subscribed extension fits.")},
                {Family::Sspi, "SEC_E_INSUFFICIENT_BUFFERS", 0,
                 //: SEC_E_EXT_BUFFER_TOO_SMALL (sspi 0x8009036A)
                 QT_TRANSLATE_NOOP("Catalog", "A sibling caller error: too few buffers rather than one too "
                                              "small.")},
            },
        },
        {
            Family::Sspi, 0x8009036Bu, "SEC_E_INSUFFICIENT_BUFFERS", {}, Severity::Error,
            Category::PackagesSystem, Schannel,
            "Not enough secbuffers were supplied to generate a token.",
            //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
            QT_TRANSLATE_NOOP("Catalog", "The caller passed too few SecBuffer entries for the package to "
                                         "write the token it has to produce."),
            //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
            QT_TRANSLATE_NOOP("Catalog", "InitializeSecurityContext, AcceptSecurityContext and the message "
                                         "functions take an array of SecBuffer entries, and some steps need "
                                         "more than one output buffer (for example a token plus an alert or "
                                         "extra data). When the array holds fewer entries than the package "
                                         "needs, it fails with this code instead of producing a token. It is "
                                         "an application or library bug on the side that made the call; "
                                         "newer protocol features can expose code that used to work."),
            {
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                QT_TRANSLATE_NOOP("Catalog", "The application's output buffer descriptor has a single token "
                                             "buffer where the package needs more (for example one for a TLS "
                                             "alert)"),
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                QT_TRANSLATE_NOOP("Catalog", "A TLS library written for older Windows builds meets a newer "
                                             "handshake path that needs additional buffers"),
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                QT_TRANSLATE_NOOP("Catalog", "The buffer count (cBuffers) in the SecBufferDesc does not "
                                             "match the array actually allocated"),
            },
            {
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                {QT_TRANSLATE_NOOP("Catalog", "From the application's trace, identify the process and the "
                                              "SSPI call that failed"),
                 nullptr},
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the failures began after a Windows or "
                                              "application update"),
                 "Get-HotFix | Sort-Object InstalledOn -Descending | Select-Object -First 10"},
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether Schannel sent a fatal alert (36888) for the "
                                              "same call; an alert means the handshake data itself was "
                                              "rejected"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36888)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
                //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or its TLS library, and report the "
                                              "failing call to the vendor"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                 QT_TRANSLATE_NOOP("Catalog", "The related caller error: enough buffers, but one is too "
                                              "small.")},
                {Family::Sspi, "SEC_E_EXT_BUFFER_TOO_SMALL", 0,
                 //: SEC_E_INSUFFICIENT_BUFFERS (sspi 0x8009036B)
                 QT_TRANSLATE_NOOP("Catalog", "The same family of caller error for TLS extension buffers.")},
            },
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
