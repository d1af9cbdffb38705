// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The SSPI catalog, part 2 of 3: credentials and logon, Kerberos and the KDC.
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
std::vector<StatusCode> sspiLogonCodes()
{
    return {
        {
            Family::Sspi, 0x80090303u, "SEC_E_TARGET_UNKNOWN", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate | CredSsp,
            "The specified target is unknown or unreachable",
            //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
            QT_TRANSLATE_NOOP("Catalog", "The target service could not be identified: no account holds its "
                                         "SPN, or the name cannot be used by Kerberos."),
            //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
            QT_TRANSLATE_NOOP("Catalog", "The client asked Kerberos for a ticket to a service name that "
                                         "could not be resolved: the domain controller found no account with "
                                         "the requested SPN, or the target was given in a form Kerberos "
                                         "cannot use, such as a bare IP address. With Negotiate the client "
                                         "often falls back to NTLM silently; the error surfaces when NTLM is "
                                         "not allowed or Kerberos was requested explicitly. It is reported "
                                         "on the client, and the DC logs the failed ticket request."),
            {
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "No account holds the SPN the client builds, e.g. "
                                             "HTTP/web01.contoso.com for a site running under a domain "
                                             "service account that never got the SPN"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on two accounts in the domain: the KDC "
                                             "logs event 11 and refuses the request "
                                             "(KDC_ERR_S_PRINCIPAL_UNKNOWN in Microsoft's published trace), "
                                             "so Negotiate falls back to NTLM or fails"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "The SPN has the wrong form: MSSQLSvc/sql01.contoso.com:1433 "
                                             "versus MSSQLSvc/sql01.contoso.com:INSTANCE, or an HTTP SPN "
                                             "with a port that browsers leave out by default"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address (Kerberos is not tried unless the "
                                             "client allows IP SPNs with TryIPSPN and an IP SPN is "
                                             "registered) or by a DNS alias (CNAME) whose name has no SPN"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "The target is in another forest without a forest trust, or its "
                                             "DNS suffix is not routed over the trust (name suffix routing)"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "The server's computer account was deleted, renamed or "
                                             "rejoined, or a new SPN has not replicated to the DC the client "
                                             "asked"),
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                QT_TRANSLATE_NOOP("Catalog", "NTLM fallback is blocked (NTLM restrictions, Protected Users, "
                                             "a Kerberos-only client), so the missing SPN becomes a hard "
                                             "failure"),
            },
            {
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "Search the whole forest for the SPN the client requests"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "Look for duplicate SPNs; on the DC, KDC event 11 names a "
                                              "duplicate the KDC met"),
                 "setspn -F -X"},
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "Ask the KDC for the ticket directly and read the error"),
                 "klist get HTTP/web01.contoso.com"},
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "Check how the name resolves; an alias needs its own SPN, or "
                                              "clients must use the real host name"),
                 "nslookup web01.contoso.com"},
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look for failed service ticket requests (event "
                                              "4769, failure code 0x7; needs auditing of Kerberos service "
                                              "ticket operations)"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4769)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                {QT_TRANSLATE_NOOP("Catalog", "Register the missing SPN on the one account that runs the "
                                              "service"),
                 "setspn -S HTTP/web01.contoso.com CONTOSO\\svc-web"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                 QT_TRANSLATE_NOOP("Catalog", "The SPN exists but on another account than the one running "
                                              "the service")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC itself could not be reached")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                 QT_TRANSLATE_NOOP("Catalog", "Cross-forest lookups that cannot be referred to the right "
                                              "realm")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: SEC_E_TARGET_UNKNOWN (sspi 0x80090303)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC's answer behind this code: no unique account holds "
                                              "the SPN (event 4769, failure code 0x7)")},
            },
        },
        {
            Family::Sspi, 0x80090306u, "SEC_E_NOT_OWNER", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The caller is not the owner of the desired credentials",
            //: SEC_E_NOT_OWNER (sspi 0x80090306)
            QT_TRANSLATE_NOOP("Catalog", "The caller lacks the right or privilege to use these credentials, "
                                         "typically another logon session's."),
            //: SEC_E_NOT_OWNER (sspi 0x80090306)
            QT_TRANSLATE_NOOP("Catalog", "The calling process asked for credentials it does not own, such as "
                                         "those of another logon session, or for an operation that needs a "
                                         "privilege like SeTcbPrivilege ('Act as part of the operating "
                                         "system') that its account does not hold. It is reported locally on "
                                         "the machine making the call. It is rare in day-to-day "
                                         "administration and mostly appears with services that act on behalf "
                                         "of other users."),
            {
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                QT_TRANSLATE_NOOP("Catalog", "A service passes another logon session's ID to "
                                             "AcquireCredentialsHandle without holding SeTcbPrivilege"),
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                QT_TRANSLATE_NOOP("Catalog", "The service account lacks a privilege the operation needs "
                                             "(missing privileges are reported with this code), for example "
                                             "after a GPO trimmed user rights"),
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                QT_TRANSLATE_NOOP("Catalog", "The caller impersonates a user at identification level and "
                                             "then asks for that user's credentials"),
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                QT_TRANSLATE_NOOP("Catalog", "A service moved from LocalSystem to a less privileged account "
                                             "(virtual account, gMSA, NETWORK SERVICE) without its rights "
                                             "being re-checked"),
            },
            {
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                {QT_TRANSLATE_NOOP("Catalog", "Check the privileges of the account the service runs as (run "
                                              "this in the same context)"),
                 "whoami /priv"},
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                {QT_TRANSLATE_NOOP("Catalog", "Show which account the service uses"),
                 "sc qc MyService"},
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                {QT_TRANSLATE_NOOP("Catalog", "Export the user rights assignments and look for "
                                              "SeTcbPrivilege and SeImpersonatePrivilege"),
                 "secedit /export /cfg C:\\temp\\rights.inf /areas USER_RIGHTS"},
                //: SEC_E_NOT_OWNER (sspi 0x80090306)
                {QT_TRANSLATE_NOOP("Catalog", "List the logon sessions to see whose credentials the service "
                                              "is trying to use"),
                 "klist sessions"},
            },
            {
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_NOT_OWNER (sspi 0x80090306)
                 QT_TRANSLATE_NOOP("Catalog", "The caller's own session has no usable credentials")},
                {Family::Sspi, "SEC_E_NO_IMPERSONATION", 0,
                 //: SEC_E_NOT_OWNER (sspi 0x80090306)
                 QT_TRANSLATE_NOOP("Catalog", "Another limit on acting for a different user")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_NOT_OWNER (sspi 0x80090306)
                 QT_TRANSLATE_NOOP("Catalog", "The credentials cannot be used at all")},
            },
        },
        {
            Family::Sspi, 0x80090309u, "SEC_E_CANNOT_PACK", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The security package is not able to marshall the logon buffer, so the logon attempt has failed",
            //: SEC_E_CANNOT_PACK (sspi 0x80090309)
            QT_TRANSLATE_NOOP("Catalog", "The package could not serialise the logon data it must hand to "
                                         "LSA, so the logon attempt was abandoned."),
            //: SEC_E_CANNOT_PACK (sspi 0x80090309)
            QT_TRANSLATE_NOOP("Catalog", "Before a logon or credential request goes to LSA, the package "
                                         "packs the user name, domain, password and related data into one "
                                         "buffer; this code means that step failed. It is an internal and "
                                         "rarely seen error. In practice it points at malformed credential "
                                         "data supplied by an application or a third-party credential "
                                         "provider, not at the account or the network."),
            {
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                QT_TRANSLATE_NOOP("Catalog", "An application or script passes a credential structure with "
                                             "wrong lengths or flags, for example ANSI and Unicode settings "
                                             "that do not match the strings"),
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                QT_TRANSLATE_NOOP("Catalog", "Credential data the package cannot use, such as an empty user "
                                             "name with a password or an unsupported credential type"),
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                QT_TRANSLATE_NOOP("Catalog", "A third-party credential provider or single sign-on agent "
                                             "builds the logon data incorrectly after a Windows upgrade"),
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                QT_TRANSLATE_NOOP("Catalog", "A 32-bit component hands credentials across to a 64-bit "
                                             "process with an incompatible structure layout"),
            },
            {
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce with a built-in tool to separate the application "
                                              "from the account"),
                 "runas /user:CONTOSO\\jdoe cmd"},
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                {QT_TRANSLATE_NOOP("Catalog", "List the third-party credential providers installed on the "
                                              "machine"),
                 "reg query \"HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Authentication\\Credential Providers\""},
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                {QT_TRANSLATE_NOOP("Catalog", "Read the failed logon events (4625) on the server or DC and "
                                              "note Status and Sub Status"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                {QT_TRANSLATE_NOOP("Catalog", "Update the application or credential provider, or test with "
                                              "it disabled"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                 QT_TRANSLATE_NOOP("Catalog", "Names or passwords that are too long or ill-formed are "
                                              "usually reported this way")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                 QT_TRANSLATE_NOOP("Catalog", "The credentials were packed but not recognised")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_CANNOT_PACK (sspi 0x80090309)
                 QT_TRANSLATE_NOOP("Catalog", "Other internal failures in LSA or a package")},
            },
        },
        {
            Family::Sspi, 0x8009030Cu, "SEC_E_LOGON_DENIED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate | Schannel | CredSsp | Digest,
            "The logon attempt failed",
            //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
            QT_TRANSLATE_NOOP("Catalog", "The logon was rejected: wrong password or an account restriction "
                                         "(locked, disabled, expired, logon type or time)."),
            //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
            QT_TRANSLATE_NOOP("Catalog", "The authority that checks the credentials (a DC, or the local SAM "
                                         "for local accounts) refused them. The same code covers a wrong "
                                         "password, an unknown user, a locked, disabled or expired account, "
                                         "an expired password or one that must be changed, and a logon type "
                                         "or time the account is not allowed. The server reports it to the "
                                         "client; the exact reason is in the security log of the server or "
                                         "DC that checked the credentials. With Schannel it is also what a "
                                         "peer's TLS alert 49 (access_denied) turns into."),
            {
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "Wrong or stale password, often a saved credential (Credential "
                                             "Manager, mapped drive, service, scheduled task, application "
                                             "pool) still using the old password after a change"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "Account locked out, disabled or expired, or the password has "
                                             "expired or must be changed at next logon"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "The user lacks 'Access this computer from the network' on the "
                                             "server, or is listed in 'Deny access to this computer from the "
                                             "network'"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "NTLM level mismatch: the client sends LM or NTLMv1 while the "
                                             "server or DC accepts only NTLMv2 (LmCompatibilityLevel 5)"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "Account restrictions: logon hours, the 'Log On To' workstation "
                                             "list, or an authentication policy that forbids this kind of "
                                             "logon"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "NTLM is refused for this account or server: a 'Restrict NTLM' "
                                             "policy or membership in Protected Users (4625 Sub Status "
                                             "0xC0000418 where the NTLM block is logged)"),
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                QT_TRANSLATE_NOOP("Catalog", "TLS: the peer answered with alert 49 (access_denied), for "
                                             "example a client certificate that maps to no account allowed in"),
            },
            {
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                {QT_TRANSLATE_NOOP("Catalog", "Read event 4625 on the server or DC; Sub Status 0xC000006A "
                                              "wrong password, 0xC0000064 no such user, 0xC0000234 locked "
                                              "out, 0xC0000072 disabled, 0xC0000071 password expired, "
                                              "0xC0000224 must change password, 0xC0000193 account expired, "
                                              "0xC000006F outside logon hours, 0xC0000070 workstation not "
                                              "allowed, 0xC000015B logon type not granted, 0xC0000418 NTLM "
                                              "blocked"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                {QT_TRANSLATE_NOOP("Catalog", "For Kerberos, look for pre-authentication failures on the DC "
                                              "(event 4771, failure code 0x18 = wrong password)"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4771)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's state in Active Directory"),
                 "Get-ADUser jdoe -Properties Enabled,LockedOut,PasswordExpired,AccountExpirationDate,BadLogonCount,LastBadPasswordAttempt"},
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                {QT_TRANSLATE_NOOP("Catalog", "List saved credentials on the client and remove stale ones"),
                 "cmdkey /list"},
                //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the NTLM compatibility level on client, server and DCs"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel"},
            },
            {
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "LDAP binds report the same reasons as 80090308 with a data "
                                              "code")},
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "The credentials could not even be interpreted")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "No DC could be reached, so nothing was checked")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "A clock skew can end in a generic logon failure when no "
                                              "ticket could be used")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "The account may only log on with a smart card")},
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS of the same failure in event 4625 (Status)")},
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "The 4625 Sub Status of the most common reason, a wrong "
                                              "password")},
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "What Win32 APIs and applications report for the same failure "
                                              "(0x8007052E)")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "The DC's view of a wrong password with Kerberos (event 4771, "
                                              "failure code 0x18)")},
                {Family::TlsAlert, "TLS1_ALERT_ACCESS_DENIED", 49u,
                 //: SEC_E_LOGON_DENIED (sspi 0x8009030C)
                 QT_TRANSLATE_NOOP("Catalog", "Alert 49 (access_denied) received from a TLS peer maps to "
                                              "this code")},
            },
        },
        {
            Family::Sspi, 0x8009030Du, "SEC_E_UNKNOWN_CREDENTIALS", {}, Severity::Error,
            Category::CredentialsLogon, Schannel | CredSsp | Kerberos | Ntlm | Negotiate,
            "The credentials supplied to the package were not recognized",
            //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
            QT_TRANSLATE_NOOP("Catalog", "The credentials given to the package cannot be used; most often a "
                                         "TLS certificate without a usable private key."),
            //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
            QT_TRANSLATE_NOOP("Catalog", "The package could not make use of the credentials it was handed. "
                                         "With Schannel this nearly always means the certificate chosen for "
                                         "TLS has no private key the process can use; with Kerberos or NTLM "
                                         "it means explicit credentials in an unusable form or a logon "
                                         "session that no longer exists. It is reported locally when the "
                                         "credentials are acquired or first used, typically by a server "
                                         "service starting its TLS listener."),
            {
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                QT_TRANSLATE_NOOP("Catalog", "The service account (IIS application pool, NETWORK SERVICE, "
                                             "SQL Server, WinRM or another service) has no Read permission "
                                             "on the certificate's private key"),
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                QT_TRANSLATE_NOOP("Catalog", "The certificate was imported without its private key (.cer "
                                             "instead of .pfx), or the key was lost when moving servers"),
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                QT_TRANSLATE_NOOP("Catalog", "The key is in a storage provider the application cannot use, "
                                             "for example a CNG or TPM key for software that supports only "
                                             "legacy CryptoAPI keys"),
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                QT_TRANSLATE_NOOP("Catalog", "The certificate is in another account's Current User store "
                                             "instead of Local Computer > Personal"),
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                QT_TRANSLATE_NOOP("Catalog", "Explicit credentials with an empty or malformed user or "
                                             "domain, or a logon session that has ended"),
            },
            {
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the certificate has a private key and that the key "
                                              "works"),
                 "certutil -verifystore My web01.contoso.com"},
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                {QT_TRANSLATE_NOOP("Catalog", "Grant the service account Read access to the private key (All "
                                              "Tasks > Manage Private Keys)"),
                 "certlm.msc"},
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the certificate hash bound in HTTP.sys with the "
                                              "certificate in the store"),
                 "netsh http show sslcert"},
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                {QT_TRANSLATE_NOOP("Catalog", "Re-associate a private key that exists but is no longer "
                                              "linked to the certificate"),
                 "certutil -repairstore My web01.contoso.com"},
                //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                {QT_TRANSLATE_NOOP("Catalog", "Read Schannel event 36870 on the server, which reports "
                                              "private key access failures"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel'] and (EventID=36870 or EventID=36871)]]\" /c:20 /rd:true /f:text", Guide::SchannelEventLogging},
            },
            {
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                 QT_TRANSLATE_NOOP("Catalog", "No credentials were found at all")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                 QT_TRANSLATE_NOOP("Catalog", "A less specific code often logged for the same key problems")},
                {Family::Sspi, "SEC_E_CERT_UNKNOWN", 0,
                 //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                 QT_TRANSLATE_NOOP("Catalog", "The peer could not process the certificate")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_UNKNOWN_CREDENTIALS (sspi 0x8009030D)
                 QT_TRANSLATE_NOOP("Catalog", "The credentials were understood but rejected")},
            },
        },
        {
            Family::Sspi, 0x8009030Eu, "SEC_E_NO_CREDENTIALS", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "No credentials are available in the security package",
            //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
            QT_TRANSLATE_NOOP("Catalog", "No usable credentials exist for this request: no TGT, no default "
                                         "logon credentials, or no certificate."),
            //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
            QT_TRANSLATE_NOOP("Catalog", "The package found nothing to authenticate with in the caller's "
                                         "logon session: no Kerberos ticket-granting ticket, no default "
                                         "credentials that may be used on the network, or, with Schannel, no "
                                         "certificate. It is reported by the side that tried to build a "
                                         "token, usually a client or a middle-tier server acting for a user. "
                                         "In IIS logs the value 2148074254 (0x8009030E) on an intermediate "
                                         "401 is normal and matters only if the logon never completes."),
            {
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                QT_TRANSLATE_NOOP("Catalog", "Double hop: a web or application server tries to reach a "
                                             "second server as the user, but the user logged on with NTLM or "
                                             "the server is not trusted for delegation"),
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                QT_TRANSLATE_NOOP("Catalog", "The process runs as LOCAL SERVICE or a local account without a "
                                             "network identity, or in a session without network credentials"),
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                QT_TRANSLATE_NOOP("Catalog", "Kerberos-only request while the session has no TGT: a cached "
                                             "logon with no DC reachable, or a local account on a domain "
                                             "member"),
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                QT_TRANSLATE_NOOP("Catalog", "Schannel: no certificate configured for the server listener, "
                                             "or the client has none when one is required"),
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                QT_TRANSLATE_NOOP("Catalog", "CredSSP/RDP: policy does not allow delegating default or saved "
                                             "credentials to this server"),
            },
            {
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                {QT_TRANSLATE_NOOP("Catalog", "Check the Kerberos tickets of the calling session"),
                 "klist"},
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                {QT_TRANSLATE_NOOP("Catalog", "For double-hop scenarios, check the middle server's "
                                              "delegation settings"),
                 "Get-ADComputer web01 -Properties TrustedForDelegation,msDS-AllowedToDelegateTo"},
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                {QT_TRANSLATE_NOOP("Catalog", "Check which account the failing service runs as"),
                 "sc qc MyService"},
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS listeners, confirm that a certificate is bound to the "
                                              "port"),
                 "netsh http show sslcert"},
                //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                {QT_TRANSLATE_NOOP("Catalog", "For RDP or CredSSP, review the Credentials Delegation "
                                              "policies applied to the client"),
                 "gpresult /h C:\\temp\\gp.html"},
            },
            {
                {Family::Sspi, "SEC_E_UNKNOWN_CREDENTIALS", 0,
                 //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                 QT_TRANSLATE_NOOP("Catalog", "Credentials were found but cannot be used")},
                {Family::Sspi, "SEC_I_INCOMPLETE_CREDENTIALS", 0,
                 //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                 QT_TRANSLATE_NOOP("Catalog", "Schannel client asked for a certificate it does not have yet")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                 QT_TRANSLATE_NOOP("Catalog", "No DC was reachable to issue a ticket")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 //: SEC_E_NO_CREDENTIALS (sspi 0x8009030E)
                 QT_TRANSLATE_NOOP("Catalog", "CredSSP policy forbids delegating the credentials")},
            },
        },
        {
            Family::Sspi, 0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Ntlm | Negotiate | CredSsp,
            "No authority could be contacted for authentication.",
            //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
            QT_TRANSLATE_NOOP("Catalog", "No domain controller or KDC could be reached to check the "
                                         "credentials."),
            //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
            QT_TRANSLATE_NOOP("Catalog", "The package needed a domain controller, as KDC for Kerberos or for "
                                         "NTLM pass-through, and could not find or reach one, or the trust "
                                         "path to the user's domain failed. It is reported on the client for "
                                         "Kerberos and on the server for NTLM pass-through; WinRM, SQL "
                                         "Server ('SSPI handshake failed with error code 0x80090311') and "
                                         "RDP show it often. The credentials themselves were never checked."),
            {
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                QT_TRANSLATE_NOOP("Catalog", "Client DNS points to a non-AD resolver (router, public DNS), "
                                             "so the DC locator cannot find the _kerberos and _ldap SRV "
                                             "records"),
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                QT_TRANSLATE_NOOP("Catalog", "A firewall, VPN or site design blocks Kerberos (TCP/UDP 88), "
                                             "LDAP (389) or RPC to every DC"),
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                QT_TRANSLATE_NOOP("Catalog", "The client is not domain-joined or uses a local account, or "
                                             "the user's domain has no trust to the target's forest, while "
                                             "Kerberos is required"),
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                QT_TRANSLATE_NOOP("Catalog", "The server's secure channel is broken or the trust to the "
                                             "user's domain failed, so NTLM pass-through cannot reach a DC"),
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                QT_TRANSLATE_NOOP("Catalog", "Netlogon is stopped on the server, or every DC of the user's "
                                             "domain is down"),
            },
            {
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller for the "
                                              "domain"),
                 "nltest /dsgetdc:contoso.com"},
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Show the domain controller Kerberos has cached for each "
                                              "realm, and drop a stale binding so the next request locates a "
                                              "DC again"),
                 "klist query_bind"},
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Kerberos SRV records resolve"),
                 "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos port on a DC"),
                 "Test-NetConnection dc01.contoso.com -Port 88"},
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the server's secure channel to its domain"),
                 "nltest /sc_verify:contoso.com"},
                //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                {QT_TRANSLATE_NOOP("Catalog", "Check which DNS servers the machine uses"),
                 "ipconfig /all"},
            },
            {
                {Family::Sspi, "SEC_I_LOCAL_LOGON", 0,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "Interactive logons fall back to cached credentials in the "
                                              "same situation")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC answered but did not know the target")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "No ticket could be obtained, so no credentials are available")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC could not refer the request to the user's or target's "
                                              "realm")},
                {Family::NtStatus, "STATUS_NO_LOGON_SERVERS", 0xC000005Eu,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS of a logon that found no domain controller")},
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 //: SEC_E_NO_AUTHENTICATING_AUTHORITY (sspi 0x80090311)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form applications report (0x8007051F)")},
            },
        },
        {
            Family::Sspi, 0x80090322u, "SEC_E_WRONG_PRINCIPAL", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate | Schannel | CredSsp,
            "The target principal name is incorrect.",
            //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
            QT_TRANSLATE_NOOP("Catalog", "The server that answered is not the identity the client asked for: "
                                         "the Kerberos ticket or the TLS certificate name does not fit."),
            //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
            QT_TRANSLATE_NOOP("Catalog", "With Kerberos, the service could not decrypt the ticket the client "
                                         "presented because it was encrypted for a different account; the "
                                         "server answers KRB_AP_ERR_MODIFIED, the client logs Kerberos event "
                                         "4, and tools such as SQL Server clients, repadmin or Remote "
                                         "Desktop show this code. With Schannel (TLS), the client reports it "
                                         "when the name in the server's certificate does not match the name "
                                         "it connected to. Either way, the name the client used leads to a "
                                         "different identity than the one that answered."),
            {
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "The SPN (for example HTTP/web01.contoso.com or "
                                             "MSSQLSvc/sql01.contoso.com:1433) is registered on a different "
                                             "account than the one the service runs as, e.g. after moving "
                                             "the service from LocalSystem to a domain service account"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "IIS with kernel-mode Windows authentication while the SPN is "
                                             "on the application pool account: HTTP.sys decrypts the ticket "
                                             "with the computer account's key unless useAppPoolCredentials "
                                             "is true, a frequent cause of KRB_AP_ERR_MODIFIED for web sites"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on a second account in another domain or "
                                             "forest, so the ticket comes from that realm for the wrong "
                                             "account; inside one domain a duplicate makes the KDC refuse "
                                             "the ticket (KDC event 11) instead, and clients fall back to "
                                             "NTLM"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "The client builds the SPN from the canonical name behind a DNS "
                                             "alias (browsers use the A record's host name by default), and "
                                             "that name's SPN belongs to another account than the one "
                                             "running the service"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "DNS, a hosts-file entry or a load-balanced name points to "
                                             "another machine than the one owning the SPN (stale A record, "
                                             "cloned server, virtual IP without a shared service account)"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "The computer account password is out of sync with Active "
                                             "Directory (VM snapshot rolled back, server restored from "
                                             "backup), so the machine cannot decrypt tickets for its own "
                                             "SPNs; between DCs repadmin shows -2146893022"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "TLS: the server certificate's Subject or SAN does not contain "
                                             "the name the client used (connection by IP address, short name "
                                             "or alias)"),
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                QT_TRANSLATE_NOOP("Catalog", "The client still holds a ticket obtained before the SPN was "
                                             "moved and keeps presenting it until it is purged or expires"),
            },
            {
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account owns the SPN the client requests, in the "
                                              "whole forest, and compare it with the logon account of the "
                                              "service"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "List SPNs registered on more than one account in the forest"),
                 "setspn -F -X"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the name resolves to the server that really runs "
                                              "the service (check the client's hosts file too)"),
                 "nslookup web01.contoso.com"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets, reconnect, and check with klist "
                                              "which service ticket it obtains"),
                 "klist purge"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "For IIS, check whether kernel-mode authentication is on and "
                                              "useAppPoolCredentials is set when the SPN is on the "
                                              "application pool account"),
                 "%windir%\\system32\\inetsrv\\appcmd.exe list config \"Default Web Site\" -section:system.webServer/security/authentication/windowsAuthentication"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "On a member server, test the computer account's secure "
                                              "channel; repair it with -Repair if the test fails"),
                 "Test-ComputerSecureChannel -Verbose"},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "Between domain controllers (repadmin shows -2146893022): "
                                              "disable the KDC service on the destination DC and restart it, "
                                              "replicate from the source DC, then set the KDC back to "
                                              "automatic and start it; if that fails, reset the DC's machine "
                                              "password with netdom resetpwd against the PDC emulator"),
                 "repadmin /replicate dc02.contoso.com dc01.contoso.com \"DC=contoso,DC=com\""},
                //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                {QT_TRANSLATE_NOOP("Catalog", "For TLS, check the certificate's Subject and Subject "
                                              "Alternative Name against the name clients use"),
                 "certutil -dump server.cer"},
            },
            {
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "Returned when the SPN does not exist at all rather than "
                                              "pointing to the wrong account")},
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "Also means the server's identity could not be confirmed")},
                {Family::Sspi, "SEC_E_UNTRUSTED_ROOT", 0,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "The other common TLS certificate failure, often fixed "
                                              "together with a name mismatch")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "Can follow when Kerberos fails and the NTLM fallback is "
                                              "refused")},
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error the server returns when it cannot decrypt "
                                              "the ticket (client Kerberos event 4)")},
                {Family::HResult, "CERT_E_CN_NO_MATCH", 0x800B010Fu,
                 //: SEC_E_WRONG_PRINCIPAL (sspi 0x80090322)
                 QT_TRANSLATE_NOOP("Catalog", "What certificate validation reports for the same TLS name "
                                              "mismatch")},
            },
        },
        {
            Family::Sspi, 0x80090324u, "SEC_E_TIME_SKEW", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The clocks on the client and server machines are skewed.",
            //: SEC_E_TIME_SKEW (sspi 0x80090324)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos rejected the request because the clocks of the client and "
                                         "the DC or server differ by more than the allowed tolerance."),
            //: SEC_E_TIME_SKEW (sspi 0x80090324)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos tickets and authenticators carry timestamps, and a KDC or "
                                         "service rejects them when its clock differs from the sender's by "
                                         "more than the allowed skew (5 minutes by default), which protects "
                                         "against replayed messages. The client reports this code when the "
                                         "domain controller or the target server answers with "
                                         "KRB_AP_ERR_SKEW. Windows servers first try to recover from the "
                                         "skew automatically (MS-KILE 3.4.5); when that fails the exchange "
                                         "ends with KRB_AP_ERR_SKEW (error 0x25, Kerberos event 3 or 4 on "
                                         "the client). Negotiate falls back to NTLM only when no ticket "
                                         "could be obtained at all, so the usual symptom is a hard failure, "
                                         "mostly with non-Windows peers or a client skewed against the KDC."),
            {
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "The client's clock differs from the DC's by more than 5 "
                                             "minutes (the default 'Maximum tolerance for computer clock "
                                             "synchronization')"),
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "The Windows Time service on the client or server is stopped, "
                                             "disabled or pointed at an unreachable manual NTP source, so it "
                                             "never syncs from the domain hierarchy"),
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "The PDC emulator of the forest root domain syncs from its own "
                                             "hardware clock or an unreliable external source, so the whole "
                                             "domain drifts"),
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "A virtual machine takes its time from a hypervisor host whose "
                                             "clock is wrong, overriding the domain time"),
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "The clock shows the right local time but the time zone is "
                                             "wrong, so the UTC time that Kerberos compares is off by hours"),
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                QT_TRANSLATE_NOOP("Catalog", "The machine resumed from sleep, a saved state or a snapshot "
                                             "with a stale clock and has not resynchronised yet"),
            },
            {
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Measure the offset between this machine and a domain "
                                              "controller"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source and the last successful sync; 'Local "
                                              "CMOS Clock' or 'Free-running System Clock' means it is not "
                                              "syncing"),
                 "w32tm /query /status"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Force a resynchronisation with the domain hierarchy"),
                 "w32tm /resync /rediscover"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Find the PDC emulator, then check its own time source"),
                 "nltest /dsgetdc:contoso.com /pdc"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the offsets of all domain controllers in the domain"),
                 "w32tm /monitor /domain:contoso.com"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "Review the Time-Service events for synchronisation failures "
                                              "(on the client, the server and the PDC emulator)"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Time-Service']]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_TIME_SKEW (sspi 0x80090324)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, read the Kerberos events for KRB_AP_ERR_SKEW "
                                              "(error 0x25) and the times they report"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos'] and (EventID=3 or EventID=4)]]\" /c:20 /rd:true /f:text", Guide::KerberosLogging},
            },
            {
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: SEC_E_TIME_SKEW (sspi 0x80090324)
                 QT_TRANSLATE_NOOP("Catalog", "A jumping clock also makes existing contexts expire early")},
                {Family::Sspi, "SEC_E_CERT_EXPIRED", 0,
                 //: SEC_E_TIME_SKEW (sspi 0x80090324)
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock also makes valid certificates look expired or "
                                              "not yet valid")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_TIME_SKEW (sspi 0x80090324)
                 QT_TRANSLATE_NOOP("Catalog", "Applications often show a generic logon failure instead")},
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: SEC_E_TIME_SKEW (sspi 0x80090324)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error behind this code (4771 or 4769 failure "
                                              "code 0x25, client event 3)")},
                {Family::NtStatus, "STATUS_TIME_DIFFERENCE_AT_DC", 0xC0000133u,
                 //: SEC_E_TIME_SKEW (sspi 0x80090324)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS a logon reports for the same skew against the DC")},
            },
        },
        {
            Family::Sspi, 0x80090334u, "SEC_E_NO_TGT_REPLY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The client is trying to negotiate a context and the server requires user-to-user but didn't "
            "send a TGT reply.",
            //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
            QT_TRANSLATE_NOOP("Catalog", "The server demanded Kerberos user-to-user authentication but did "
                                         "not send its TGT, so the client cannot continue."),
            //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
            QT_TRANSLATE_NOOP("Catalog", "In user-to-user (U2U) Kerberos the service has no long-term key "
                                         "for its ticket, for example when its SPN is on a user account "
                                         "whose session has only a TGT. The client then asks the server for "
                                         "its TGT (a KERB-TGT-REQUEST, described in the Windows user-to-user "
                                         "draft) and expects a KERB-TGT-REPLY before it asks the KDC for a "
                                         "ticket tied to that TGT; this code means the reply never came or "
                                         "held no TGT. On Windows the exchange often starts when the KDC "
                                         "answers that user-to-user is required "
                                         "(KDC_ERR_MUST_USE_USER2USER). It is rare and almost always "
                                         "involves a service running as a user account or a non-Windows peer."),
            {
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                QT_TRANSLATE_NOOP("Catalog", "The service runs in a user logon session that has no "
                                             "password-derived keys (the account signed in with a smart card "
                                             "or Windows Hello) and that session also has no usable TGT to "
                                             "hand back"),
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on a user account instead of the service "
                                             "or computer account that actually runs the service, so the "
                                             "target needs U2U"),
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows acceptor (Java GSS, Heimdal, a custom Kerberos "
                                             "stack) does not answer the client's TGT request, or answers "
                                             "without a TGT"),
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                QT_TRANSLATE_NOOP("Catalog", "The server's TGT has expired and could not be renewed (for "
                                             "example the DC was unreachable from the server)"),
            },
            {
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account owns the SPN the client is using "
                                              "(forest-wide); it should be the account the service runs as"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, list the logon sessions and check that the "
                                              "service's session holds a current TGT"),
                 "klist sessions"},
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                {QT_TRANSLATE_NOOP("Catalog", "For a service running as the computer account, inspect the "
                                              "machine's ticket cache (LUID 0x3e7)"),
                 "klist -li 0x3e7 tgt"},
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                {QT_TRANSLATE_NOOP("Catalog", "Run the service under an account with a password (or a gMSA) "
                                              "and register the SPN on that account instead of relying on "
                                              "user-to-user"),
                 "setspn -S HTTP/web01.contoso.com CONTOSO\\svc_web"},
                //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, drop cached tickets and retry so a fresh "
                                              "service ticket is requested"),
                 "klist purge"},
            },
            {
                {Family::NtStatus, "STATUS_NO_TGT_REPLY", 0xC00002EFu,
                 //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in LSA and Kerberos "
                                              "traces.")},
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0,
                 //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                 QT_TRANSLATE_NOOP("Catalog", "The acceptor-side error when the server has no key for the "
                                              "ticket it received.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                 QT_TRANSLATE_NOOP("Catalog", "Raised instead when the SPN sits on the wrong account and a "
                                              "ticket is issued anyway.")},
                {Family::Sspi, "SEC_E_NO_CREDENTIALS", 0,
                 //: SEC_E_NO_TGT_REPLY (sspi 0x80090334)
                 QT_TRANSLATE_NOOP("Catalog", "The server process has no Kerberos credentials at all.")},
            },
        },
        {
            Family::Sspi, 0x80090338u, "SEC_E_MAX_REFERRALS_EXCEEDED", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The number of maximum ticket referrals has been exceeded.",
            //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
            QT_TRANSLATE_NOOP("Catalog", "The Kerberos client followed too many cross-realm referrals "
                                         "without reaching the service's realm."),
            //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
            QT_TRANSLATE_NOOP("Catalog", "For a service in another domain or forest the client's KDC hands "
                                         "out referral tickets, and the client follows them realm by realm. "
                                         "To avoid endless loops the Windows Kerberos client caps the number "
                                         "of hops and fails with this code when the cap is reached. It is "
                                         "reported on the client and almost always means a referral loop or "
                                         "a broken trust path, not a long but valid one."),
            {
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                QT_TRANSLATE_NOOP("Catalog", "Two forests or realms both claim the same DNS suffix or SPN, "
                                             "so each KDC refers the client to the other (forest trust name "
                                             "suffix routing conflict)"),
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                QT_TRANSLATE_NOOP("Catalog", "A realm mapping (ksetup /addhosttorealmmap, or [domain_realm] "
                                             "/ capaths on an MIT KDC) points the host back into a realm "
                                             "that refers it again"),
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered in one forest while DNS places the host "
                                             "in another, so the KDCs keep redirecting"),
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                QT_TRANSLATE_NOOP("Catalog", "A very long chain of parent/child and external trusts without "
                                             "shortcut trusts"),
            },
            {
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "Reproduce from a clean cache and watch which krbtgt/ referral "
                                              "tickets pile up"),
                 "klist purge"},
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "Request the ticket directly and note the error and the realms "
                                              "involved"),
                 "klist get HTTP/web01.fabrikam.com"},
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "List all trusts with their direction and attributes"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "Check forest trust name suffixes for a suffix claimed by both "
                                              "forests"),
                 "Get-ADTrust -Filter * | Format-List Name,Direction,ForestTransitive,TrustAttributes"},
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "Show the client's realm and host-to-realm mappings (for MIT "
                                              "interop)"),
                 "ksetup"},
                //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                {QT_TRANSLATE_NOOP("Catalog", "Look for the same SPN registered in more than one place"),
                 "setspn -F -X"},
            },
            {
                {Family::NtStatus, "STATUS_MAX_REFERRALS_EXCEEDED", 0xC00002F4u,
                 //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in Kerberos client "
                                              "traces.")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC could not produce a referral at all.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                 QT_TRANSLATE_NOOP("Catalog", "The usual result when the SPN cannot be found in any realm.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_MAX_REFERRALS_EXCEEDED (sspi 0x80090338)
                 QT_TRANSLATE_NOOP("Catalog", "No KDC reachable for one of the realms along the path.")},
            },
        },
        {
            Family::Sspi, 0x80090339u, "SEC_E_MUST_BE_KDC", {}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            "The local machine must be a Kerberos KDC (domain controller) and it is not.",
            //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
            QT_TRANSLATE_NOOP("Catalog", "A KDC-only operation was requested on a machine that is not acting "
                                         "as a domain controller KDC."),
            //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
            QT_TRANSLATE_NOOP("Catalog", "Some Kerberos functions, such as starting the KDC service or "
                                         "validating a PAC signature with the krbtgt key, can only run on a "
                                         "domain controller whose Kerberos Key Distribution Center is "
                                         "loaded. Elsewhere the Kerberos package returns this code. It is "
                                         "uncommon and usually reflects a service configuration problem on a "
                                         "DC or a tool run on the wrong machine."),
            {
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                QT_TRANSLATE_NOOP("Catalog", "The Kerberos Key Distribution Center service (kdc) is stopped "
                                             "or disabled on a domain controller, so PAC validation requests "
                                             "forwarded to it by member servers fail"),
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                QT_TRANSLATE_NOOP("Catalog", "Someone enabled or tried to start the kdc service on a member "
                                             "server or workstation (for example a hardening script or a "
                                             "cloned former DC image)"),
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                QT_TRANSLATE_NOOP("Catalog", "A half-finished promotion or demotion left the server's "
                                             "product type and its services out of step"),
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                QT_TRANSLATE_NOOP("Catalog", "A management tool or script that calls a DC-only Kerberos "
                                             "function was run on a non-DC"),
            },
            {
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, check that the KDC service is running and set to "
                                              "Automatic"),
                 "Get-Service kdc | Format-List Name,Status,StartType"},
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                {QT_TRANSLATE_NOOP("Catalog", "Confirm the machine really is a DC (ProductType 2 = domain "
                                              "controller)"),
                 "Get-CimInstance Win32_OperatingSystem | Select-Object ProductType"},
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                {QT_TRANSLATE_NOOP("Catalog", "Look for service start failures of the KDC in the System log"),
                 "wevtutil qe System /q:\"*[System[(EventID=7023 or EventID=7024)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                {QT_TRANSLATE_NOOP("Catalog", "Check the services a DC needs with dcdiag"),
                 "dcdiag /test:services /s:dc01"},
                //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                {QT_TRANSLATE_NOOP("Catalog", "From a client, confirm which DC currently answers as KDC"),
                 "nltest /dsgetdc:contoso.com /kdc /force"},
            },
            {
                {Family::NtStatus, "STATUS_MUST_BE_KDC", 0xC00002F5u,
                 //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; the KDC service exits with it when started on "
                                              "a non-DC.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                 QT_TRANSLATE_NOOP("Catalog", "Clients report this when no working KDC answers.")},
                {Family::Sspi, "SEC_E_INTERNAL_ERROR", 0,
                 //: SEC_E_MUST_BE_KDC (sspi 0x80090339)
                 QT_TRANSLATE_NOOP("Catalog", "Generic LSA failure often logged at the same time on a "
                                              "damaged DC.")},
            },
        },
        {
            Family::Sspi, 0x8009033Bu, "SEC_E_TOO_MANY_PRINCIPALS", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC reply contained more than one principal name.",
            //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
            QT_TRANSLATE_NOOP("Catalog", "A principal name in a Kerberos message had a shape Windows does "
                                         "not accept (more than one name where one was expected)."),
            //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
            QT_TRANSLATE_NOOP("Catalog", "The Windows Kerberos client found a principal name whose format "
                                         "allows a single component (for example the Microsoft name type "
                                         "NT-MS-PRINCIPAL) but which carried several. This is a parsing "
                                         "failure on the client and is rare; in practice it points to a "
                                         "non-Windows KDC, client library or appliance that builds names "
                                         "differently. Duplicate SPNs or UPNs in Active Directory produce "
                                         "other errors (KDC event 11). The link to Microsoft's principal "
                                         "name type is our reading of the code's name and NTSTATUS twin; "
                                         "Microsoft documents no trigger for it."),
            {
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows KDC or Kerberos proxy returns a principal with a "
                                             "Microsoft name type but several name components"),
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                QT_TRANSLATE_NOOP("Catalog", "A third-party or custom Kerberos library builds the service or "
                                             "client name with the wrong name type"),
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                QT_TRANSLATE_NOOP("Catalog", "A realm mapping sends the client to a non-Windows KDC it was "
                                             "not meant to use"),
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                QT_TRANSLATE_NOOP("Catalog", "Corrupted Kerberos traffic rewritten by a middlebox that "
                                             "inspects port 88"),
            },
            {
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the ticket cache and reproduce so the failing exchange "
                                              "is captured cleanly"),
                 "klist purge"},
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, inspect the name-type and name-string "
                                              "fields of the KDC reply"),
                 "kerberos.msg_type in {11 13 30}", Guide::NetworkTrace},
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                {QT_TRANSLATE_NOOP("Catalog", "Check which KDC the client uses and whether realm mappings "
                                              "send it to a non-Windows KDC"),
                 "ksetup"},
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                {QT_TRANSLATE_NOOP("Catalog", "Rule out duplicate SPNs in the forest (a different problem "
                                              "that is often suspected first)"),
                 "setspn -F -X"},
                //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                {QT_TRANSLATE_NOOP("Catalog", "Update the third-party Kerberos library, proxy or appliance "
                                              "firmware involved"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_TOO_MANY_PRINCIPALS", 0xC00002F7u,
                 //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form of the same condition, seen in Kerberos client "
                                              "traces.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                 QT_TRANSLATE_NOOP("Catalog", "What a missing or duplicate SPN usually produces instead.")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                 QT_TRANSLATE_NOOP("Catalog", "The ticket was issued for a principal other than the one the "
                                              "server runs as.")},
                {Family::Sspi, "SEC_E_KDC_INVALID_REQUEST", 0,
                 //: SEC_E_TOO_MANY_PRINCIPALS (sspi 0x8009033B)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side counterpart for a malformed request.")},
            },
        },
        {
            Family::Sspi, 0x8009033Cu, "SEC_E_NO_PA_DATA", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "Expected to find PA data for a hint of what etype to use, but it was not found.",
            //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
            QT_TRANSLATE_NOOP("Catalog", "The KDC asked for pre-authentication but gave no hint (ETYPE-INFO) "
                                         "about which encryption type and salt to use."),
            //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
            QT_TRANSLATE_NOOP("Catalog", "When a KDC answers an AS request with 'pre-authentication "
                                         "required', it normally includes PA-ETYPE-INFO2 data telling the "
                                         "client which encryption type and salt turn the password into a "
                                         "key. Without it the Windows client cannot build the encrypted "
                                         "timestamp and fails with this code. A Windows KDC also uses it as "
                                         "the extended error when a TGS request arrives without its "
                                         "authenticator. It is mostly an interop issue."),
            {
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                QT_TRANSLATE_NOOP("Catalog", "A Windows client authenticates against a non-Windows KDC (MIT, "
                                             "Heimdal, an appliance) that does not send ETYPE-INFO2 hints"),
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                QT_TRANSLATE_NOOP("Catalog", "The account on that KDC has no keys of any encryption type the "
                                             "client offered, so the KDC has nothing to advertise"),
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows client or tool sends a TGS request without the "
                                             "PA-TGS-REQ data (the DC answers with "
                                             "KDC_ERR_PADATA_TYPE_NOSUPP and this as extended error)"),
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                QT_TRANSLATE_NOOP("Catalog", "Only where UDP is used: a non-Windows client, or a Windows "
                                             "client whose MaxPacketSize was set to force UDP, can lose the "
                                             "padata when a firewall truncates or drops a large UDP reply "
                                             "(Windows tries TCP first since Vista)"),
            },
            {
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                {QT_TRANSLATE_NOOP("Catalog", "Turn on Kerberos event logging on the client and reproduce; "
                                              "event 3 in the System log shows the KDC error"),
                 nullptr, Guide::KerberosLogging},
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                {QT_TRANSLATE_NOOP("Catalog", "Show which realm and KDC the client is configured to use"),
                 "ksetup"},
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, check which key types the principal has"),
                 "kadmin.local -q \"getprinc jdoe@EXAMPLE.COM\""},
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                {QT_TRANSLATE_NOOP("Catalog", "Check only whether MaxPacketSize was set to force UDP (no "
                                              "value means TCP first, the default since Vista)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxPacketSize"},
                //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, check whether the PREAUTH_REQUIRED error "
                                              "(25) carries PA-ETYPE-INFO2"),
                 "kerberos.error_code == 25", Guide::NetworkTrace},
            },
            {
                {Family::NtStatus, "STATUS_NO_PA_DATA", 0xC00002F8u,
                 //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; also seen as the extended error inside KDC "
                                              "replies.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                 QT_TRANSLATE_NOOP("Catalog", "No encryption type in common between client and KDC.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0,
                 //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC or client does not support the offered "
                                              "pre-authentication type.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 //: SEC_E_NO_PA_DATA (sspi 0x8009033C)
                 QT_TRANSLATE_NOOP("Catalog", "The suggested encryption type is unavailable locally.")},
            },
        },
        {
            Family::Sspi, 0x8009033Eu, "SEC_E_SMARTCARD_LOGON_REQUIRED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Negotiate,
            "Smartcard logon is required and was not used.",
            //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
            QT_TRANSLATE_NOOP("Catalog", "Policy requires a smart card (or Windows Hello) for this logon, "
                                         "but a password was used."),
            //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
            QT_TRANSLATE_NOOP("Catalog", "Either the account has 'Smart card is required for interactive "
                                         "logon' set, or the computer enforces 'Interactive logon: Require "
                                         "Windows Hello for Business or smart card', and the attempt used a "
                                         "password. The DC or the local logon process refuses it with this "
                                         "code. Users see a sign-in error; administrators meet it in "
                                         "services, scheduled tasks and RDP connections that still carry a "
                                         "stored password."),
            {
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                QT_TRANSLATE_NOOP("Catalog", "The account has 'Smart card is required for interactive logon' "
                                             "set (its password is then random and never given to the user) "
                                             "and someone signed in with a password"),
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                QT_TRANSLATE_NOOP("Catalog", "The target computer enforces the 'Require Windows Hello for "
                                             "Business or smart card' policy, including for RDP sign-ins "
                                             "with saved passwords"),
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                QT_TRANSLATE_NOOP("Catalog", "A service, scheduled task or script is configured with the "
                                             "password of an account that was later switched to smart card "
                                             "only"),
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                QT_TRANSLATE_NOOP("Catalog", "Stored credentials in Credential Manager for the account are "
                                             "replayed automatically"),
            },
            {
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the account is marked smart card only"),
                 "Get-ADUser jdoe -Properties SmartcardLogonRequired"},
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the computer requires smart card logon "
                                              "(scforceoption = 1)"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v scforceoption"},
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                {QT_TRANSLATE_NOOP("Catalog", "Find which GPO sets the requirement"),
                 "gpresult /scope computer /r"},
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                {QT_TRANSLATE_NOOP("Catalog", "Look for saved passwords that are replayed for the account"),
                 "cmdkey /list"},
                //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                {QT_TRANSLATE_NOOP("Catalog", "For services and tasks, use a separate service account or "
                                              "gMSA instead of a smart card only account"),
                 "New-ADServiceAccount -Name gmsa-task -DNSHostName gmsa-task.contoso.com -PrincipalsAllowedToRetrieveManagedPassword \"Task Servers\""},
            },
            {
                {Family::NtStatus, "STATUS_SMARTCARD_LOGON_REQUIRED", 0xC00002FAu,
                 //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; shown on failed logon events for the account.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                 QT_TRANSLATE_NOOP("Catalog", "Generic logon failure shown by some applications for the same "
                                              "attempt.")},
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                 QT_TRANSLATE_NOOP("Catalog", "The next hurdle once the smart card is used.")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0,
                 //: SEC_E_SMARTCARD_LOGON_REQUIRED (sspi 0x8009033E)
                 QT_TRANSLATE_NOOP("Catalog", "A smart card logon fails because the card certificate expired.")},
            },
        },
        {
            Family::Sspi, 0x80090340u, "SEC_E_KDC_INVALID_REQUEST", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An invalid request was sent to the KDC.",
            //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
            QT_TRANSLATE_NOOP("Catalog", "The KDC rejected a Kerberos request as malformed or asking for "
                                         "options it will not grant."),
            //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller's KDC checked an AS, TGS or password change "
                                         "request and found a missing field, an inconsistent option or a "
                                         "request it will not honour for that ticket. On the wire this "
                                         "usually travels as the extended error next to KDC_ERR_BADOPTION "
                                         "(0xD). Windows clients rarely trigger it; suspect non-Windows "
                                         "clients, custom tools or delegation requests."),
            {
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows Kerberos client, appliance or custom code sends "
                                             "a request with a missing field, for example an AS request "
                                             "without a server name"),
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                QT_TRANSLATE_NOOP("Catalog", "A ticket renewal or validation asks for a different service or "
                                             "options than the original ticket allows"),
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                QT_TRANSLATE_NOOP("Catalog", "A delegation request (S4U2Self/S4U2Proxy) asks for options the "
                                             "KDC refuses for that account, logged as 4769 with failure code "
                                             "0xD"),
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                QT_TRANSLATE_NOOP("Catalog", "A password change (kpasswd) request from a third-party tool is "
                                             "malformed or truncated"),
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                QT_TRANSLATE_NOOP("Catalog", "A middlebox inspecting port 88 rewrites or truncates Kerberos "
                                             "messages"),
            },
            {
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, find the failing requests (failure code 0xD) and "
                                              "note the client address and service"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)]]\" /c:30 /rd:true /f:text"},
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                {QT_TRANSLATE_NOOP("Catalog", "Compare with a Windows client requesting the same ticket; if "
                                              "Windows succeeds, the fault is in the other client"),
                 "klist get host/web01.contoso.com"},
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                {QT_TRANSLATE_NOOP("Catalog", "For delegation, check the front-end account's delegation "
                                              "settings"),
                 "Get-ADComputer web01 -Properties TrustedToAuthForDelegation,msDS-AllowedToDelegateTo"},
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                {QT_TRANSLATE_NOOP("Catalog", "In a network trace, inspect the request's kdc-options and "
                                              "padata and the KDC's error"),
                 "kerberos.msg_type in {10 12 30}", Guide::NetworkTrace},
                //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                {QT_TRANSLATE_NOOP("Catalog", "Update the third-party Kerberos library, appliance firmware "
                                              "or tool"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_KDC_INVALID_REQUEST", 0xC00002FBu,
                 //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) "
                                              "in KDC replies.")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                 QT_TRANSLATE_NOOP("Catalog", "A different, more specific KDC rejection: the encryption type.")},
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0,
                 //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC rejected the pre-authentication type.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                 QT_TRANSLATE_NOOP("Catalog", "Delegation requests the DC cannot process.")},
                {Family::Sspi, "SEC_E_TOO_MANY_PRINCIPALS", 0,
                 //: SEC_E_KDC_INVALID_REQUEST (sspi 0x80090340)
                 QT_TRANSLATE_NOOP("Catalog", "The client-side counterpart for a malformed name.")},
            },
        },
        {
            Family::Sspi, 0x80090341u, "SEC_E_KDC_UNABLE_TO_REFER", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC was unable to generate a referral for the service requested.",
            //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
            QT_TRANSLATE_NOOP("Catalog", "The KDC knows the service is in another realm but has no trust "
                                         "path to refer the client there."),
            //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
            QT_TRANSLATE_NOOP("Catalog", "For a service outside its own domain, the KDC must find a trusted "
                                         "domain on the way to the target realm and issue a referral ticket. "
                                         "When no such route exists, it fails the request with this extended "
                                         "error, normally alongside KDC_ERR_S_PRINCIPAL_UNKNOWN. The client "
                                         "then often falls back to NTLM, or reports that the target is not "
                                         "known."),
            {
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                QT_TRANSLATE_NOOP("Catalog", "There is no trust between the domains, or only a one-way trust "
                                             "in the wrong direction"),
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                QT_TRANSLATE_NOOP("Catalog", "The server's DNS suffix differs from its AD domain (disjoint "
                                             "namespace), so the KDC cannot tell which trusted realm owns "
                                             "the SPN"),
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                QT_TRANSLATE_NOOP("Catalog", "Name suffix routing for that suffix is disabled or in conflict "
                                             "on the forest trust"),
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                QT_TRANSLATE_NOOP("Catalog", "The trust is broken (trust password out of sync) or the "
                                             "trusted domain's DCs are unreachable"),
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                QT_TRANSLATE_NOOP("Catalog", "An external (non-forest) trust or an MIT realm mapping does "
                                             "not cover the host name used in the SPN"),
            },
            {
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts the domain has, with direction and type"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the trust itself"),
                 "netdom trust contoso.com /domain:fabrikam.com /verify"},
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                {QT_TRANSLATE_NOOP("Catalog", "Check forest trust settings and name suffixes"),
                 "Get-ADTrust -Filter * | Format-List Name,Direction,TrustType,ForestTransitive"},
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                {QT_TRANSLATE_NOOP("Catalog", "Request the ticket directly to see the error from the client "
                                              "side"),
                 "klist get HTTP/web01.fabrikam.com"},
                //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                {QT_TRANSLATE_NOOP("Catalog", "If the host's DNS suffix differs from its domain, map it to "
                                              "the right realm (or use an SPN with the domain's DNS name)"),
                 "ksetup /addhosttorealmmap web01.apps.fabrikam.net FABRIKAM.COM"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_UNABLE_TO_REFER", 0xC00002FCu,
                 //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) "
                                              "in KDC replies.")},
                {Family::Sspi, "SEC_E_MAX_REFERRALS_EXCEEDED", 0,
                 //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                 QT_TRANSLATE_NOOP("Catalog", "Referrals exist but loop instead of leading to the target.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                 QT_TRANSLATE_NOOP("Catalog", "What the client typically reports when no referral can be "
                                              "made.")},
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0,
                 //: SEC_E_KDC_UNABLE_TO_REFER (sspi 0x80090341)
                 QT_TRANSLATE_NOOP("Catalog", "Another cross-realm failure, for delegated credentials.")},
            },
        },
        {
            Family::Sspi, 0x80090342u, "SEC_E_KDC_UNKNOWN_ETYPE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The encryption type requested is not supported by the KDC.",
            //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
            QT_TRANSLATE_NOOP("Catalog", "The KDC and the client or service account share no Kerberos "
                                         "encryption type it is allowed to use."),
            //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
            QT_TRANSLATE_NOOP("Catalog", "The KDC returned KDC_ERR_ETYPE_NOTSUPP (0xE): none of the "
                                         "encryption types the client offered are both enabled on the DC and "
                                         "available as keys for the account or service involved. It is "
                                         "common after disabling RC4 or DES, and with accounts whose "
                                         "passwords have not been changed since AES was introduced. The DC "
                                         "logs events 4768/4769 with code 0xE and often KDC events 14, 16, "
                                         "26 or 27."),
            {
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                QT_TRANSLATE_NOOP("Catalog", "RC4 was disabled on DCs or clients, but the service or user "
                                             "account has only RC4 keys (password not reset since the domain "
                                             "gained AES support)"),
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                QT_TRANSLATE_NOOP("Catalog", "msDS-SupportedEncryptionTypes on the service account lists "
                                             "only types the DC no longer allows (for example DES)"),
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                QT_TRANSLATE_NOOP("Catalog", "A Linux or Java client or keytab is limited to DES or RC4 "
                                             "(default_tkt_enctypes, permitted_enctypes in krb5.conf)"),
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                QT_TRANSLATE_NOOP("Catalog", "The account has 'Use Kerberos DES encryption types for this "
                                             "account' set"),
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                QT_TRANSLATE_NOOP("Catalog", "A trust's key is RC4 only while AES is required across the "
                                             "trust"),
            },
            {
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, find 4768/4769 events with failure code 0xE and "
                                              "note the account and ticket options"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)]]\" /c:30 /rd:true /f:text"},
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                {QT_TRANSLATE_NOOP("Catalog", "Read the KDC's explanation of the missing key"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Kerberos-Key-Distribution-Center'] and (EventID=14 or EventID=16 or EventID=26 or EventID=27)]]\" /c:20 /rd:true /f:text"},
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's allowed types and when its password was "
                                              "last set (AES keys exist only after a reset on a 2008+ domain)"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types configured for a trust"),
                 "ksetup /getenctypeattr fabrikam.com"},
                //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                {QT_TRANSLATE_NOOP("Catalog", "After fixing the account, get a new ticket and confirm its "
                                              "encryption type"),
                 "klist get HTTP/web01.contoso.com"},
            },
            {
                {Family::NtStatus, "STATUS_KDC_UNKNOWN_ETYPE", 0xC00002FDu,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) "
                                              "in KDC replies.")},
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "The encryption type exists but is unavailable on the local "
                                              "machine.")},
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "The service has no key for the ticket's encryption type.")},
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC gave no encryption type hint for pre-authentication.")},
                {Family::Sspi, "SEC_E_ALGORITHM_MISMATCH", 0,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "General no-common-algorithm failure.")},
                {Family::Kerberos, "KDC_ERR_ETYPE_NOSUPP", 0xEu,
                 //: SEC_E_KDC_UNKNOWN_ETYPE (sspi 0x80090342)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC's error for the same encryption type mismatch "
                                              "(failure code 0xE)")},
            },
        },
        {
            Family::Sspi, 0x80090343u, "SEC_E_UNSUPPORTED_PREAUTH", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An unsupported preauthentication mechanism was presented to the Kerberos package.",
            //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
            QT_TRANSLATE_NOOP("Catalog", "The Kerberos pre-authentication method used (or demanded) is not "
                                         "supported by the other side."),
            //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
            QT_TRANSLATE_NOOP("Catalog", "Before issuing a TGT the KDC verifies the client with a "
                                         "pre-authentication method: an encrypted timestamp for passwords, "
                                         "or PKINIT for certificates and smart cards. This code means the "
                                         "KDC rejected the method the client offered "
                                         "(KDC_ERR_PADATA_TYPE_NOSUPP, 0x10) or the client could not use any "
                                         "method the KDC asked for. In Windows domains it is nearly always a "
                                         "smart card or certificate logon against a DC without a usable KDC "
                                         "certificate."),
            {
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                QT_TRANSLATE_NOOP("Catalog", "Smart card or certificate logon against a DC that has no valid "
                                             "KDC certificate (Kerberos Authentication or Domain Controller "
                                             "Authentication template not enrolled, or expired)"),
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                QT_TRANSLATE_NOOP("Catalog", "Windows Hello for Business key trust used against DCs older "
                                             "than Windows Server 2016"),
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows KDC (MIT, Heimdal) without PKINIT configured, or "
                                             "one that demands a method Windows lacks (OTP, SPAKE)"),
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                QT_TRANSLATE_NOOP("Catalog", "Kerberos armoring (FAST) required by policy while the client "
                                             "or DC does not support it"),
            },
            {
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, look for events 4768/4771 with failure code 0x10 "
                                              "for the user"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)]]\" /c:30 /rd:true /f:text"},
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                {QT_TRANSLATE_NOOP("Catalog", "Check that every DC has a valid certificate for PKINIT"),
                 "certutil -dcinfo verify"},
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                {QT_TRANSLATE_NOOP("Catalog", "List the DC's machine certificates and their EKUs"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject,NotAfter,EnhancedKeyUsageList"},
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the issuing CA is in the NTAuth store"),
                 "certutil -enterprise -store NTAuth"},
                //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                {QT_TRANSLATE_NOOP("Catalog", "Confirm the DC versions when using Windows Hello for Business "
                                              "key trust"),
                 "Get-ADDomainController -Filter * | Format-Table Name,OperatingSystem"},
            },
            {
                {Family::NtStatus, "STATUS_UNSUPPORTED_PREAUTH", 0xC0000351u,
                 //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) "
                                              "in KDC replies.")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                 QT_TRANSLATE_NOOP("Catalog", "The client certificate was rejected during PKINIT.")},
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0,
                 //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                 QT_TRANSLATE_NOOP("Catalog", "The DC's certificate for PKINIT expired.")},
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0,
                 //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                 QT_TRANSLATE_NOOP("Catalog", "The DC certificate's CA is not trusted by the client.")},
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0,
                 //: SEC_E_UNSUPPORTED_PREAUTH (sspi 0x80090343)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC gave no pre-authentication hint.")},
            },
        },
        {
            Family::Sspi, 0x80090345u, "SEC_E_DELEGATION_REQUIRED", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The requested operation cannot be completed. The computer must be trusted for delegation and "
            "the current user account must be configured to allow delegation.",
            //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
            QT_TRANSLATE_NOOP("Catalog", "The operation needs Kerberos delegation, but the server is not "
                                         "trusted for it or the user's account cannot be delegated."),
            //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
            QT_TRANSLATE_NOOP("Catalog", "Some operations must reuse the user's identity on a second hop, "
                                         "which requires a forwardable Kerberos ticket, a server trusted for "
                                         "delegation and a user account that allows delegation. When any of "
                                         "these is missing the request fails with this code. The classic "
                                         "case is encrypting or decrypting EFS files on a remote share; it "
                                         "also appears in other double-hop scenarios."),
            {
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                QT_TRANSLATE_NOOP("Catalog", "EFS operations on a file share: the file server's computer "
                                             "account is not trusted for delegation"),
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                QT_TRANSLATE_NOOP("Catalog", "The user account has 'Account is sensitive and cannot be "
                                             "delegated' set or is in Protected Users"),
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                QT_TRANSLATE_NOOP("Catalog", "The front-end server uses constrained delegation but the "
                                             "back-end SPN (for example cifs/fs01) is not in its "
                                             "msDS-AllowedToDelegateTo list"),
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                QT_TRANSLATE_NOOP("Catalog", "The client reached the server with NTLM (IP address, CNAME "
                                             "without SPN), so there is no Kerberos ticket to delegate"),
            },
            {
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                {QT_TRANSLATE_NOOP("Catalog", "Check the server's delegation settings"),
                 "Get-ADComputer fs01 -Properties TrustedForDelegation,TrustedToAuthForDelegation,msDS-AllowedToDelegateTo | Format-List"},
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the user may be delegated"),
                 "Get-ADUser jdoe -Properties AccountNotDelegated,MemberOf | Format-List"},
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                {QT_TRANSLATE_NOOP("Catalog", "Check membership of Protected Users"),
                 "Get-ADGroupMember -Identity \"Protected Users\""},
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check that the ticket for the server is "
                                              "forwardable and ok_as_delegate"),
                 "klist"},
                //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                {QT_TRANSLATE_NOOP("Catalog", "After changing delegation settings, drop the client's tickets "
                                              "so new ones carry the new flags"),
                 "klist purge"},
            },
            {
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0,
                 //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                 QT_TRANSLATE_NOOP("Catalog", "The same need across a forest trust that blocks delegation.")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                 QT_TRANSLATE_NOOP("Catalog", "Delegation blocked by credential delegation policy.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                 QT_TRANSLATE_NOOP("Catalog", "Constrained delegation with protocol transition not supported "
                                              "by the DC.")},
                {Family::Sspi, "SEC_E_SECURITY_QOS_FAILED", 0,
                 //: SEC_E_DELEGATION_REQUIRED (sspi 0x80090345)
                 QT_TRANSLATE_NOOP("Catalog", "The requested delegation flag could not be granted for the "
                                              "context.")},
            },
        },
        {
            Family::Sspi, 0x80090348u, "SEC_E_NO_KERB_KEY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "SEC_E_NO_KERB_KEY",
            //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
            QT_TRANSLATE_NOOP("Catalog", "The server has no Kerberos key able to decrypt the ticket it "
                                         "received (KRB_AP_ERR_NOKEY)."),
            //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
            QT_TRANSLATE_NOOP("Catalog", "Windows returns this code for the Kerberos error KRB_AP_ERR_NOKEY "
                                         "(0x2D): the acceptor holds no key of the ticket's encryption type "
                                         "for the account the ticket was issued to. The Windows message for "
                                         "it is only the symbol name. It is seen on the server or in the "
                                         "client's report of the server's error, mostly with services on "
                                         "Linux or Java using a keytab, or with services running as accounts "
                                         "that have no password-derived keys."),
            {
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                QT_TRANSLATE_NOOP("Catalog", "A keytab (Linux, Java, appliance) lacks an entry for the "
                                             "ticket's encryption type, for example AES256 tickets while the "
                                             "keytab has only RC4"),
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                QT_TRANSLATE_NOOP("Catalog", "The service runs as a user that signed in with a smart card or "
                                             "Windows Hello, so its session has no long-term Kerberos key"),
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                QT_TRANSLATE_NOOP("Catalog", "The account's password was changed and the keytab or service "
                                             "was not updated with keys of the new type"),
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                QT_TRANSLATE_NOOP("Catalog", "msDS-SupportedEncryptionTypes on the service account was "
                                             "changed, so the KDC now issues tickets of a type the acceptor "
                                             "has no key for"),
            },
            {
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, request the ticket and note its encryption "
                                              "type and key version"),
                 "klist get HTTP/web01.contoso.com"},
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux server, list keytab entries with their encryption "
                                              "types and key versions"),
                 "klist -kte /etc/krb5.keytab"},
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the account's key version number and allowed "
                                              "encryption types"),
                 "Get-ADUser svc_web -Properties msDS-KeyVersionNumber,msDS-SupportedEncryptionTypes"},
                //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                {QT_TRANSLATE_NOOP("Catalog", "Regenerate the keytab with all encryption types the account "
                                              "supports, then purge client tickets"),
                 "klist purge"},
            },
            {
                {Family::NtStatus, "STATUS_NO_KERB_KEY", 0xC0000322u,
                 //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS form; its message text explains the condition (no "
                                              "acceptable Kerberos credentials on the server).")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                 QT_TRANSLATE_NOOP("Catalog", "The key exists but does not decrypt the ticket (password or "
                                              "SPN mismatch).")},
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0,
                 //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                 QT_TRANSLATE_NOOP("Catalog", "Encryption type mismatch already at the KDC.")},
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0,
                 //: SEC_E_NO_KERB_KEY (sspi 0x80090348)
                 QT_TRANSLATE_NOOP("Catalog", "The user-to-user fallback used when a server has no long-term "
                                              "key.")},
            },
        },
        {
            Family::Sspi, 0x80090350u, "SEC_E_DOWNGRADE_DETECTED", {}, Severity::Error,
            Category::KerberosKdc, Negotiate | CredSsp,
            "The system cannot contact a domain controller to service the authentication request. Please try "
            "again later.",
            //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
            QT_TRANSLATE_NOOP("Catalog", "Negotiate could not use Kerberos because no domain controller "
                                         "answered, and it refused to fall back to NTLM."),
            //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
            QT_TRANSLATE_NOOP("Catalog", "The Negotiate package on the client tried Kerberos, but no domain "
                                         "controller (KDC) could be reached, and it declined to quietly "
                                         "switch to NTLM, because an attacker who blocks traffic to the DCs "
                                         "could force exactly that weaker fallback. The client reports it: "
                                         "RDP with Network Level Authentication, domain password changes and "
                                         "access to file shares from machines that are outside the corporate "
                                         "network or behind a broken VPN. Older Windows versions show the "
                                         "same code as 'a possible attempt to compromise security'."),
            {
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach any domain controller of contoso.com: "
                                             "VPN down, or a firewall blocks Kerberos (TCP/UDP 88) and LDAP "
                                             "(389) to the DCs"),
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                QT_TRANSLATE_NOOP("Catalog", "The client's DNS cannot resolve the _kerberos._tcp and "
                                             "_ldap._tcp SRV records of the domain (public DNS configured, "
                                             "or a split-DNS gap on the VPN)"),
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                QT_TRANSLATE_NOOP("Catalog", "A domain password change or reset runs while no DC is "
                                             "reachable; since the MS16-101 update Negotiate no longer falls "
                                             "back to NTLM for it"),
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                QT_TRANSLATE_NOOP("Catalog", "RDP with Network Level Authentication to a domain server by "
                                             "its name from a laptop that is off the network, so the "
                                             "Kerberos leg fails before any NTLM attempt"),
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                QT_TRANSLATE_NOOP("Catalog", "The DC the client has cached is offline and the DC locator has "
                                             "not yet found another one"),
            },
            {
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller now; a "
                                              "failure here explains the error"),
                 "nltest /dsgetdc:contoso.com /force"},
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the Kerberos SRV records of the domain resolve "
                                              "from the client"),
                 "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Show the domain controller Kerberos has cached for each "
                                              "realm, and drop a stale binding so the next request locates a "
                                              "DC again"),
                 "klist query_bind"},
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos port on the DC that the locator returned"),
                 "Test-NetConnection dc01.contoso.com -Port 88"},
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Ask for a ticket to the target directly; an error here "
                                              "confirms that the Kerberos leg is the one failing"),
                 "klist get TERMSRV/web01.contoso.com"},
                //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                {QT_TRANSLATE_NOOP("Catalog", "Reconnect the VPN or move to the corporate network and retry; "
                                              "change domain passwords only while a DC is reachable"),
                 "nltest /dsgetdc:contoso.com /kdc /force"},
            },
            {
                {Family::NtStatus, "STATUS_DOWNGRADE_DETECTED", 0xC0000388u,
                 //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                 QT_TRANSLATE_NOOP("Catalog", "Also means that no domain controller could be reached, "
                                              "without a refused NTLM fallback.")},
                {Family::Win32, "ERROR_DOWNGRADE_DETECTED", 1265u,
                 //: SEC_E_DOWNGRADE_DETECTED (sspi 0x80090350)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code with the same text (the SDK gives both the "
                                              "same message)")},
            },
        },
        {
            Family::Sspi, 0x80090356u, "SEC_E_NO_S4U_PROT_SUPPORT", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The Kerberos subsystem encountered an error. A service for user protocol request was made "
            "against a domain controller which does not support service for user.",
            //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
            QT_TRANSLATE_NOOP("Catalog", "A service asked a KDC for S4U (protocol transition or constrained "
                                         "delegation) and that KDC does not implement it."),
            //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
            QT_TRANSLATE_NOOP("Catalog", "Service for User (S4U2Self and S4U2Proxy) is a Microsoft extension "
                                         "to Kerberos that lets a service get tickets on behalf of a user. "
                                         "This code is returned on the service's server when the KDC that "
                                         "must answer, usually the user's home realm reached through a "
                                         "trust, does not support it. Today it is rare and mostly involves "
                                         "users from non-Windows Kerberos realms or very old domain "
                                         "controllers; the service (IIS, a gateway, SQL Server) logs it when "
                                         "it builds the user's identity."),
            {
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                QT_TRANSLATE_NOOP("Catalog", "The user belongs to a non-Windows Kerberos realm (MIT, "
                                             "Heimdal, old Samba) trusted by the forest, and that KDC cannot "
                                             "answer S4U2Self"),
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                QT_TRANSLATE_NOOP("Catalog", "A domain on the trust path still has domain controllers older "
                                             "than Windows Server 2003"),
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                QT_TRANSLATE_NOOP("Catalog", "An application creates a Windows identity from a UPN alone "
                                             "(S4U logon) for a user whose realm's KDC lacks S4U"),
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                QT_TRANSLATE_NOOP("Catalog", "A third-party Kerberos server or appliance answers for the "
                                             "service's domain instead of a Windows DC"),
            },
            {
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                {QT_TRANSLATE_NOOP("Catalog", "See which DC the service's server uses"),
                 "nltest /dsgetdc:contoso.com"},
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                {QT_TRANSLATE_NOOP("Catalog", "List the domain's trusts and check whether the user's realm "
                                              "is a non-Windows (MIT) realm"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                {QT_TRANSLATE_NOOP("Catalog", "On the service's server, list the tickets it holds"),
                 "klist"},
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                {QT_TRANSLATE_NOOP("Catalog", "Check how the service account is set up for delegation "
                                              "(protocol transition needs TrustedToAuthForDelegation)"),
                 "Get-ADComputer web01 -Properties TrustedToAuthForDelegation,msDS-AllowedToDelegateTo"},
                //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                {QT_TRANSLATE_NOOP("Catalog", "For users of a non-Windows realm, use an authentication path "
                                              "that does not need S4U, such as forwarding the user's own "
                                              "Kerberos ticket"),
                 nullptr},
            },
            {
                {Family::NtStatus, "STATUS_NO_S4U_PROT_SUPPORT", 0xC000040Au,
                 //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0,
                 //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                 QT_TRANSLATE_NOOP("Catalog", "Another S4U limit across realms, on the constrained "
                                              "delegation side.")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 //: SEC_E_NO_S4U_PROT_SUPPORT (sspi 0x80090356)
                 QT_TRANSLATE_NOOP("Catalog", "A related cross-realm failure: the KDC cannot refer the "
                                              "request to the user's realm.")},
            },
        },
        {
            Family::Sspi, 0x80090357u, "SEC_E_CROSSREALM_DELEGATION_FAILURE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An attempt was made by this server to make a Kerberos constrained delegation request for a "
            "target outside of the server's realm. This is not supported, and indicates a misconfiguration "
            "on this server's allowed to delegate to list. Please contact your administrator.",
            //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
            QT_TRANSLATE_NOOP("Catalog", "Account-based constrained delegation was asked to reach a service "
                                         "in another domain, which it cannot do."),
            //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
            QT_TRANSLATE_NOOP("Catalog", "A front-end server (IIS, a gateway, SQL Server linked servers) "
                                         "tried Kerberos constrained delegation (S4U2Proxy) to an SPN in its "
                                         "msDS-AllowedToDelegateTo list, but that SPN belongs to an account "
                                         "in another domain or forest. Delegation configured on the "
                                         "front-end account only works within one domain, so the front-end "
                                         "server reports this code. Resource-based constrained delegation, "
                                         "set on the back-end account, is the supported way across domains."),
            {
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                QT_TRANSLATE_NOOP("Catalog", "msDS-AllowedToDelegateTo on the front-end account lists an SPN "
                                             "such as MSSQLSvc/sql01.fabrikam.com:1433 that is registered in "
                                             "another domain"),
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                QT_TRANSLATE_NOOP("Catalog", "The back-end service moved to another domain or forest after "
                                             "delegation was set up"),
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                QT_TRANSLATE_NOOP("Catalog", "The same SPN is registered in two domains and the KDC resolves "
                                             "it outside the front-end's domain"),
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                QT_TRANSLATE_NOOP("Catalog", "After a migration the delegation list still points at service "
                                             "accounts of the old domain"),
            },
            {
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                {QT_TRANSLATE_NOOP("Catalog", "List the SPNs that the front-end account may delegate to"),
                 "Get-ADComputer web01 -Properties msDS-AllowedToDelegateTo | Select-Object -ExpandProperty msDS-AllowedToDelegateTo"},
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account, in which domain, holds the back-end SPN "
                                              "(forest-wide search)"),
                 "setspn -F -Q MSSQLSvc/sql01.fabrikam.com:1433"},
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                {QT_TRANSLATE_NOOP("Catalog", "Switch to resource-based constrained delegation: allow the "
                                              "front-end on the back-end account, in the back-end's domain"),
                 "Set-ADComputer sql01 -Server fabrikam.com -PrincipalsAllowedToDelegateToAccount (Get-ADComputer web01 -Server contoso.com)"},
                //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the tickets of the front-end's computer account and "
                                              "retest"),
                 "klist -li 0x3e7 purge"},
            },
            {
                {Family::NtStatus, "STATUS_CROSSREALM_DELEGATION_FAILURE", 0xC000040Bu,
                 //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                 QT_TRANSLATE_NOOP("Catalog", "NTSTATUS twin: the same condition as seen by the LSA and "
                                              "kernel.")},
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                 QT_TRANSLATE_NOOP("Catalog", "The other S4U failure across realms: the KDC does not support "
                                              "S4U at all.")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 //: SEC_E_CROSSREALM_DELEGATION_FAILURE (sspi 0x80090357)
                 QT_TRANSLATE_NOOP("Catalog", "Seen when the account is not trusted for delegation at all.")},
            },
        },
        {
            Family::Sspi, 0x8009035Eu, "SEC_E_DELEGATION_POLICY", {}, Severity::Error,
            Category::CredentialsLogon, CredSsp,
            "Client policy does not allow credential delegation to target server.",
            //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
            QT_TRANSLATE_NOOP("Catalog", "CredSSP on the client will not send the user's credentials: its "
                                         "delegation policy does not allow this server."),
            //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
            QT_TRANSLATE_NOOP("Catalog", "CredSSP (RDP Network Level Authentication, PowerShell remoting "
                                         "with CredSSP, some Hyper-V and cluster tools) passes the user's "
                                         "credentials to the server only if the client's Credentials "
                                         "Delegation policies list the server's SPN. Without a matching "
                                         "'Allow delegating ... credentials' entry, or with a matching "
                                         "'Deny' entry, the client stops before anything is sent. It is "
                                         "reported on the client."),
            {
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                QT_TRANSLATE_NOOP("Catalog", "'Allow delegating fresh credentials' (or default or saved "
                                             "credentials) does not list the target, for example "
                                             "WSMAN/web01.contoso.com or TERMSRV/web01.contoso.com"),
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                QT_TRANSLATE_NOOP("Catalog", "The policy lists a different name from the one used to connect "
                                             "(short name, IP address or alias instead of the FQDN)"),
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                QT_TRANSLATE_NOOP("Catalog", "A 'Deny delegating ... credentials' policy matches the target "
                                             "and overrides the allow list"),
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                QT_TRANSLATE_NOOP("Catalog", "Saved RDP credentials are used but only fresh credentials are "
                                             "allowed for the target"),
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                QT_TRANSLATE_NOOP("Catalog", "The CredSSP client role of WinRM was never enabled on this "
                                             "machine"),
            },
            {
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                {QT_TRANSLATE_NOOP("Catalog", "Show the Credentials Delegation policies that apply to the "
                                              "client"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation /s"},
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                {QT_TRANSLATE_NOOP("Catalog", "Find the Group Policy object that sets them"),
                 "gpresult /h C:\\Temp\\gpresult.html"},
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                {QT_TRANSLATE_NOOP("Catalog", "For PowerShell remoting, show the CredSSP client configuration"),
                 "Get-WSManCredSSP"},
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                {QT_TRANSLATE_NOOP("Catalog", "Only if CredSSP is really needed: allow delegation to this "
                                              "one trusted host for WinRM. CredSSP hands the user's reusable "
                                              "credentials to the target; prefer Kerberos constrained or "
                                              "resource-based delegation, and never use a wildcard"),
                 "Enable-WSManCredSSP -Role Client -DelegateComputer web01.contoso.com"},
                //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                {QT_TRANSLATE_NOOP("Catalog", "Connect with exactly the name the policy lists, usually the "
                                              "FQDN, and retry"),
                 "Enter-PSSession -ComputerName web01.contoso.com -Authentication CredSSP -Credential CONTOSO\\jdoe"},
            },
            {
                {Family::Sspi, "SEC_E_POLICY_NLTM_ONLY", 0,
                 //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                 QT_TRANSLATE_NOOP("Catalog", "The same policy check when the server was authenticated only "
                                              "with NTLM.")},
                {Family::Sspi, "SEC_E_DELEGATION_REQUIRED", 0,
                 //: SEC_E_DELEGATION_POLICY (sspi 0x8009035E)
                 QT_TRANSLATE_NOOP("Catalog", "A delegation refusal on the Kerberos side, set in Active "
                                              "Directory rather than client policy.")},
            },
        },
        {
            Family::Sspi, 0x8009035Fu, "SEC_E_POLICY_NLTM_ONLY", {}, Severity::Error,
            Category::CredentialsLogon, CredSsp,
            "Client policy does not allow credential delegation to target server with NLTM only "
            "authentication.",
            //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
            QT_TRANSLATE_NOOP("Catalog", "CredSSP will not delegate credentials because the server was "
                                         "authenticated only with NTLM and policy forbids that."),
            //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
            QT_TRANSLATE_NOOP("Catalog", "Before CredSSP sends credentials it wants the server's identity "
                                         "proven by Kerberos or a trusted TLS certificate. When "
                                         "authentication fell back to NTLM, delegation is allowed only if "
                                         "the target matches an 'Allow delegating ... credentials with "
                                         "NTLM-only server authentication' policy; otherwise the client "
                                         "stops with this code. The symbol and the Windows text really spell "
                                         "it 'NLTM'. It is met with RDP saved credentials and PowerShell "
                                         "CredSSP to workgroup servers, IP addresses or servers with a "
                                         "broken SPN."),
            {
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                QT_TRANSLATE_NOOP("Catalog", "Connecting by IP address or a DNS alias, so no SPN matches and "
                                             "Negotiate falls back to NTLM"),
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                QT_TRANSLATE_NOOP("Catalog", "The target's SPN (TERMSRV/, WSMAN/ or HOST/web01.contoso.com) "
                                             "is missing or registered on two accounts"),
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                QT_TRANSLATE_NOOP("Catalog", "The target is in a workgroup or an untrusted domain, so "
                                             "Kerberos is impossible"),
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                QT_TRANSLATE_NOOP("Catalog", "The client cannot reach a KDC (off-site, port 88 blocked), so "
                                             "Negotiate used NTLM"),
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                QT_TRANSLATE_NOOP("Catalog", "Saved credentials are used and only 'Allow delegating saved "
                                             "credentials' is set, not its NTLM-only variant"),
            },
            {
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                {QT_TRANSLATE_NOOP("Catalog", "Check that Kerberos works to the target by asking for its "
                                              "ticket"),
                 "klist get TERMSRV/web01.contoso.com"},
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that holds the SPN anywhere in the forest; "
                                              "setspn -F -X lists duplicates"),
                 "setspn -F -Q TERMSRV/web01.contoso.com"},
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                {QT_TRANSLATE_NOOP("Catalog", "Connect by the FQDN instead of an IP address or alias"),
                 "mstsc /v:web01.contoso.com"},
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                {QT_TRANSLATE_NOOP("Catalog", "Review the NTLM-only delegation policies on the client"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation /s"},
                //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                {QT_TRANSLATE_NOOP("Catalog", "If NTLM is unavoidable (workgroup host), add the target to "
                                              "the matching NTLM-only policy knowingly: the server's "
                                              "identity is then not verified"),
                 "reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\CredentialsDelegation\\AllowFreshCredentialsWhenNTLMOnly"},
            },
            {
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0,
                 //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                 QT_TRANSLATE_NOOP("Catalog", "The same policy check when no allow entry matches at all.")},
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0,
                 //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                 QT_TRANSLATE_NOOP("Catalog", "A missing SPN, the usual reason for the NTLM fallback.")},
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 //: SEC_E_POLICY_NLTM_ONLY (sspi 0x8009035F)
                 QT_TRANSLATE_NOOP("Catalog", "Also raised when the server's identity could not be proven.")},
            },
        },
        {
            Family::Sspi, 0x80090369u, "SEC_E_INVALID_UPN_NAME", {}, Severity::Error,
            Category::CredentialsLogon, Negotiate | CredSsp,
            "You can't sign in with a user ID in this format. Try using your email address instead.",
            //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
            QT_TRANSLATE_NOOP("Catalog", "The user name is in a form the Microsoft Entra ID sign-in cannot "
                                         "use; it needs a UPN such as user@contoso.com."),
            //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
            QT_TRANSLATE_NOOP("Catalog", "Sign-in paths that authenticate against Microsoft Entra ID or a "
                                         "Microsoft account instead of Active Directory need the user's UPN "
                                         "(user@contoso.com). A DOMAIN\\user or bare user name is rejected "
                                         "locally with this code before any password check. Administrators "
                                         "see it on Entra ID-joined devices and when connecting by RDP to "
                                         "Entra ID-joined machines."),
            {
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                QT_TRANSLATE_NOOP("Catalog", "RDP to an Entra ID-joined machine with DOMAIN\\user or a plain "
                                             "user name instead of AzureAD\\user@contoso.com"),
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                QT_TRANSLATE_NOOP("Catalog", "Signing in on an Entra ID-joined device with the down-level "
                                             "(NetBIOS) form of the name"),
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                QT_TRANSLATE_NOOP("Catalog", "A saved credential in Credential Manager still holds the old "
                                             "DOMAIN\\user form for that target"),
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                QT_TRANSLATE_NOOP("Catalog", "A script, .rdp file or cmdkey entry supplies the user name in "
                                             "the down-level form"),
            },
            {
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                {QT_TRANSLATE_NOOP("Catalog", "Show the user's UPN, which is the form to use"),
                 "whoami /upn"},
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                {QT_TRANSLATE_NOOP("Catalog", "Check how the device is joined (AzureAdJoined, DomainJoined)"),
                 "dsregcmd /status"},
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                {QT_TRANSLATE_NOOP("Catalog", "List the saved credentials and replace any entry for the "
                                              "target that uses the old form"),
                 "cmdkey /list"},
                //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                {QT_TRANSLATE_NOOP("Catalog", "Retry with AzureAD\\user@contoso.com (RDP to Entra ID-joined "
                                              "machines) or user@contoso.com"),
                 "dsregcmd /status"},
            },
            {
                {Family::Sspi, "SEC_E_PKU2U_CERT_FAILURE", 0,
                 //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate side of the same RDP-to-Entra ID scenario.")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: SEC_E_INVALID_UPN_NAME (sspi 0x80090369)
                 QT_TRANSLATE_NOOP("Catalog", "The generic logon failure, for a name in the right form.")},
            },
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
