// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// HRESULTs that travel with SSPI failures (family hresult): the certificate-chain results (CERT_E_*, CRYPT_E_*)
// that name the problem behind a generic SSPI code, and the wrappers (E_FAIL, E_ACCESSDENIED, COR_E_*) that only
// say "look inside". Values are checked against mingw-w64 winerror.h and corerror.h by tst_catalog_hresult;
// windowsMessage is the MessageText of the Windows SDK 10.0.22000 winerror.h (marlersoft/microsoft_windows_sdk_cpp
// shared/winerror.h @16b53593). COR_E_* have no FormatMessage text (corerror.h has none), so it is nullptr.
//
// Decisions (tests/data/reference/event-families/README.md, "Doubts" 19-21):
// - 19: relations to SSPI codes are "by meaning" except three: CRYPT_E_REVOKED <-> TLS alert 44 (documented by
//   Microsoft's Schannel alert table), CERT_E_WRONG_USAGE <-> SEC_E_CERT_WRONG_USAGE (identical SDK text). The
//   third pair (ERROR_DOWNGRADE_DETECTED) lives in win32.cpp. CRYPT_E_REVOCATION_OFFLINE is related to
//   SEC_E_REVOCATION_OFFLINE_C only with a note saying it is NOT the same code (the SDK limits the SEC_E ones to
//   smart card / KDC certificates).
// - 20: COR_E_SqlException's value is checked against mingw corerror.h only; the texts describe what both
//   System.Data.SqlClient and Microsoft.Data.SqlClient show (the HResult on every SqlException), and the WebException
//   HResult copy is stated for current .NET with ".NET Framework was not checked".
// - 21: E_FAIL and E_ACCESSDENIED use the Win32 values (0x80004005, 0x80070005), never the _MAC branch values
//   (0x80000008, 0x80000009). Facility 9 holds NTE_, SEC_E_ and CRYPT_E_ codes: CRYPT_E_* (0x800920xx) are hresult
//   entries here, never classified by facility.
// - Wrappers (wrapper = true): E_FAIL, E_ACCESSDENIED, COR_E_SqlException, COR_E_SYSTEM, COR_E_INVALIDOPERATION. Their
//   HRESULT_FROM_WIN32 rows of wrapper-hresults.tsv (RPC_S_SEC_PKG_ERROR, RPC_S_SERVER_UNAVAILABLE, the logon results)
//   are win32 entries in win32.cpp; the scanner derives 0x8007xxxx from them.

#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted like sspi.cpp: adjacent string literals inside one QT_TRANSLATE_NOOP are one text on purpose.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> hresultCodes()
{
    return {
        {
            Family::HResult, 0x80004005u, "E_FAIL", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Unspecified error",
            //: E_FAIL (hresult 0x80004005)
            QT_TRANSLATE_NOOP("Catalog", "Unspecified error: a wrapper; the real code is elsewhere (for a "
                                         "Win32Exception, in NativeErrorCode)."),
            //: E_FAIL (hresult 0x80004005)
            QT_TRANSLATE_NOOP("Catalog", "E_FAIL says only that something failed. In .NET it is the HResult of every "
                                         "Win32Exception (ExternalException sets it and Win32Exception keeps it), so "
                                         "a failed SSPI or Schannel call surfaces as 'Win32Exception (0x80004005)' "
                                         "while the real code, often a SEC_E value, is in the NativeErrorCode "
                                         "property and the message text. COM components also return it when they "
                                         "have nothing more precise to say. Never troubleshoot 0x80004005 itself: "
                                         "find the inner code."),
            {
                //: E_FAIL (hresult 0x80004005)
                QT_TRANSLATE_NOOP("Catalog", "Behind a Win32Exception from an authentication call: an SSPI code in "
                                             "NativeErrorCode, such as SEC_E_LOGON_DENIED, SEC_E_WRONG_PRINCIPAL or "
                                             "SEC_E_UNTRUSTED_ROOT"),
                //: E_FAIL (hresult 0x80004005)
                QT_TRANSLATE_NOOP("Catalog", "Behind a Win32Exception from another Windows call: a Win32 error in "
                                             "NativeErrorCode, such as 5 (access denied) or 1326 (logon failure)"),
                //: E_FAIL (hresult 0x80004005)
                QT_TRANSLATE_NOOP("Catalog", "A COM or WMI component that maps every failure it does not classify to "
                                             "E_FAIL; its own log has the detail"),
            },
            {
                {
                    //: E_FAIL (hresult 0x80004005)
                    QT_TRANSLATE_NOOP("Catalog", "In PowerShell, print the innermost exception with all its "
                                                 "properties"),
                    "$Error[0].Exception.GetBaseException() | Format-List * -Force"},
                {
                    //: E_FAIL (hresult 0x80004005)
                    QT_TRANSLATE_NOOP("Catalog", "Print a Win32Exception's real code in hexadecimal and look it up "
                                                 "here"),
                    "'0x{0:X8}' -f $Error[0].Exception.GetBaseException().NativeErrorCode"},
                {
                    //: E_FAIL (hresult 0x80004005)
                    QT_TRANSLATE_NOOP("Catalog", "In application logs, read the whole exception text (ToString()), "
                                                 "not only the HResult: the inner exception names the cause"),
                    nullptr},
            },
            {
                {Family::HResult, "COR_E_SYSTEM", 0x80131501u,
                 //: E_FAIL (hresult 0x80004005)
                 QT_TRANSLATE_NOOP("Catalog", "The .NET wrapper around TLS and Negotiate failures "
                                              "(AuthenticationException)")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: E_FAIL (hresult 0x80004005)
                 QT_TRANSLATE_NOOP("Catalog", "A frequent real code found in NativeErrorCode")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: E_FAIL (hresult 0x80004005)
                 QT_TRANSLATE_NOOP("Catalog", "Another frequent real code, behind TLS failures")},
            },
            {},
            {},
            true,
        },
        {
            Family::HResult, 0x80070005u, "E_ACCESSDENIED", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "General access denied error",
            //: E_ACCESSDENIED (hresult 0x80070005)
            QT_TRANSLATE_NOOP("Catalog", "Access denied in HRESULT form (HRESULT_FROM_WIN32 of error 5): "
                                         "authorization, not authentication."),
            //: E_ACCESSDENIED (hresult 0x80070005)
            QT_TRANSLATE_NOOP("Catalog", "COM, DCOM, WMI, PowerShell remoting, .NET (UnauthorizedAccessException) "
                                         "and many installers report a refused access as 0x80070005. Usually the "
                                         "caller was authenticated and then lacked a permission; sometimes a "
                                         "component reports it instead of a failed logon. The text shown is normally "
                                         "'Access is denied.', the message of Win32 error 5. Find out which "
                                         "operation on which machine was refused, then read that machine's logs."),
            {
                //: E_ACCESSDENIED (hresult 0x80070005)
                QT_TRANSLATE_NOOP("Catalog", "The authenticated account lacks the permission: DCOM launch or access "
                                             "rights, WMI namespace security, file or registry ACLs"),
                //: E_ACCESSDENIED (hresult 0x80070005)
                QT_TRANSLATE_NOOP("Catalog", "UAC filters the token of a local administrator connecting remotely, so "
                                             "administrator-only operations are refused"),
                //: E_ACCESSDENIED (hresult 0x80070005)
                QT_TRANSLATE_NOOP("Catalog", "DCOM hardening: the server requires a higher authentication level than "
                                             "the client uses (DCOM event 10036 on the server)"),
            },
            {
                {
                    //: E_ACCESSDENIED (hresult 0x80070005)
                    QT_TRANSLATE_NOOP("Catalog", "Print the whole exception to see which call and object were refused"),
                    "$Error[0].Exception.GetBaseException() | Format-List * -Force"},
                {
                    //: E_ACCESSDENIED (hresult 0x80070005)
                    QT_TRANSLATE_NOOP("Catalog", "For DCOM, look for the hardening events on the server"),
                    "Get-WinEvent -FilterHashtable @{LogName='System'; Id=10036} -MaxEvents 20"},
                {
                    //: E_ACCESSDENIED (hresult 0x80070005)
                    QT_TRANSLATE_NOOP("Catalog", "For remote WMI or PowerShell remoting with a local account, check "
                                                 "the UAC remote restriction"),
                    "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v LocalAccountTokenFilterPolicy"},
            },
            {
                {Family::Win32, "ERROR_ACCESS_DENIED", 5u,
                 //: E_ACCESSDENIED (hresult 0x80070005)
                 QT_TRANSLATE_NOOP("Catalog", "The same refusal as a Win32 error")},
                {Family::HResult, "E_FAIL", 0x80004005u,
                 //: E_ACCESSDENIED (hresult 0x80070005)
                 QT_TRANSLATE_NOOP("Catalog", "The other generic wrapper")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: E_ACCESSDENIED (hresult 0x80070005)
                 QT_TRANSLATE_NOOP("Catalog", "When authentication itself failed, this is the code to look for")},
            },
            {},
            {},
            true,
        },
        {
            Family::HResult, 0x80092010u, "CRYPT_E_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The certificate is revoked.",
            //: CRYPT_E_REVOKED (hresult 0x80092010)
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the chain is revoked; Schannel also returns this code "
                                         "when it receives TLS alert 44."),
            //: CRYPT_E_REVOKED (hresult 0x80092010)
            QT_TRANSLATE_NOOP("Catalog", "The revocation check found the certificate on its issuer's CRL or got a "
                                         "'revoked' OCSP answer. Microsoft's table of Schannel alert mappings "
                                         "documents that Schannel returns this code, not a SEC_E one, when the peer "
                                         "sends certificate_revoked (44), so the side that receives the alert sees "
                                         "it even when the revoked certificate is its own. Schannel event 36883 on "
                                         "the receiving side is the same condition."),
            {
                //: CRYPT_E_REVOKED (hresult 0x80092010)
                QT_TRANSLATE_NOOP("Catalog", "The server or client certificate was revoked on the CA (key "
                                             "compromise, replacement, decommissioned server)"),
                //: CRYPT_E_REVOKED (hresult 0x80092010)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate was revoked, which makes every "
                                             "certificate below it fail"),
                //: CRYPT_E_REVOKED (hresult 0x80092010)
                QT_TRANSLATE_NOOP("Catalog", "The peer received our certificate, found it revoked and sent alert 44"),
            },
            {
                {
                    //: CRYPT_E_REVOKED (hresult 0x80092010)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the certificate; the output shows the CRL or OCSP answer "
                                                 "that marks it revoked"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CRYPT_E_REVOKED (hresult 0x80092010)
                    QT_TRANSLATE_NOOP("Catalog", "Read the Schannel events on both sides"),
                    "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                {
                    //: CRYPT_E_REVOKED (hresult 0x80092010)
                    QT_TRANSLATE_NOOP("Catalog", "Replace the certificate with a newly issued one, then check "
                                                 "that the service's binding uses the new thumbprint (HTTP.sys "
                                                 "bindings, as used by IIS, WinRM and AD FS, are listed here)"),
                    "netsh http show sslcert"},
                {
                    //: CRYPT_E_REVOKED (hresult 0x80092010)
                    QT_TRANSLATE_NOOP("Catalog", "If the revocation data is believed stale, clear the local URL "
                                                 "cache and verify again"),
                    "certutil -urlcache * delete"},
            },
            {
                {Family::TlsAlert, "TLS1_ALERT_CERTIFICATE_REVOKED", 44u,
                 //: CRYPT_E_REVOKED (hresult 0x80092010)
                 QT_TRANSLATE_NOOP("Catalog", "Documented: Schannel returns this code when it receives alert 44")},
                {Family::HResult, "CERT_E_REVOKED", 0x800B010Cu,
                 //: CRYPT_E_REVOKED (hresult 0x80092010)
                 QT_TRANSLATE_NOOP("Catalog", "The WinVerifyTrust form of the same finding")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: CRYPT_E_REVOKED (hresult 0x80092010)
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel returns when the peer rejects a certificate for other "
                                              "reasons")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x80092012u, "CRYPT_E_NO_REVOCATION_CHECK", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The revocation function was unable to check revocation for the certificate.",
            //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
            QT_TRANSLATE_NOOP("Catalog", "Revocation could not be checked for a certificate (no usable CRL or OCSP "
                                         "data); nothing is proven revoked."),
            //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
            QT_TRANSLATE_NOOP("Catalog", "The revocation provider could not produce an answer for the certificate, "
                                         "typically because it has no CRL distribution point or OCSP URL, or because "
                                         "none of them returned usable data. Applications that check revocation "
                                         "strictly (some VPN, Wi-Fi and smart card configurations) reject the "
                                         "certificate; lenient ones ignore it. It is a statement about the check, "
                                         "not about the certificate."),
            {
                //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                QT_TRANSLATE_NOOP("Catalog", "The certificate comes from a private or test CA that publishes no CRL "
                                             "or OCSP"),
                //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                QT_TRANSLATE_NOOP("Catalog", "The CDP points only to an LDAP path that machines outside the domain "
                                             "cannot read"),
                //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                QT_TRANSLATE_NOOP("Catalog", "The revocation URLs answer with an error or with unusable data"),
            },
            {
                {
                    //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the certificate and fetch every revocation URL"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                    QT_TRANSLATE_NOOP("Catalog", "Inspect the CDP and AIA extensions of the certificate"),
                    "certutil -dump server.cer"},
                {
                    //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                    QT_TRANSLATE_NOOP("Catalog", "On the CA, publish an HTTP CDP every client can reach, then "
                                                 "reissue the certificates"),
                    "certutil -getreg CA\\CRLPublicationURLs"},
            },
            {
                {Family::HResult, "CRYPT_E_REVOCATION_OFFLINE", 0x80092013u,
                 //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                 QT_TRANSLATE_NOOP("Catalog", "The variant where a revocation server exists but was offline")},
                {Family::HResult, "CERT_E_REVOCATION_FAILURE", 0x800B010Eu,
                 //: CRYPT_E_NO_REVOCATION_CHECK (hresult 0x80092012)
                 QT_TRANSLATE_NOOP("Catalog", "The policy-level result built on this chain status")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x80092013u, "CRYPT_E_REVOCATION_OFFLINE", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The revocation function was unable to check revocation because the revocation server was offline.",
            //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
            QT_TRANSLATE_NOOP("Catalog", "The CRL or OCSP server could not be reached, so revocation is unknown; not "
                                         "proof of revocation."),
            //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
            QT_TRANSLATE_NOOP("Catalog", "The certificate names a CRL distribution point or OCSP responder, but "
                                         "downloading from it failed or timed out and no valid cached CRL was "
                                         "available. It is the classic error of servers in a DMZ or without a proxy "
                                         "for the SYSTEM account, and of internal CAs whose CDP host is down. The "
                                         "SDK keeps SEC_E_REVOCATION_OFFLINE_C and _KDC for the Kerberos smart card "
                                         "case; this code is the general chain result that TLS clients and "
                                         "applications meet."),
            {
                //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                QT_TRANSLATE_NOOP("Catalog", "The machine cannot reach the CDP or OCSP URL: no internet access, a "
                                             "firewall, or no WinHTTP proxy for the SYSTEM account"),
                //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                QT_TRANSLATE_NOOP("Catalog", "The web server that hosts an internal CA's CRL is down, or the CRL "
                                             "file was not copied there"),
                //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                QT_TRANSLATE_NOOP("Catalog", "The CRL on the CDP has expired because the CA stopped publishing (an "
                                             "offline root whose CRL was not renewed)"),
            },
            {
                {
                    //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                    QT_TRANSLATE_NOOP("Catalog", "Verify and fetch every URL; the failing download is listed"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                    QT_TRANSLATE_NOOP("Catalog", "Test a CRL download by hand from the affected machine"),
                    "Invoke-WebRequest http://pki.contoso.com/CertEnroll/ContosoCA.crl -OutFile $env:TEMP\\ca.crl"},
                {
                    //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                    QT_TRANSLATE_NOOP("Catalog", "Check the proxy that services use for revocation downloads"),
                    "netsh winhttp show proxy"},
                {
                    //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                    QT_TRANSLATE_NOOP("Catalog", "After fixing the path, clear the cached failures and verify again"),
                    "certutil -urlcache * delete"},
            },
            {
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                 QT_TRANSLATE_NOOP("Catalog", "Not the same code: the SDK limits it to smart card certificates in "
                                              "Kerberos logon")},
                {Family::HResult, "CERT_E_REVOCATION_FAILURE", 0x800B010Eu,
                 //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                 QT_TRANSLATE_NOOP("Catalog", "The policy-level result that usually sits above it")},
                {Family::HResult, "CRYPT_E_NO_REVOCATION_CHECK", 0x80092012u,
                 //: CRYPT_E_REVOCATION_OFFLINE (hresult 0x80092013)
                 QT_TRANSLATE_NOOP("Catalog", "When no revocation data could be used at all")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B0101u, "CERT_E_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A required certificate is not within its validity period when verifying against the current system clock or the timestamp in the signed file.",
            //: CERT_E_EXPIRED (hresult 0x800B0101)
            QT_TRANSLATE_NOOP("Catalog", "A certificate in the chain is expired, or not yet valid, against the clock "
                                         "or the signing timestamp."),
            //: CERT_E_EXPIRED (hresult 0x800B0101)
            QT_TRANSLATE_NOOP("Catalog", "The chain policy compares each certificate's NotBefore and NotAfter with "
                                         "the current system time (for signed files, with the timestamp of the "
                                         "signature). It fires for an expired server or client certificate, for an "
                                         "expired intermediate or root, and for a valid certificate checked on a "
                                         "machine whose clock is wrong. In a Schannel handshake the same condition "
                                         "appears as SEC_E_CERT_EXPIRED and Schannel event 36881."),
            {
                //: CERT_E_EXPIRED (hresult 0x800B0101)
                QT_TRANSLATE_NOOP("Catalog", "The server or client certificate expired and was not renewed, or the "
                                             "renewed one was not bound (IIS, RDP, SQL Server, LDAPS)"),
                //: CERT_E_EXPIRED (hresult 0x800B0101)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate or root certificate in the chain expired while the "
                                             "leaf is still valid"),
                //: CERT_E_EXPIRED (hresult 0x800B0101)
                QT_TRANSLATE_NOOP("Catalog", "The checking machine's clock is wrong (years off after a CMOS reset, "
                                             "or a VM restored from an old snapshot)"),
            },
            {
                {
                    //: CERT_E_EXPIRED (hresult 0x800B0101)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the chain; the output marks the expired element"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CERT_E_EXPIRED (hresult 0x800B0101)
                    QT_TRANSLATE_NOOP("Catalog", "List machine certificates that expired or expire within 30 days"),
                    "Get-ChildItem Cert:\\LocalMachine\\My | Where-Object NotAfter -lt (Get-Date).AddDays(30) | Format-Table Subject,NotAfter,Thumbprint"},
                {
                    //: CERT_E_EXPIRED (hresult 0x800B0101)
                    QT_TRANSLATE_NOOP("Catalog", "Check the clock of the machine that rejected the certificate"),
                    "w32tm /query /status"},
                {
                    //: CERT_E_EXPIRED (hresult 0x800B0101)
                    QT_TRANSLATE_NOOP("Catalog", "After a renewal, check which certificate the HTTP.sys bindings use"),
                    "netsh http show sslcert"},
            },
            {
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: CERT_E_EXPIRED (hresult 0x800B0101)
                 QT_TRANSLATE_NOOP("Catalog", "Same condition in a Schannel handshake (by meaning)")},
                {Family::TlsAlert, "TLS1_ALERT_CERTIFICATE_EXPIRED", 45u,
                 //: CERT_E_EXPIRED (hresult 0x800B0101)
                 QT_TRANSLATE_NOOP("Catalog", "The alert for an expired certificate; Schannel maps it to "
                                              "SEC_E_CERT_EXPIRED")},
                {Family::Win32, "ERROR_TIME_SKEW", 1398u,
                 //: CERT_E_EXPIRED (hresult 0x800B0101)
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock causes both")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B0109u, "CERT_E_UNTRUSTEDROOT", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A certificate chain processed, but terminated in a root certificate which is not trusted by the trust provider.",
            //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
            QT_TRANSLATE_NOOP("Catalog", "The chain was built, but it ends at a root certificate this machine does "
                                         "not trust."),
            //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
            QT_TRANSLATE_NOOP("Catalog", "The chain policy check (CertVerifyCertificateChainPolicy, WinVerifyTrust) "
                                         "turns the chain status CERT_TRUST_IS_UNTRUSTED_ROOT into this code when "
                                         "every link verifies but the root is not in the Trusted Root Certification "
                                         "Authorities store. Tools and APIs that validate certificates themselves "
                                         "report it: certutil -verify, WinHTTP, .NET custom validation, code signing "
                                         "and smart card checks. In a TLS handshake through Schannel the same "
                                         "condition usually appears as SEC_E_UNTRUSTED_ROOT."),
            {
                //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                QT_TRANSLATE_NOOP("Catalog", "A self-signed certificate, or one from a private CA whose root was "
                                             "never deployed to this machine"),
                //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                QT_TRANSLATE_NOOP("Catalog", "A machine outside the domain, or in another forest, does not get the "
                                             "enterprise root through Group Policy"),
                //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                QT_TRANSLATE_NOOP("Catalog", "Automatic root updates are disabled on an offline machine, so a public "
                                             "root is missing"),
                //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                QT_TRANSLATE_NOOP("Catalog", "A TLS-inspection proxy re-signs traffic with its own root"),
            },
            {
                {
                    //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                    QT_TRANSLATE_NOOP("Catalog", "Build and verify the chain; the output names the root that is not "
                                                 "trusted"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                    QT_TRANSLATE_NOOP("Catalog", "List the roots this machine trusts"),
                    "Get-ChildItem Cert:\\LocalMachine\\Root | Sort-Object Subject | Format-Table Subject,Thumbprint,NotAfter"},
                {
                    //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                    QT_TRANSLATE_NOOP("Catalog", "Import the right root (in a domain, deploy it through Group Policy)"),
                    "certutil -addstore Root contoso-root.cer"},
                {
                    //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                    QT_TRANSLATE_NOOP("Catalog", "Turn on CAPI2 logging to see chain building (events 11 and 30)"),
                    "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true"},
            },
            {
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                 QT_TRANSLATE_NOOP("Catalog", "Same condition in a Schannel handshake (by meaning, no documented "
                                              "mapping)")},
                {Family::TlsAlert, "TLS1_ALERT_UNKNOWN_CA", 48u,
                 //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                 QT_TRANSLATE_NOOP("Catalog", "The alert a peer sends when it does not trust the chain; Schannel "
                                              "maps it to SEC_E_UNTRUSTED_ROOT")},
                {Family::HResult, "CERT_E_CHAINING", 0x800B010Au,
                 //: CERT_E_UNTRUSTEDROOT (hresult 0x800B0109)
                 QT_TRANSLATE_NOOP("Catalog", "When the chain cannot even be completed")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B010Au, "CERT_E_CHAINING", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A certificate chain could not be built to a trusted root authority.",
            //: CERT_E_CHAINING (hresult 0x800B010A)
            QT_TRANSLATE_NOOP("Catalog", "No chain could be built from the certificate up to a trusted root."),
            //: CERT_E_CHAINING (hresult 0x800B010A)
            QT_TRANSLATE_NOOP("Catalog", "The chain engine could not complete the path: an intermediate CA "
                                         "certificate is missing and could not be downloaded from the AIA URL, or "
                                         "the path that could be built does not end at a trusted root. It is common "
                                         "on servers without internet access and with services that send only their "
                                         "own certificate. It is close to CERT_E_UNTRUSTEDROOT; the difference is "
                                         "whether a root was reached at all."),
            {
                //: CERT_E_CHAINING (hresult 0x800B010A)
                QT_TRANSLATE_NOOP("Catalog", "The server sends only its leaf certificate and the client cannot fetch "
                                             "the intermediate from the AIA URL"),
                //: CERT_E_CHAINING (hresult 0x800B010A)
                QT_TRANSLATE_NOOP("Catalog", "The intermediate CA certificate is not in the Intermediate "
                                             "Certification Authorities store"),
                //: CERT_E_CHAINING (hresult 0x800B010A)
                QT_TRANSLATE_NOOP("Catalog", "A cross-certificate or a renewed CA certificate leads the engine to a "
                                             "path that is expired or untrusted"),
            },
            {
                {
                    //: CERT_E_CHAINING (hresult 0x800B010A)
                    QT_TRANSLATE_NOOP("Catalog", "Build the chain and fetch every AIA and CRL URL"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CERT_E_CHAINING (hresult 0x800B010A)
                    QT_TRANSLATE_NOOP("Catalog", "See which certificates the server sends during the handshake"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts"},
                {
                    //: CERT_E_CHAINING (hresult 0x800B010A)
                    QT_TRANSLATE_NOOP("Catalog", "Install the intermediate CA certificate on the server (so it sends "
                                                 "the full chain) or on the client"),
                    "certutil -addstore CA contoso-issuing-ca.cer"},
                {
                    //: CERT_E_CHAINING (hresult 0x800B010A)
                    QT_TRANSLATE_NOOP("Catalog", "Check the WinHTTP proxy the system uses to download AIA and CRL "
                                                 "data"),
                    "netsh winhttp show proxy"},
            },
            {
                {Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                 //: CERT_E_CHAINING (hresult 0x800B010A)
                 QT_TRANSLATE_NOOP("Catalog", "The chain reached a root, but not a trusted one")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: CERT_E_CHAINING (hresult 0x800B010A)
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel usually reports for the same handshake (by meaning)")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B010Cu, "CERT_E_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A certificate was explicitly revoked by its issuer.",
            //: CERT_E_REVOKED (hresult 0x800B010C)
            QT_TRANSLATE_NOOP("Catalog", "A certificate was revoked by its issuer (the form WinVerifyTrust reports)."),
            //: CERT_E_REVOKED (hresult 0x800B010C)
            QT_TRANSLATE_NOOP("Catalog", "The trust provider found the certificate on its issuer's revocation list "
                                         "(CRL) or got a 'revoked' OCSP answer. This form is usually reported by "
                                         "WinVerifyTrust and Authenticode checks, for example of signed files and "
                                         "drivers; chain building and Schannel report the same finding as "
                                         "CRYPT_E_REVOKED. Revocation is deliberate: the fix is a new certificate, "
                                         "not a workaround."),
            {
                //: CERT_E_REVOKED (hresult 0x800B010C)
                QT_TRANSLATE_NOOP("Catalog", "The issuer revoked the certificate (key compromise, superseded, holder "
                                             "left)"),
                //: CERT_E_REVOKED (hresult 0x800B010C)
                QT_TRANSLATE_NOOP("Catalog", "A code signing certificate was revoked, which invalidates the "
                                             "signatures made with it"),
                //: CERT_E_REVOKED (hresult 0x800B010C)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was revoked by mistake, or put on hold and never "
                                             "released"),
            },
            {
                {
                    //: CERT_E_REVOKED (hresult 0x800B010C)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the certificate and see which CRL or OCSP answer marks it "
                                                 "revoked"),
                    "certutil -verify -urlfetch signer.cer"},
                {
                    //: CERT_E_REVOKED (hresult 0x800B010C)
                    QT_TRANSLATE_NOOP("Catalog", "Check the signature of a signed file"),
                    "Get-AuthenticodeSignature .\\setup.exe | Format-List *"},
                {
                    //: CERT_E_REVOKED (hresult 0x800B010C)
                    QT_TRANSLATE_NOOP("Catalog", "On the issuing CA, look up the revocation date and reason"),
                    "certutil -view -restrict \"SerialNumber=61000000123\" -out \"RevokedWhen,RevokedReason\""},
            },
            {
                {Family::HResult, "CRYPT_E_REVOKED", 0x80092010u,
                 //: CERT_E_REVOKED (hresult 0x800B010C)
                 QT_TRANSLATE_NOOP("Catalog", "The chain-engine and Schannel form of the same finding")},
                {Family::TlsAlert, "TLS1_ALERT_CERTIFICATE_REVOKED", 44u,
                 //: CERT_E_REVOKED (hresult 0x800B010C)
                 QT_TRANSLATE_NOOP("Catalog", "The TLS alert for a revoked certificate")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B010Eu, "CERT_E_REVOCATION_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The revocation process could not continue - the certificate(s) could not be checked.",
            //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
            QT_TRANSLATE_NOOP("Catalog", "Revocation could not be checked for the certificates: the policy-level "
                                         "form of an offline or missing check."),
            //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
            QT_TRANSLATE_NOOP("Catalog", "The chain policy or trust provider returns it when the revocation status "
                                         "of one or more certificates could not be determined: the CRL or OCSP "
                                         "responder was unreachable, the only CRL available had expired, or a "
                                         "certificate carries no revocation information at all. It does not mean "
                                         "that anything is revoked. Callers that require a revocation check treat it "
                                         "as fatal; the chain status beneath it is usually "
                                         "CRYPT_E_REVOCATION_OFFLINE or CRYPT_E_NO_REVOCATION_CHECK."),
            {
                //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                QT_TRANSLATE_NOOP("Catalog", "The CRL distribution point or OCSP URL cannot be reached from the "
                                             "checking machine (firewall, proxy, DMZ)"),
                //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                QT_TRANSLATE_NOOP("Catalog", "The CA's published CRL has expired because the CA stopped publishing"),
                //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                QT_TRANSLATE_NOOP("Catalog", "A certificate (often from a private or test CA) has no CDP or AIA "
                                             "extension"),
            },
            {
                {
                    //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                    QT_TRANSLATE_NOOP("Catalog", "Verify and fetch every revocation URL; the output shows which one "
                                                 "fails"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                    QT_TRANSLATE_NOOP("Catalog", "Open the URL retrieval tool to test the CDP, AIA and OCSP URLs one "
                                                 "by one"),
                    "certutil -url server.cer"},
                {
                    //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                    QT_TRANSLATE_NOOP("Catalog", "Check the proxy that services use for revocation downloads"),
                    "netsh winhttp show proxy"},
            },
            {
                {Family::HResult, "CRYPT_E_REVOCATION_OFFLINE", 0x80092013u,
                 //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                 QT_TRANSLATE_NOOP("Catalog", "The chain status when the revocation server was offline")},
                {Family::HResult, "CRYPT_E_NO_REVOCATION_CHECK", 0x80092012u,
                 //: CERT_E_REVOCATION_FAILURE (hresult 0x800B010E)
                 QT_TRANSLATE_NOOP("Catalog", "The chain status when no check could be made")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B010Fu, "CERT_E_CN_NO_MATCH", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The certificate's CN name does not match the passed value.",
            //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
            QT_TRANSLATE_NOOP("Catalog", "The certificate's names (SAN, or CN on old certificates) do not include "
                                         "the host name that was checked."),
            //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
            QT_TRANSLATE_NOOP("Catalog", "The SSL chain policy compares the host name the client connected to with "
                                         "the certificate's Subject Alternative Name entries (and, for older "
                                         "certificates, the CN). Any difference fails: a short name against an FQDN, "
                                         "an IP address, an alias or load-balancer name missing from the SAN, or a "
                                         "wildcard that does not cover the level. WinHTTP, .NET validation callbacks "
                                         "and certutil report it this way; Schannel connections commonly report the "
                                         "same mismatch as SEC_E_WRONG_PRINCIPAL, and the receiving side may log "
                                         "Schannel event 36884."),
            {
                //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                QT_TRANSLATE_NOOP("Catalog", "The client connects by a name that is not in the certificate's SAN: "
                                             "short name, IP address, alias or load-balancer name"),
                //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                QT_TRANSLATE_NOOP("Catalog", "The wrong certificate is bound to the service (a default or "
                                             "self-signed certificate, another site's binding)"),
                //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                QT_TRANSLATE_NOOP("Catalog", "The certificate carries the name only in the CN, and the client "
                                             "requires it in the SAN"),
                //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                QT_TRANSLATE_NOOP("Catalog", "A wildcard certificate is used one level deeper than it covers "
                                             "(*.contoso.com for a.b.contoso.com)"),
            },
            {
                {
                    //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                    QT_TRANSLATE_NOOP("Catalog", "Show the names in the certificate"),
                    "certutil -dump server.cer"},
                {
                    //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                    QT_TRANSLATE_NOOP("Catalog", "Test a certificate against the exact host name the client uses"),
                    "Test-Certificate -Cert Cert:\\LocalMachine\\My\\<thumbprint> -Policy SSL -DNSName 'dns=web01.contoso.com'"},
                {
                    //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                    QT_TRANSLATE_NOOP("Catalog", "See which certificate the server actually presents"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts"},
                {
                    //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                    QT_TRANSLATE_NOOP("Catalog", "Connect with a name that is in the certificate, or reissue "
                                                 "it with every name the clients use in the SAN (in a certreq "
                                                 "request file, the 2.5.29.17 extension)"),
                    "certreq -new request.inf request.req"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                 QT_TRANSLATE_NOOP("Catalog", "What Schannel commonly reports for the same mismatch (by meaning)")},
                {Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                 //: CERT_E_CN_NO_MATCH (hresult 0x800B010F)
                 QT_TRANSLATE_NOOP("Catalog", "The other frequent certificate failure of the same connection")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B0110u, "CERT_E_WRONG_USAGE", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp | Kerberos,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The certificate is not valid for the requested usage.",
            //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
            QT_TRANSLATE_NOOP("Catalog", "The certificate's Enhanced Key Usage or key usage does not allow the "
                                         "requested purpose."),
            //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
            QT_TRANSLATE_NOOP("Catalog", "The chain policy checks that the certificate, and every CA above it that "
                                         "restricts usage, allows the requested purpose: Server Authentication for a "
                                         "TLS server, Client Authentication for a client certificate, Smart Card "
                                         "Logon or KDC Authentication for PKINIT, Code Signing for signatures. A "
                                         "certificate issued from the wrong template fails here. The SDK gives "
                                         "SEC_E_CERT_WRONG_USAGE, its SSPI form, the identical message text."),
            {
                //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was issued from a template without the needed EKU (a "
                                             "Web Server certificate used as a client certificate, or the reverse)"),
                //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate restricts EKUs and does not include the "
                                             "one requested"),
                //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                QT_TRANSLATE_NOOP("Catalog", "For smart card logon, the user or DC certificate lacks Smart Card "
                                             "Logon or KDC Authentication"),
            },
            {
                {
                    //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                    QT_TRANSLATE_NOOP("Catalog", "Show the certificate's Enhanced Key Usage and Key Usage"),
                    "certutil -dump server.cer"},
                {
                    //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the chain, including the EKU limits of the CAs"),
                    "certutil -verify -urlfetch server.cer"},
                {
                    //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                    QT_TRANSLATE_NOOP("Catalog", "Request a new certificate from a template with the right "
                                                 "usage; this lists the templates the CA issues"),
                    "certutil -CATemplates"},
            },
            {
                {Family::Sspi, "SEC_E_CERT_WRONG_USAGE", 0,
                 //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                 QT_TRANSLATE_NOOP("Catalog", "Identical SDK message text: the SSPI form of the same check")},
                {Family::HResult, "CERT_E_UNTRUSTEDCA", 0x800B0112u,
                 //: CERT_E_WRONG_USAGE (hresult 0x800B0110)
                 QT_TRANSLATE_NOOP("Catalog", "Another policy-level rejection of a valid chain")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x800B0112u, "CERT_E_UNTRUSTEDCA", {}, Severity::Error,
            Category::CertificatesSmartCards, Schannel | CredSsp | Kerberos,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A certification chain processed correctly, but one of the CA certificates is not trusted by the policy provider.",
            //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
            QT_TRANSLATE_NOOP("Catalog", "The chain is valid, but the policy applied does not trust one of its CA "
                                         "certificates."),
            //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
            QT_TRANSLATE_NOOP("Catalog", "The chain verified up to a root, but the policy provider that judged it "
                                         "rejects one of the CA certificates: for example an issuing CA missing from "
                                         "the NTAuth store when the certificate is used for smart card or "
                                         "certificate logon, or a CA excluded by policy. It is the policy's verdict, "
                                         "so the same chain can pass a plain TLS check and fail here."),
            {
                //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                QT_TRANSLATE_NOOP("Catalog", "The issuing CA is not published in the enterprise NTAuth store, and "
                                             "the certificate is used for smart card or certificate-based logon"),
                //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                QT_TRANSLATE_NOOP("Catalog", "A CA certificate is in the Untrusted Certificates store or disallowed "
                                             "by policy"),
                //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                QT_TRANSLATE_NOOP("Catalog", "The CA was renewed and its new certificate has not been added where "
                                             "the policy looks"),
            },
            {
                {
                    //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                    QT_TRANSLATE_NOOP("Catalog", "Show the CA certificates in the NTAuth store"),
                    "certutil -enterprise -store NTAuth"},
                {
                    //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                    QT_TRANSLATE_NOOP("Catalog", "Publish the issuing CA certificate to NTAuth"),
                    "certutil -dspublish -f issuing-ca.cer NTAuthCA"},
                {
                    //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the user's certificate chain"),
                    "certutil -verify -urlfetch user.cer"},
            },
            {
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos smart card counterpart (by meaning)")},
                {Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                 //: CERT_E_UNTRUSTEDCA (hresult 0x800B0112)
                 QT_TRANSLATE_NOOP("Catalog", "When the root itself is not trusted")},
            },
            {},
            {},
            false,
        },
        {
            Family::HResult, 0x80131501u, "COR_E_SYSTEM", {}, Severity::Error,
            Category::PackagesSystem, Schannel | Negotiate | Kerberos | Ntlm,
            nullptr,
            //: COR_E_SYSTEM (hresult 0x80131501)
            QT_TRANSLATE_NOOP("Catalog", "HResult of SystemException and of subclasses that set none, such as "
                                         "AuthenticationException: read the inner exception."),
            //: COR_E_SYSTEM (hresult 0x80131501)
            QT_TRANSLATE_NOOP("Catalog", "System.SystemException sets 0x80131501, and subclasses that do not set "
                                         "their own HResult keep it. AuthenticationException and "
                                         "InvalidCredentialException, thrown by SslStream and NegotiateStream when "
                                         "the TLS or Negotiate handshake fails, are such subclasses, so a failed "
                                         "HTTPS, SMTP, LDAP or database handshake in .NET often shows this value. "
                                         "The message and the InnerException name the cause: on Windows typically a "
                                         "Win32Exception with the SSPI code in NativeErrorCode, on Linux an OpenSSL "
                                         "error."),
            {
                //: COR_E_SYSTEM (hresult 0x80131501)
                QT_TRANSLATE_NOOP("Catalog", "The server certificate failed validation (untrusted root, name "
                                             "mismatch, expired, revocation unknown)"),
                //: COR_E_SYSTEM (hresult 0x80131501)
                QT_TRANSLATE_NOOP("Catalog", "No common TLS version or cipher suite with the server (an old server, "
                                             "TLS 1.0 and 1.1 disabled)"),
                //: COR_E_SYSTEM (hresult 0x80131501)
                QT_TRANSLATE_NOOP("Catalog", "A Negotiate or Kerberos failure in NegotiateStream (wrong SPN, logon "
                                             "denied), thrown as InvalidCredentialException"),
            },
            {
                {
                    //: COR_E_SYSTEM (hresult 0x80131501)
                    QT_TRANSLATE_NOOP("Catalog", "Print the innermost exception with all its properties"),
                    "$Error[0].Exception.GetBaseException() | Format-List * -Force"},
                {
                    //: COR_E_SYSTEM (hresult 0x80131501)
                    QT_TRANSLATE_NOOP("Catalog", "Print the innermost Win32Exception's NativeErrorCode in "
                                                 "hexadecimal and look it up here"),
                    "'0x{0:X8}' -f $Error[0].Exception.GetBaseException().NativeErrorCode"},
                {
                    //: COR_E_SYSTEM (hresult 0x80131501)
                    QT_TRANSLATE_NOOP("Catalog", "Reproduce the handshake outside .NET to see the certificate and "
                                                 "protocol"),
                    "openssl s_client -connect web01.contoso.com:443 -servername web01.contoso.com -showcerts"},
            },
            {
                {Family::HResult, "E_FAIL", 0x80004005u,
                 //: COR_E_SYSTEM (hresult 0x80131501)
                 QT_TRANSLATE_NOOP("Catalog", "The HResult of the Win32Exception usually found inside")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: COR_E_SYSTEM (hresult 0x80131501)
                 QT_TRANSLATE_NOOP("Catalog", "A frequent real code inside a TLS AuthenticationException")},
                {Family::HResult, "CERT_E_UNTRUSTEDROOT", 0x800B0109u,
                 //: COR_E_SYSTEM (hresult 0x80131501)
                 QT_TRANSLATE_NOOP("Catalog", "The chain-policy form of the same trust failure")},
            },
            {},
            {},
            true,
        },
        {
            Family::HResult, 0x80131509u, "COR_E_INVALIDOPERATION", {}, Severity::Error,
            Category::PackagesSystem, Schannel | Negotiate | Kerberos | Ntlm,
            nullptr,
            //: COR_E_INVALIDOPERATION (hresult 0x80131509)
            QT_TRANSLATE_NOOP("Catalog", "HResult of InvalidOperationException and of some WebExceptions: read "
                                         "Status and the inner exception."),
            //: COR_E_INVALIDOPERATION (hresult 0x80131509)
            QT_TRANSLATE_NOOP("Catalog", "InvalidOperationException sets 0x80131509. WebException derives from it; "
                                         "in current .NET a WebException created with an inner exception copies the "
                                         "inner HResult instead, so the value seen depends on how the error was "
                                         "wrapped (.NET Framework was not checked). For HTTP and TLS failures the "
                                         "useful parts are WebException.Status (TrustFailure, SecureChannelFailure, "
                                         "ProtocolError), the HTTP status of the response and the InnerException "
                                         "chain."),
            {
                //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                QT_TRANSLATE_NOOP("Catalog", "TrustFailure: the server certificate could not be validated (see the "
                                             "CERT_E and SEC_E certificate codes)"),
                //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                QT_TRANSLATE_NOOP("Catalog", "SecureChannelFailure: the TLS handshake itself failed, often for want "
                                             "of a common protocol version"),
                //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                QT_TRANSLATE_NOOP("Catalog", "ProtocolError with HTTP 401: the server refused Negotiate, NTLM or "
                                             "Kerberos authentication"),
                //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                QT_TRANSLATE_NOOP("Catalog", "An InvalidOperationException that has nothing to do with "
                                             "authentication (an object in the wrong state)"),
            },
            {
                {
                    //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                    QT_TRANSLATE_NOOP("Catalog", "Print the exception's Status, response and inner exception"),
                    "$Error[0].Exception | Format-List Status,Response,InnerException -Force"},
                {
                    //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                    QT_TRANSLATE_NOOP("Catalog", "Print the innermost exception with all its properties"),
                    "$Error[0].Exception.GetBaseException() | Format-List * -Force"},
                {
                    //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                    QT_TRANSLATE_NOOP("Catalog", "For HTTP 401, see which authentication schemes the server offers"),
                    "curl.exe -I --negotiate -u : https://web01.contoso.com/"},
            },
            {
                {Family::HResult, "COR_E_SYSTEM", 0x80131501u,
                 //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                 QT_TRANSLATE_NOOP("Catalog", "The AuthenticationException usually found inside a TLS failure")},
                {Family::HResult, "E_FAIL", 0x80004005u,
                 //: COR_E_INVALIDOPERATION (hresult 0x80131509)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32Exception further inside")},
            },
            {},
            {},
            true,
        },
        {
            Family::HResult, 0x80131904u, "COR_E_SqlException", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel,
            nullptr,
            //: COR_E_SqlException (hresult 0x80131904)
            QT_TRANSLATE_NOOP("Catalog", "The HResult of every SqlException: look at Errors[].Number, the message "
                                         "and the inner exception."),
            //: COR_E_SqlException (hresult 0x80131904)
            QT_TRANSLATE_NOOP("Catalog", "SqlClient (System.Data.SqlClient and Microsoft.Data.SqlClient) gives every "
                                         "SqlException this HResult, whatever went wrong, so 0x80131904 in a log "
                                         "only says that a SQL Server call failed. The cause is in "
                                         "SqlException.Errors[i].Number (18456 is a failed login, with its State in "
                                         "the server's error log), in the message, which carries the SNI text such "
                                         "as 'The target principal name is incorrect. Cannot generate SSPI context.' "
                                         "or 'The certificate chain was issued by an authority that is not "
                                         "trusted.', and in InnerException, often a Win32Exception whose "
                                         "NativeErrorCode is the SSPI code."),
            {
                //: COR_E_SqlException (hresult 0x80131904)
                QT_TRANSLATE_NOOP("Catalog", "Login failed (error 18456): wrong SQL login or password, or a Windows "
                                             "login the server does not map; the State in the SQL Server error log "
                                             "tells which"),
                //: COR_E_SqlException (hresult 0x80131904)
                QT_TRANSLATE_NOOP("Catalog", "Kerberos to the SQL Server service failed because of a missing or "
                                             "duplicate MSSQLSvc SPN ('Cannot generate SSPI context')"),
                //: COR_E_SqlException (hresult 0x80131904)
                QT_TRANSLATE_NOOP("Catalog", "TLS to the server failed: an untrusted or mismatched server "
                                             "certificate, often exposed when newer drivers encrypt by default"),
                //: COR_E_SqlException (hresult 0x80131904)
                QT_TRANSLATE_NOOP("Catalog", "Network errors (for example 53, 40 or -2 for a timeout) that have "
                                             "nothing to do with authentication"),
            },
            {
                {
                    //: COR_E_SqlException (hresult 0x80131904)
                    QT_TRANSLATE_NOOP("Catalog", "Print the SQL error numbers, states and messages"),
                    "$e = $Error[0].Exception; while ($e -and -not $e.Errors) { $e = $e.InnerException }; $e.Errors | Format-Table Number,State,Class,Message -AutoSize"},
                {
                    //: COR_E_SqlException (hresult 0x80131904)
                    QT_TRANSLATE_NOOP("Catalog", "Print the inner exception chain; a Win32Exception there carries "
                                                 "the SSPI code in NativeErrorCode"),
                    "$Error[0].Exception.GetBaseException() | Format-List * -Force"},
                {
                    //: COR_E_SqlException (hresult 0x80131904)
                    QT_TRANSLATE_NOOP("Catalog", "On the server, read failed logins with their state in the "
                                                 "Application log"),
                    "Get-WinEvent -FilterHashtable @{LogName='Application'; ProviderName='MSSQLSERVER'; Id=18456} -MaxEvents 20"},
                {
                    //: COR_E_SqlException (hresult 0x80131904)
                    QT_TRANSLATE_NOOP("Catalog", "For 'Cannot generate SSPI context', check the SQL Server SPNs"),
                    "setspn -Q MSSQLSvc/sql01.contoso.com*"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: COR_E_SqlException (hresult 0x80131904)
                 QT_TRANSLATE_NOOP("Catalog", "Behind 'Cannot generate SSPI context' when the SPN is wrong")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: COR_E_SqlException (hresult 0x80131904)
                 QT_TRANSLATE_NOOP("Catalog", "Behind the message that the certificate chain is not trusted")},
                {Family::HResult, "E_FAIL", 0x80004005u,
                 //: COR_E_SqlException (hresult 0x80131904)
                 QT_TRANSLATE_NOOP("Catalog", "The HResult of the Win32Exception inside")},
            },
            {},
            {},
            true,
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
