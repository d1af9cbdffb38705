// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The Win32 errors that logons and domain trusts really return (family win32). The value is the Win32 number
// (1326, not 0x8007052E): the scanner derives the HRESULT_FROM_WIN32 form 0x8007xxxx itself. Every value is
// checked against mingw-w64 winerror.h by tst_catalog_win32; windowsMessage is the MessageText of the Windows SDK
// 10.0.22000 winerror.h (marlersoft/microsoft_windows_sdk_cpp shared/winerror.h @16b53593), kept verbatim as a
// matching fingerprint. Older wordings (Windows 7 and earlier) are kept as fingerprints from an older SDK header.
//
// Decisions (tests/data/reference/event-families/README.md, "Doubts"):
// - ERROR_ACCESS_DENIED (5) and RPC_S_SEC_PKG_ERROR (1825) are wrappers: they are everywhere and say only "look
//   inside". RPC_S_SERVER_UNAVAILABLE (1722) is "context" in wrapper-hresults.tsv: a connectivity result that
//   names a real cause, so it is NOT a wrapper and the decoder reports it.
// - HRESULT-style names (E_ACCESSDENIED for 0x80070005) are not aliases of the Win32 entries: E_ACCESSDENIED is its
//   own hresult entry with the value 0x80070005. A scanner deriving 0x80070005 from ERROR_ACCESS_DENIED should
//   prefer the hresult entry of exactly that value (both are wrappers either way).
// - Doubt 12: 0xC000006E / ERROR_ACCOUNT_RESTRICTION follows the SDK text (an account restriction), not the
//   2017 4625 label "Unknown user name or bad password".
// - Doubt 13: relations to STATUS_* codes are by name stem only ("Same name stem"), never stated as the
//   RtlNtStatusToDosError mapping, which was not verified.
// - Doubt 19: ERROR_DOWNGRADE_DETECTED <-> SEC_E_DOWNGRADE_DETECTED is stated as "identical SDK message text"; every
//   other SSPI relation here is "by meaning".

#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted like sspi.cpp: adjacent string literals inside one QT_TRANSLATE_NOOP are one text on purpose.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> win32Codes()
{
    return {
        {
            Family::Win32, 5u, "ERROR_ACCESS_DENIED", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Access is denied.",
            //: ERROR_ACCESS_DENIED (win32 5)
            QT_TRANSLATE_NOOP("Catalog", "Access is denied: a generic refusal that names neither the object nor the "
                                         "layer that refused."),
            //: ERROR_ACCESS_DENIED (win32 5)
            QT_TRANSLATE_NOOP("Catalog", "Win32 error 5 is returned by almost every API that checks permissions: "
                                         "file and registry ACLs, service control, DCOM and WMI launch rights, "
                                         "remote SAM and LSA calls, and some authentication paths that report a "
                                         "refusal instead of a failed logon. Because it is everywhere, the code "
                                         "alone says nothing about authentication; the useful detail is the "
                                         "operation that failed and the logs of the machine that refused. Its "
                                         "HRESULT form is 0x80070005 (E_ACCESSDENIED)."),
            {
                //: ERROR_ACCESS_DENIED (win32 5)
                QT_TRANSLATE_NOOP("Catalog", "The account authenticated but lacks the permission on the target (ACL, "
                                             "share permission, DCOM or WMI launch and access rights, service rights)"),
                //: ERROR_ACCESS_DENIED (win32 5)
                QT_TRANSLATE_NOOP("Catalog", "User Account Control remote restrictions: a local administrator "
                                             "account connecting over the network gets a filtered token without "
                                             "administrative rights (LocalAccountTokenFilterPolicy)"),
                //: ERROR_ACCESS_DENIED (win32 5)
                QT_TRANSLATE_NOOP("Catalog", "The process runs as another identity than expected (service account, "
                                             "application pool, or SYSTEM reaching the network as the computer "
                                             "account)"),
                //: ERROR_ACCESS_DENIED (win32 5)
                QT_TRANSLATE_NOOP("Catalog", "In the Netlogon event 5722 on a domain controller it means that a "
                                             "computer's secure channel password did not match"),
            },
            {
                {
                    //: ERROR_ACCESS_DENIED (win32 5)
                    QT_TRANSLATE_NOOP("Catalog", "Find the exact operation and object that failed; the same code "
                                                 "means different things for a file, a service or an RPC call"),
                    nullptr},
                {
                    //: ERROR_ACCESS_DENIED (win32 5)
                    QT_TRANSLATE_NOOP("Catalog", "On the target, look for the matching failure in the Security log "
                                                 "(4625 for a refused logon, 5145 for a refused share access when "
                                                 "auditing is on)"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625,5145} -MaxEvents 50 | Format-List TimeCreated,Id,Message"},
                {
                    //: ERROR_ACCESS_DENIED (win32 5)
                    QT_TRANSLATE_NOOP("Catalog", "For a local administrator connecting remotely, check the UAC "
                                                 "remote restriction setting"),
                    "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System /v LocalAccountTokenFilterPolicy"},
                {
                    //: ERROR_ACCESS_DENIED (win32 5)
                    QT_TRANSLATE_NOOP("Catalog", "Check which identity and groups the failing process really has"),
                    "whoami /all"},
            },
            {
                {Family::HResult, "E_ACCESSDENIED", 0x80070005u,
                 //: ERROR_ACCESS_DENIED (win32 5)
                 QT_TRANSLATE_NOOP("Catalog", "The same refusal in HRESULT form, as COM, WMI and .NET report it")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: ERROR_ACCESS_DENIED (win32 5)
                 QT_TRANSLATE_NOOP("Catalog", "When authentication itself failed, SSPI reports this instead")},
            },
            {},
            {},
            true,
        },
        {
            Family::Win32, 1265u, "ERROR_DOWNGRADE_DETECTED", {}, Severity::Error,
            Category::KerberosKdc, Negotiate | Kerberos,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The system cannot contact a domain controller to service the authentication request. Please try again later.",
            //: ERROR_DOWNGRADE_DETECTED (win32 1265)
            QT_TRANSLATE_NOOP("Catalog", "Negotiate found no domain controller for Kerberos and would not fall back "
                                         "to NTLM (Win32 form of SEC_E_DOWNGRADE_DETECTED)."),
            //: ERROR_DOWNGRADE_DETECTED (win32 1265)
            QT_TRANSLATE_NOOP("Catalog", "This Win32 code and SEC_E_DOWNGRADE_DETECTED (0x80090350) share one SDK "
                                         "message text and describe one situation: the client tried Kerberos, no "
                                         "domain controller (KDC) answered, and Negotiate refused to switch silently "
                                         "to NTLM. Which of the two appears depends on the API the program called. "
                                         "It is typical of clients outside the corporate network, RDP with Network "
                                         "Level Authentication, mapped drives and password changes."),
            {
                //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                QT_TRANSLATE_NOOP("Catalog", "No domain controller is reachable from the client: VPN down, or a "
                                             "firewall blocks Kerberos (88) and LDAP (389) to the DCs"),
                //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                QT_TRANSLATE_NOOP("Catalog", "The client's DNS cannot resolve the domain's _kerberos._tcp and "
                                             "_ldap._tcp SRV records"),
                //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                QT_TRANSLATE_NOOP("Catalog", "A password change or reset runs while no DC can be reached, and NTLM "
                                             "fallback is not allowed for it"),
            },
            {
                {
                    //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the client can locate a domain controller now"),
                    "nltest /dsgetdc:contoso.com /force"},
                {
                    //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the Kerberos SRV records resolve from the client"),
                    "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                {
                    //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                    QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos port on the DC that the locator returned"),
                    "Test-NetConnection dc01.contoso.com -Port 88"},
            },
            {
                {Family::Sspi, "SEC_E_DOWNGRADE_DETECTED", 0,
                 //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                 QT_TRANSLATE_NOOP("Catalog", "Identical SDK message text: the same condition reported through SSPI")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                 QT_TRANSLATE_NOOP("Catalog", "No authority could be reached, without the downgrade angle")},
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 //: ERROR_DOWNGRADE_DETECTED (win32 1265)
                 QT_TRANSLATE_NOOP("Catalog", "The logon-side message when no DC answers")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1311u, "ERROR_NO_LOGON_SERVERS", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "We can't sign you in with this credential because your domain isn't available. Make sure your device is connected to your organization's network and try again. If you previously signed in on this device with another credential, you can sign in with that credential.",
            //: ERROR_NO_LOGON_SERVERS (win32 1311)
            QT_TRANSLATE_NOOP("Catalog", "No domain controller could be reached to check the credentials."),
            //: ERROR_NO_LOGON_SERVERS (win32 1311)
            QT_TRANSLATE_NOOP("Catalog", "The machine that had to validate a domain logon (the client itself, or a "
                                         "server passing an NTLM logon through to its domain) found no domain "
                                         "controller to send it to. Users see it at sign-in or when mapping drives, "
                                         "and the Netlogon service logs event 5719 in the System log when it cannot "
                                         "set up its secure channel. Current Windows words it as the domain not "
                                         "being available; older versions said that no logon servers were available."),
            {
                //: ERROR_NO_LOGON_SERVERS (win32 1311)
                QT_TRANSLATE_NOOP("Catalog", "The network path to the DCs is broken or filtered: VPN not connected, "
                                             "or a firewall blocks 88, 389, 445, 135 and the dynamic RPC ports"),
                //: ERROR_NO_LOGON_SERVERS (win32 1311)
                QT_TRANSLATE_NOOP("Catalog", "DNS on the client or server points to a resolver that does not hold "
                                             "the domain's SRV records (public DNS, wrong suffix)"),
                //: ERROR_NO_LOGON_SERVERS (win32 1311)
                QT_TRANSLATE_NOOP("Catalog", "At boot the network is not ready when Netlogon starts, so an isolated "
                                             "5719 right after startup is often harmless"),
                //: ERROR_NO_LOGON_SERVERS (win32 1311)
                QT_TRANSLATE_NOOP("Catalog", "The Netlogon service is stopped on the member server, or every DC of "
                                             "the site is down"),
                //: ERROR_NO_LOGON_SERVERS (win32 1311)
                QT_TRANSLATE_NOOP("Catalog", "Interactive sign-in while no DC is reachable and the machine holds no "
                                             "cached logon for this user"),
            },
            {
                {
                    //: ERROR_NO_LOGON_SERVERS (win32 1311)
                    QT_TRANSLATE_NOOP("Catalog", "Ask the DC locator for a domain controller; an error here explains "
                                                 "the failure"),
                    "nltest /dsgetdc:contoso.com /force"},
                {
                    //: ERROR_NO_LOGON_SERVERS (win32 1311)
                    QT_TRANSLATE_NOOP("Catalog", "Check the secure channel of this machine and the DC it uses"),
                    "nltest /sc_query:contoso.com"},
                {
                    //: ERROR_NO_LOGON_SERVERS (win32 1311)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the DC SRV records resolve"),
                    "nslookup -type=SRV _ldap._tcp.dc._msdcs.contoso.com"},
                {
                    //: ERROR_NO_LOGON_SERVERS (win32 1311)
                    QT_TRANSLATE_NOOP("Catalog", "Read the Netlogon events in the System log"),
                    "Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='NETLOGON'; Id=5719,3210} -MaxEvents 20"},
            },
            {
                {Family::NtStatus, "STATUS_NO_LOGON_SERVERS", 0xC000005Eu,
                 //: ERROR_NO_LOGON_SERVERS (win32 1311)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS of the same failure, in 4625 Status")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: ERROR_NO_LOGON_SERVERS (win32 1311)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI result when no authority answers (by meaning, not a "
                                              "documented mapping)")},
                {Family::Win32, "ERROR_DOMAIN_CONTROLLER_NOT_FOUND", 1908u,
                 //: ERROR_NO_LOGON_SERVERS (win32 1311)
                 QT_TRANSLATE_NOOP("Catalog", "The DC locator's own failure")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "There are currently no logon servers available to service the logon request.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1317u, "ERROR_NO_SUCH_USER", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The specified account does not exist.",
            //: ERROR_NO_SUCH_USER (win32 1317)
            QT_TRANSLATE_NOOP("Catalog", "The account name was not found by the authority that was asked."),
            //: ERROR_NO_SUCH_USER (win32 1317)
            QT_TRANSLATE_NOOP("Catalog", "Account lookups and management calls (changing or resetting a password, "
                                         "querying or adding a user, resolving a name) return it when the name does "
                                         "not exist where they looked. Logons usually hide the difference and report "
                                         "a generic logon failure to the caller, while the server's event 4625 or "
                                         "the DC's 4776 keeps the detail as 0xC0000064. Seeing this code directly "
                                         "therefore points to a tool or API that works with account names."),
            {
                //: ERROR_NO_SUCH_USER (win32 1317)
                QT_TRANSLATE_NOOP("Catalog", "The user name is misspelled, or has the wrong domain prefix (a local "
                                             ".\\name instead of CONTOSO\\name, or the reverse)"),
                //: ERROR_NO_SUCH_USER (win32 1317)
                QT_TRANSLATE_NOOP("Catalog", "The account was deleted or renamed, or was just created and has not "
                                             "replicated to the DC that was asked"),
                //: ERROR_NO_SUCH_USER (win32 1317)
                QT_TRANSLATE_NOOP("Catalog", "The request went to the wrong domain, or to the local SAM of a member "
                                             "server instead of the domain"),
            },
            {
                {
                    //: ERROR_NO_SUCH_USER (win32 1317)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the account exists and how it is spelled"),
                    "Get-ADUser -Filter \"SamAccountName -eq 'jdoe'\" -Properties UserPrincipalName,whenCreated"},
                {
                    //: ERROR_NO_SUCH_USER (win32 1317)
                    QT_TRANSLATE_NOOP("Catalog", "Check that recent changes have replicated to all DCs"),
                    "repadmin /replsummary"},
                {
                    //: ERROR_NO_SUCH_USER (win32 1317)
                    QT_TRANSLATE_NOOP("Catalog", "On the DC, look for NTLM validation events (4776) with error "
                                                 "0xC0000064"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4776} -MaxEvents 100 | Where-Object { $_.Message -match '0xC0000064' }"},
            },
            {
                {Family::NtStatus, "STATUS_NO_SUCH_USER", 0xC0000064u,
                 //: ERROR_NO_SUCH_USER (win32 1317)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS in 4625 Sub Status and 4776")},
                {Family::Kerberos, "KDC_ERR_C_PRINCIPAL_UNKNOWN", 0x6u,
                 //: ERROR_NO_SUCH_USER (win32 1317)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos view: the KDC does not know the client name (event 4768)")},
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 //: ERROR_NO_SUCH_USER (win32 1317)
                 QT_TRANSLATE_NOOP("Catalog", "What a logon usually reports instead, to hide whether the user exists")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "The specified user does not exist.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1323u, "ERROR_WRONG_PASSWORD", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Unable to update the password. The value provided as the current password is incorrect.",
            //: ERROR_WRONG_PASSWORD (win32 1323)
            QT_TRANSLATE_NOOP("Catalog", "A password change was refused because the current (old) password given was "
                                         "wrong."),
            //: ERROR_WRONG_PASSWORD (win32 1323)
            QT_TRANSLATE_NOOP("Catalog", "Windows returns it when a password change (the Ctrl+Alt+Del change screen, "
                                         "the prompt for an expired password, Set-ADAccountPassword with "
                                         "-OldPassword, the NetUserChangePassword API) supplies an old password that "
                                         "does not match. Despite the name it is not the usual code of a failed "
                                         "logon: a bad password at logon is reported as ERROR_LOGON_FAILURE, and the "
                                         "DC records 0xC000006A. A wrong old password still counts as a bad attempt "
                                         "towards lockout."),
            {
                //: ERROR_WRONG_PASSWORD (win32 1323)
                QT_TRANSLATE_NOOP("Catalog", "The old password was mistyped (keyboard layout, Caps Lock)"),
                //: ERROR_WRONG_PASSWORD (win32 1323)
                QT_TRANSLATE_NOOP("Catalog", "The password was already changed or reset elsewhere, and the user "
                                             "gives the one before it"),
                //: ERROR_WRONG_PASSWORD (win32 1323)
                QT_TRANSLATE_NOOP("Catalog", "The change reached a DC that has not yet received a recent reset "
                                             "(replication delay)"),
            },
            {
                {
                    //: ERROR_WRONG_PASSWORD (win32 1323)
                    QT_TRANSLATE_NOOP("Catalog", "See when the password was last set and how many bad attempts were "
                                                 "counted"),
                    "Get-ADUser jdoe -Properties PasswordLastSet,badPwdCount,LastBadPasswordAttempt,LockedOut"},
                {
                    //: ERROR_WRONG_PASSWORD (win32 1323)
                    QT_TRANSLATE_NOOP("Catalog", "Compare the password attributes on every DC to spot a replication "
                                                 "delay"),
                    "repadmin /showobjmeta * \"CN=John Doe,OU=Staff,DC=contoso,DC=com\""},
                {
                    //: ERROR_WRONG_PASSWORD (win32 1323)
                    QT_TRANSLATE_NOOP("Catalog", "If the user no longer knows the current password, have an "
                                                 "administrator reset it instead of changing it"),
                    "Set-ADAccountPassword jdoe -Reset"},
            },
            {
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 //: ERROR_WRONG_PASSWORD (win32 1323)
                 QT_TRANSLATE_NOOP("Catalog", "Same name; the audit events use it for a bad logon password")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 //: ERROR_WRONG_PASSWORD (win32 1323)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos result of a wrong password at logon (event 4771)")},
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 //: ERROR_WRONG_PASSWORD (win32 1323)
                 QT_TRANSLATE_NOOP("Catalog", "What a logon with a wrong password returns")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1326u, "ERROR_LOGON_FAILURE", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The user name or password is incorrect.",
            //: ERROR_LOGON_FAILURE (win32 1326)
            QT_TRANSLATE_NOOP("Catalog", "The logon was refused: wrong password or unknown user name (deliberately "
                                         "not told apart)."),
            //: ERROR_LOGON_FAILURE (win32 1326)
            QT_TRANSLATE_NOOP("Catalog", "The most common Win32 logon error: LogonUser, runas, net use, mapped "
                                         "drives and RDP return it when the domain controller or the local SAM "
                                         "rejects the user name and password. Windows reports a wrong password and "
                                         "an unknown user the same way on purpose, so the real reason is only on the "
                                         "machine that checked the credentials: event 4625 on the server (Sub Status "
                                         "0xC000006A wrong password, 0xC0000064 unknown user), 4776 or 4771 on the "
                                         "DC. Its HRESULT form is 0x8007052E."),
            {
                //: ERROR_LOGON_FAILURE (win32 1326)
                QT_TRANSLATE_NOOP("Catalog", "Wrong or stale password, often a saved credential (Credential Manager, "
                                             "mapped drive, scheduled task, application pool) still holding the old "
                                             "password after a change"),
                //: ERROR_LOGON_FAILURE (win32 1326)
                QT_TRANSLATE_NOOP("Catalog", "The user name is wrong or in the wrong form: local .\\name versus "
                                             "CONTOSO\\name, or a UPN whose suffix the domain does not know"),
                //: ERROR_LOGON_FAILURE (win32 1326)
                QT_TRANSLATE_NOOP("Catalog", "Connecting to a workgroup machine with a local account whose name "
                                             "exists there with a different password"),
                //: ERROR_LOGON_FAILURE (win32 1326)
                QT_TRANSLATE_NOOP("Catalog", "NTLM level mismatch: the client sends LM or NTLMv1 while the server or "
                                             "DC accepts only NTLMv2 (LmCompatibilityLevel 5)"),
            },
            {
                {
                    //: ERROR_LOGON_FAILURE (win32 1326)
                    QT_TRANSLATE_NOOP("Catalog", "On the server that refused, read event 4625 and its Sub Status"),
                    "wevtutil qe Security /q:\"*[System[(EventID=4625)]]\" /c:20 /rd:true /f:text"},
                {
                    //: ERROR_LOGON_FAILURE (win32 1326)
                    QT_TRANSLATE_NOOP("Catalog", "On the DC, look for Kerberos pre-authentication failures (4771, "
                                                 "failure code 0x18) and NTLM validations (4776) of the account"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4771,4776} -MaxEvents 100 | Where-Object { $_.Message -match 'jdoe' }"},
                {
                    //: ERROR_LOGON_FAILURE (win32 1326)
                    QT_TRANSLATE_NOOP("Catalog", "List saved credentials on the client and remove stale ones"),
                    "cmdkey /list"},
                {
                    //: ERROR_LOGON_FAILURE (win32 1326)
                    QT_TRANSLATE_NOOP("Catalog", "Test the same user name and password explicitly"),
                    "net use \\\\fs01.contoso.com\\IPC$ /user:CONTOSO\\jdoe *"},
            },
            {
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 //: ERROR_LOGON_FAILURE (win32 1326)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 Status and 4776")},
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 //: ERROR_LOGON_FAILURE (win32 1326)
                 QT_TRANSLATE_NOOP("Catalog", "The usual Sub Status behind it when the password is wrong")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: ERROR_LOGON_FAILURE (win32 1326)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI-level failure of the same attempt (by meaning, not a "
                                              "documented mapping)")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 //: ERROR_LOGON_FAILURE (win32 1326)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos view of a wrong password (4771 on the DC)")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: unknown user name or bad password.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1327u, "ERROR_ACCOUNT_RESTRICTION", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Account restrictions are preventing this user from signing in. For example: blank passwords aren't allowed, sign-in times are limited, or a policy restriction has been enforced.",
            //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
            QT_TRANSLATE_NOOP("Catalog", "A restriction on the account forbids this logon, whatever the password."),
            //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
            QT_TRANSLATE_NOOP("Catalog", "A rule attached to the account blocked the logon: most often a local "
                                         "account with an empty password used over the network, or an Active "
                                         "Directory authentication policy that limits where the account may sign in "
                                         "from (for NTLM, MS-APDS specifies this status). Event 4625 shows it as "
                                         "0xC000006E. Microsoft's older 4625 table labels that status as a bad user "
                                         "name or password, which disagrees with the SDK text; this catalog follows "
                                         "the SDK."),
            {
                //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                QT_TRANSLATE_NOOP("Catalog", "A local account with a blank password is used over the network, which "
                                             "'Accounts: Limit local account use of blank passwords to console logon "
                                             "only' (LimitBlankPasswordUse=1, the default) blocks"),
                //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                QT_TRANSLATE_NOOP("Catalog", "An authentication policy or silo limits the devices the account may "
                                             "sign in from, and this logon came from elsewhere or used NTLM"),
                //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                QT_TRANSLATE_NOOP("Catalog", "The account was recently added to Protected Users, which forbids NTLM, "
                                             "cached logons and delegation for it"),
            },
            {
                {
                    //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether blank passwords are limited to logons at the machine "
                                                 "itself"),
                    "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LimitBlankPasswordUse"},
                {
                    //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether an authentication policy or silo is assigned to the "
                                                 "account"),
                    "Get-ADUser jdoe -Properties msDS-AssignedAuthNPolicy,msDS-AssignedAuthNPolicySilo"},
                {
                    //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                    QT_TRANSLATE_NOOP("Catalog", "Check whether the account is in Protected Users"),
                    "Get-ADGroupMember 'Protected Users' | Select-Object SamAccountName"},
                {
                    //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                    QT_TRANSLATE_NOOP("Catalog", "On the server, confirm Sub Status 0xC000006E in event 4625"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625} -MaxEvents 50 | Where-Object { $_.Message -match '0xC000006E' }"},
            },
            {
                {Family::NtStatus, "STATUS_ACCOUNT_RESTRICTION", 0xC000006Eu,
                 //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625")},
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos refusal for account logon restrictions")},
                {Family::Win32, "ERROR_INVALID_LOGON_HOURS", 1328u,
                 //: ERROR_ACCOUNT_RESTRICTION (win32 1327)
                 QT_TRANSLATE_NOOP("Catalog", "A more specific restriction with its own code")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: user account restriction.  Possible reasons are blank passwords not allowed, logon hour restrictions, or a policy restriction has been enforced.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1328u, "ERROR_INVALID_LOGON_HOURS", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Your account has time restrictions that keep you from signing in right now.",
            //: ERROR_INVALID_LOGON_HOURS (win32 1328)
            QT_TRANSLATE_NOOP("Catalog", "The account may not sign in at this time of day or on this day of the week."),
            //: ERROR_INVALID_LOGON_HOURS (win32 1328)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller compares the time of the logon with the account's "
                                         "permitted logon hours (the logonHours attribute, Logon Hours on the "
                                         "Account tab of the user) and refuses outside them. The NTSTATUS is "
                                         "0xC000006F in 4625 and 4776, and the KDC refuses the Kerberos request as "
                                         "well. The hours are stored in UTC, so a schedule set by an administrator "
                                         "in another time zone can end up shifted."),
            {
                //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                QT_TRANSLATE_NOOP("Catalog", "The user signs in outside the hours set on the account (shift work, "
                                             "night batch jobs under a user account)"),
                //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                QT_TRANSLATE_NOOP("Catalog", "The hours were set from a different time zone and are shifted from "
                                             "what was intended"),
                //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                QT_TRANSLATE_NOOP("Catalog", "A clock or time zone error on the DC makes a permitted time look "
                                             "forbidden"),
            },
            {
                {
                    //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                    QT_TRANSLATE_NOOP("Catalog", "Show the account's logon hours"),
                    "net user jdoe /domain"},
                {
                    //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                    QT_TRANSLATE_NOOP("Catalog", "Check the offset of the DC's clock"),
                    "w32tm /stripchart /computer:dc01.contoso.com /samples:3 /dataonly"},
                {
                    //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                    QT_TRANSLATE_NOOP("Catalog", "Adjust the hours with Logon Hours on the Account tab of the "
                                                 "user in Active Directory Users and Computers, or from the "
                                                 "command line (the example allows Monday to Friday, 08:00 to "
                                                 "18:00)"),
                    "net user jdoe /times:M-F,08:00-18:00 /domain"},
            },
            {
                {Family::NtStatus, "STATUS_INVALID_LOGON_HOURS", 0xC000006Fu,
                 //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                 QT_TRANSLATE_NOOP("Catalog", "Microsoft's summary lists logon-hour limits under this Kerberos code")},
                {Family::Win32, "ERROR_ACCOUNT_RESTRICTION", 1327u,
                 //: ERROR_INVALID_LOGON_HOURS (win32 1328)
                 QT_TRANSLATE_NOOP("Catalog", "The general restriction code")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: account logon time restriction violation.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1329u, "ERROR_INVALID_WORKSTATION", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "This user isn't allowed to sign in to this computer.",
            //: ERROR_INVALID_WORKSTATION (win32 1329)
            QT_TRANSLATE_NOOP("Catalog", "The account's 'Log On To' list does not include the computer the logon "
                                         "came from."),
            //: ERROR_INVALID_WORKSTATION (win32 1329)
            QT_TRANSLATE_NOOP("Catalog", "An account can be limited to named workstations (the userWorkstations "
                                         "attribute, 'Log On To' in Active Directory Users and Computers). The DC "
                                         "refuses a logon from any other machine, with 0xC0000070 in 4625 or 4776. "
                                         "The list holds NetBIOS computer names; when a server performs the logon "
                                         "for the user (IIS basic authentication, RD Gateway, OWA), the workstation "
                                         "checked is often that server, so it must be listed too."),
            {
                //: ERROR_INVALID_WORKSTATION (win32 1329)
                QT_TRANSLATE_NOOP("Catalog", "The user signs in from a computer that is not on the account's 'Log On "
                                             "To' list"),
                //: ERROR_INVALID_WORKSTATION (win32 1329)
                QT_TRANSLATE_NOOP("Catalog", "A server performs the logon on the user's behalf (IIS basic "
                                             "authentication, RD Gateway, mail servers) and that server is missing "
                                             "from the list"),
                //: ERROR_INVALID_WORKSTATION (win32 1329)
                QT_TRANSLATE_NOOP("Catalog", "The list holds an old or DNS-style name instead of the NetBIOS "
                                             "computer name"),
            },
            {
                {
                    //: ERROR_INVALID_WORKSTATION (win32 1329)
                    QT_TRANSLATE_NOOP("Catalog", "Show the workstations the account may use"),
                    "Get-ADUser jdoe -Properties userWorkstations | Select-Object userWorkstations"},
                {
                    //: ERROR_INVALID_WORKSTATION (win32 1329)
                    QT_TRANSLATE_NOOP("Catalog", "Find the workstation name the DC saw in the failure events"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4776} -MaxEvents 50 | Where-Object { $_.Message -match '0xC0000070' } | Format-List TimeCreated,Message"},
                {
                    //: ERROR_INVALID_WORKSTATION (win32 1329)
                    QT_TRANSLATE_NOOP("Catalog", "Add the missing computer to 'Log On To', or clear the list if the "
                                                 "restriction is no longer wanted"),
                    "Set-ADUser jdoe -LogonWorkstations 'PC01,PC02'"},
            },
            {
                {Family::NtStatus, "STATUS_INVALID_WORKSTATION", 0xC0000070u,
                 //: ERROR_INVALID_WORKSTATION (win32 1329)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 //: ERROR_INVALID_WORKSTATION (win32 1329)
                 QT_TRANSLATE_NOOP("Catalog", "Microsoft's summary names workstation restrictions under this "
                                              "Kerberos code")},
                {Family::Win32, "ERROR_ACCOUNT_RESTRICTION", 1327u,
                 //: ERROR_INVALID_WORKSTATION (win32 1329)
                 QT_TRANSLATE_NOOP("Catalog", "The general restriction code")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: user not allowed to log on to this computer.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1330u, "ERROR_PASSWORD_EXPIRED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The password for this account has expired.",
            //: ERROR_PASSWORD_EXPIRED (win32 1330)
            QT_TRANSLATE_NOOP("Catalog", "The password is older than the maximum password age and must be changed."),
            //: ERROR_PASSWORD_EXPIRED (win32 1330)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller refuses the logon because the password has passed "
                                         "the maximum age of the domain policy or of a fine-grained password policy. "
                                         "Interactive logons offer to change it; network logons, services, scheduled "
                                         "tasks and applications just fail, with 0xC0000071 in 4625 or 4776 and "
                                         "Kerberos 0x17 (KDC_ERR_KEY_EXPIRED) in 4771. Service accounts that were "
                                         "meant never to expire are the usual victims."),
            {
                //: ERROR_PASSWORD_EXPIRED (win32 1330)
                QT_TRANSLATE_NOOP("Catalog", "A service or application account that was never set to 'Password never "
                                             "expires' reached the maximum age"),
                //: ERROR_PASSWORD_EXPIRED (win32 1330)
                QT_TRANSLATE_NOOP("Catalog", "The user ignored the expiry warnings, or signs in only over VPN, "
                                             "webmail or RDP where no change prompt is shown"),
                //: ERROR_PASSWORD_EXPIRED (win32 1330)
                QT_TRANSLATE_NOOP("Catalog", "A fine-grained password policy with a shorter maximum age applies to "
                                             "the account"),
            },
            {
                {
                    //: ERROR_PASSWORD_EXPIRED (win32 1330)
                    QT_TRANSLATE_NOOP("Catalog", "Check when the password was set and when it expires"),
                    "Get-ADUser jdoe -Properties PasswordLastSet,PasswordExpired,PasswordNeverExpires,msDS-UserPasswordExpiryTimeComputed"},
                {
                    //: ERROR_PASSWORD_EXPIRED (win32 1330)
                    QT_TRANSLATE_NOOP("Catalog", "See which fine-grained password policy applies to the account, if "
                                                 "any"),
                    "Get-ADUserResultantPasswordPolicy jdoe"},
                {
                    //: ERROR_PASSWORD_EXPIRED (win32 1330)
                    QT_TRANSLATE_NOOP("Catalog", "Change or reset the password, then update every service, task and "
                                                 "saved credential that uses it"),
                    "Set-ADAccountPassword jdoe -Reset"},
            },
            {
                {Family::NtStatus, "STATUS_PASSWORD_EXPIRED", 0xC0000071u,
                 //: ERROR_PASSWORD_EXPIRED (win32 1330)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_KEY_EXPIRED", 0x17u,
                 //: ERROR_PASSWORD_EXPIRED (win32 1330)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos result for an expired password (event 4771)")},
                {Family::Win32, "ERROR_PASSWORD_MUST_CHANGE", 1907u,
                 //: ERROR_PASSWORD_EXPIRED (win32 1330)
                 QT_TRANSLATE_NOOP("Catalog", "Must change for another reason: the change-at-next-logon flag")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: the specified account password has expired.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1331u, "ERROR_ACCOUNT_DISABLED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "This user can't sign in because this account is currently disabled.",
            //: ERROR_ACCOUNT_DISABLED (win32 1331)
            QT_TRANSLATE_NOOP("Catalog", "The account is disabled, so every logon with it fails."),
            //: ERROR_ACCOUNT_DISABLED (win32 1331)
            QT_TRANSLATE_NOOP("Catalog", "An administrator, a provisioning tool or a script disabled the account "
                                         "(the ACCOUNTDISABLE flag of userAccountControl), and the domain controller "
                                         "or local SAM refuses it whatever the password. It shows up as 0xC0000072 "
                                         "in 4625 and 4776 and as Kerberos 0x12 (KDC_ERR_CLIENT_REVOKED). When a "
                                         "service or scheduled task fails with it, the account was usually disabled "
                                         "by a clean-up that did not know it was in use."),
            {
                //: ERROR_ACCOUNT_DISABLED (win32 1331)
                QT_TRANSLATE_NOOP("Catalog", "The account was disabled on purpose (leaver process, ended contract, "
                                             "security response)"),
                //: ERROR_ACCOUNT_DISABLED (win32 1331)
                QT_TRANSLATE_NOOP("Catalog", "A service, task or application still runs under an account that was "
                                             "disabled as unused"),
                //: ERROR_ACCOUNT_DISABLED (win32 1331)
                QT_TRANSLATE_NOOP("Catalog", "For a local account: the built-in Administrator and Guest accounts are "
                                             "disabled by default"),
            },
            {
                {
                    //: ERROR_ACCOUNT_DISABLED (win32 1331)
                    QT_TRANSLATE_NOOP("Catalog", "Check the account state"),
                    "Get-ADUser jdoe -Properties Enabled,whenChanged,Description"},
                {
                    //: ERROR_ACCOUNT_DISABLED (win32 1331)
                    QT_TRANSLATE_NOOP("Catalog", "Find who disabled it: event 4725 on the DCs"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4725} -MaxEvents 50 | Format-List TimeCreated,Message"},
                {
                    //: ERROR_ACCOUNT_DISABLED (win32 1331)
                    QT_TRANSLATE_NOOP("Catalog", "Re-enable it only after confirming that it should be in use"),
                    "Enable-ADAccount jdoe"},
                {
                    //: ERROR_ACCOUNT_DISABLED (win32 1331)
                    QT_TRANSLATE_NOOP("Catalog", "For a local account, check its state on that machine"),
                    "Get-LocalUser | Select-Object Name,Enabled"},
            },
            {
                {Family::NtStatus, "STATUS_ACCOUNT_DISABLED", 0xC0000072u,
                 //: ERROR_ACCOUNT_DISABLED (win32 1331)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: ERROR_ACCOUNT_DISABLED (win32 1331)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos result for a disabled, expired or locked-out account")},
                {Family::Win32, "ERROR_ACCOUNT_LOCKED_OUT", 1909u,
                 //: ERROR_ACCOUNT_DISABLED (win32 1331)
                 QT_TRANSLATE_NOOP("Catalog", "A different, temporary state that is often confused with this one")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon failure: account currently disabled.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1355u, "ERROR_NO_SUCH_DOMAIN", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The specified domain either does not exist or could not be contacted.",
            //: ERROR_NO_SUCH_DOMAIN (win32 1355)
            QT_TRANSLATE_NOOP("Catalog", "The domain named in the request could not be found or reached."),
            //: ERROR_NO_SUCH_DOMAIN (win32 1355)
            QT_TRANSLATE_NOOP("Catalog", "The DC locator and the APIs built on it (domain join, nltest, the AD "
                                         "PowerShell module, account lookups, trust operations) return it when no "
                                         "domain controller for that name can be found through DNS or NetBIOS. It is "
                                         "the classic error of a domain join from a machine whose DNS servers do not "
                                         "serve the AD zones, and of logons that name a misspelled domain or one "
                                         "reachable only through a broken trust."),
            {
                //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                QT_TRANSLATE_NOOP("Catalog", "The client's DNS servers are not the domain's DNS (public or ISP DNS, "
                                             "a home router), so the _ldap._tcp.dc._msdcs SRV records cannot be found"),
                //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                QT_TRANSLATE_NOOP("Catalog", "The domain name is misspelled, or the NetBIOS name is used where only "
                                             "the DNS name resolves (or the reverse)"),
                //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                QT_TRANSLATE_NOOP("Catalog", "The domain is in another forest and the trust or DNS conditional "
                                             "forwarding to it is missing or broken"),
                //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                QT_TRANSLATE_NOOP("Catalog", "A firewall blocks DNS, LDAP (389) or the DC ports from the client"),
            },
            {
                {
                    //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                    QT_TRANSLATE_NOOP("Catalog", "Ask the DC locator for the domain"),
                    "nltest /dsgetdc:contoso.com"},
                {
                    //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                    QT_TRANSLATE_NOOP("Catalog", "Check which DNS servers the client uses"),
                    "Get-DnsClientServerAddress -AddressFamily IPv4"},
                {
                    //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the DC SRV records resolve"),
                    "nslookup -type=SRV _ldap._tcp.dc._msdcs.contoso.com"},
                {
                    //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                    QT_TRANSLATE_NOOP("Catalog", "For another forest, list the trusts and their state"),
                    "nltest /domain_trusts /all_trusts /v"},
            },
            {
                {Family::Win32, "ERROR_DOMAIN_CONTROLLER_NOT_FOUND", 1908u,
                 //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                 QT_TRANSLATE_NOOP("Catalog", "A close locator failure: no usable DC for the domain")},
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                 QT_TRANSLATE_NOOP("Catalog", "What a logon reports when no DC of a known domain answers")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: ERROR_NO_SUCH_DOMAIN (win32 1355)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI result when no authority can be reached")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1385u, "ERROR_LOGON_TYPE_NOT_GRANTED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Logon failure: the user has not been granted the requested logon type at this computer.",
            //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
            QT_TRANSLATE_NOOP("Catalog", "The user lacks the right for this kind of logon (interactive, network, "
                                         "batch, service, RDP) on this computer."),
            //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
            QT_TRANSLATE_NOOP("Catalog", "The credentials were correct, but the local security policy of the target "
                                         "machine does not grant the logon right this logon type needs, or "
                                         "explicitly denies it. Typical cases are RDP without 'Allow log on through "
                                         "Remote Desktop Services', a scheduled task without 'Log on as a batch "
                                         "job', a service without 'Log on as a service', and a 'Deny access to this "
                                         "computer from the network' entry. Event 4625 on the target shows Sub "
                                         "Status 0xC000015B and the refused Logon Type."),
            {
                //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                QT_TRANSLATE_NOOP("Catalog", "RDP to a server by a user who is neither in Remote Desktop Users nor "
                                             "granted 'Allow log on through Remote Desktop Services'"),
                //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                QT_TRANSLATE_NOOP("Catalog", "A service or scheduled task account lacks 'Log on as a service' or "
                                             "'Log on as a batch job', often removed by a Group Policy that replaces "
                                             "the local list"),
                //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                QT_TRANSLATE_NOOP("Catalog", "A 'Deny log on' right (locally, from the network, through Remote "
                                             "Desktop Services) includes the user or one of their groups"),
            },
            {
                {
                    //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                    QT_TRANSLATE_NOOP("Catalog", "On the target, read 4625 with Sub Status 0xC000015B and note the "
                                                 "Logon Type (2 interactive, 3 network, 4 batch, 5 service, 10 RDP)"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625} -MaxEvents 50 | Where-Object { $_.Message -match '0xC000015B' } | Format-List TimeCreated,Message"},
                {
                    //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                    QT_TRANSLATE_NOOP("Catalog", "See which Group Policy objects apply to that machine and set the "
                                                 "user rights"),
                    "gpresult /h gpresult.html"},
                {
                    //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                    QT_TRANSLATE_NOOP("Catalog", "Export the effective user rights assignment"),
                    "secedit /export /cfg rights.inf /areas USER_RIGHTS"},
            },
            {
                {Family::NtStatus, "STATUS_LOGON_TYPE_NOT_GRANTED", 0xC000015Bu,
                 //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                 QT_TRANSLATE_NOOP("Catalog", "What SSPI callers see for the same refusal (by meaning)")},
                {Family::Win32, "ERROR_ACCESS_DENIED", 5u,
                 //: ERROR_LOGON_TYPE_NOT_GRANTED (win32 1385)
                 QT_TRANSLATE_NOOP("Catalog", "The generic refusal some tools show instead")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1396u, "ERROR_WRONG_TARGET_NAME", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The target account name is incorrect.",
            //: ERROR_WRONG_TARGET_NAME (win32 1396)
            QT_TRANSLATE_NOOP("Catalog", "The server reached is not the account the Kerberos ticket was issued for "
                                         "(wrong DNS, alias or SPN)."),
            //: ERROR_WRONG_TARGET_NAME (win32 1396)
            QT_TRANSLATE_NOOP("Catalog", "The SDK text parallels SEC_E_WRONG_PRINCIPAL: the target name the client "
                                         "authenticated to does not belong to the account that answered. It is "
                                         "usually met when file shares and other SMB or RPC resources are opened by "
                                         "name and DNS or a hosts entry sends the client to another machine, when an "
                                         "alias (CNAME) has no SPN of its own, or when the SPN is registered on a "
                                         "different account. The receiving server cannot decrypt the ticket, and the "
                                         "client's System log often shows Kerberos event 4 (KRB_AP_ERR_MODIFIED)."),
            {
                //: ERROR_WRONG_TARGET_NAME (win32 1396)
                QT_TRANSLATE_NOOP("Catalog", "DNS (or a hosts file entry) resolves the server name to another "
                                             "machine, such as a stale record after a rebuild or an IP change"),
                //: ERROR_WRONG_TARGET_NAME (win32 1396)
                QT_TRANSLATE_NOOP("Catalog", "The client uses an alias (CNAME, DFS namespace name, load-balancer "
                                             "name) whose SPN is missing or on another account"),
                //: ERROR_WRONG_TARGET_NAME (win32 1396)
                QT_TRANSLATE_NOOP("Catalog", "Two computer objects, or a computer and a service account, hold the "
                                             "same SPN (duplicate SPN)"),
                //: ERROR_WRONG_TARGET_NAME (win32 1396)
                QT_TRANSLATE_NOOP("Catalog", "The server's computer account was reset or rejoined and the client "
                                             "still holds a ticket encrypted with the old key"),
            },
            {
                {
                    //: ERROR_WRONG_TARGET_NAME (win32 1396)
                    QT_TRANSLATE_NOOP("Catalog", "Check which address the name resolves to and that it is the "
                                                 "intended server"),
                    "Resolve-DnsName fs01.contoso.com"},
                {
                    //: ERROR_WRONG_TARGET_NAME (win32 1396)
                    QT_TRANSLATE_NOOP("Catalog", "Find which account holds the SPN"),
                    "setspn -Q cifs/fs01.contoso.com"},
                {
                    //: ERROR_WRONG_TARGET_NAME (win32 1396)
                    QT_TRANSLATE_NOOP("Catalog", "List duplicate SPNs in the forest"),
                    "setspn -X -F"},
                {
                    //: ERROR_WRONG_TARGET_NAME (win32 1396)
                    QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets and retry after fixing DNS or the SPN"),
                    "klist purge"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: ERROR_WRONG_TARGET_NAME (win32 1396)
                 QT_TRANSLATE_NOOP("Catalog", "SSPI counterpart with parallel SDK text (by meaning, not a documented "
                                              "mapping)")},
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: ERROR_WRONG_TARGET_NAME (win32 1396)
                 QT_TRANSLATE_NOOP("Catalog", "What the server answers when it cannot decrypt a ticket made for "
                                              "another account")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: ERROR_WRONG_TARGET_NAME (win32 1396)
                 QT_TRANSLATE_NOOP("Catalog", "When no account holds the SPN at all")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "Logon Failure: The target account name is incorrect.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1398u, "ERROR_TIME_SKEW", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "There is a time and/or date difference between the client and server.",
            //: ERROR_TIME_SKEW (win32 1398)
            QT_TRANSLATE_NOOP("Catalog", "Client and server clocks differ by more than Kerberos allows (5 minutes by "
                                         "default)."),
            //: ERROR_TIME_SKEW (win32 1398)
            QT_TRANSLATE_NOOP("Catalog", "It names the same condition as SEC_E_TIME_SKEW and the Kerberos error "
                                         "KRB_AP_ERR_SKEW (the SDK texts differ in wording) and appears where a tool "
                                         "reports Win32 errors rather than SSPI results. The tolerance is the "
                                         "Kerberos policy 'Maximum tolerance for computer clock synchronization'. "
                                         "The fix is always the time source, never a larger tolerance."),
            {
                //: ERROR_TIME_SKEW (win32 1398)
                QT_TRANSLATE_NOOP("Catalog", "The client or server does not take its time from the domain hierarchy "
                                             "(virtual machine host time, a stopped Windows Time service, a manually "
                                             "set NTP server)"),
                //: ERROR_TIME_SKEW (win32 1398)
                QT_TRANSLATE_NOOP("Catalog", "The PDC emulator of the forest root syncs from a wrong or unreliable "
                                             "external source, and the whole domain drifts"),
                //: ERROR_TIME_SKEW (win32 1398)
                QT_TRANSLATE_NOOP("Catalog", "A machine resumed from sleep, a snapshot or a restore with an old clock"),
            },
            {
                {
                    //: ERROR_TIME_SKEW (win32 1398)
                    QT_TRANSLATE_NOOP("Catalog", "Measure the offset between this machine and a domain controller"),
                    "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                {
                    //: ERROR_TIME_SKEW (win32 1398)
                    QT_TRANSLATE_NOOP("Catalog", "Show where this machine takes its time from"),
                    "w32tm /query /source"},
                {
                    //: ERROR_TIME_SKEW (win32 1398)
                    QT_TRANSLATE_NOOP("Catalog", "Resync from the domain hierarchy once the source is right"),
                    "w32tm /resync /rediscover"},
            },
            {
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: ERROR_TIME_SKEW (win32 1398)
                 QT_TRANSLATE_NOOP("Catalog", "Same stem: the SSPI form of the condition")},
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: ERROR_TIME_SKEW (win32 1398)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error the KDC or the server actually returns")},
                {Family::NtStatus, "STATUS_TIME_DIFFERENCE_AT_DC", 0xC0000133u,
                 //: ERROR_TIME_SKEW (win32 1398)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS in 4625 for a clock difference with the DC")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1722u, "RPC_S_SERVER_UNAVAILABLE", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The RPC server is unavailable.",
            //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
            QT_TRANSLATE_NOOP("Catalog", "The RPC endpoint could not be reached: a connectivity result, not an "
                                         "authentication one."),
            //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
            QT_TRANSLATE_NOOP("Catalog", "RPC clients (the Netlogon secure channel, domain join, DCOM and WMI, "
                                         "remote management, replication, certificate enrollment) return it when "
                                         "they cannot connect to the endpoint mapper on TCP 135 or to the dynamic "
                                         "port it hands out. It often appears next to authentication errors because "
                                         "those operations authenticate over RPC, but nothing was authenticated yet: "
                                         "fix the network path first. Its HRESULT form is 0x800706BA."),
            {
                //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                QT_TRANSLATE_NOOP("Catalog", "A firewall blocks TCP 135 or the dynamic RPC range (49152-65535 by "
                                             "default) between client and server"),
                //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                QT_TRANSLATE_NOOP("Catalog", "The name resolves to a wrong or stale address, or the server is down"),
                //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                QT_TRANSLATE_NOOP("Catalog", "The service behind the interface is not running on the target (for "
                                             "example Netlogon, WMI or Remote Registry)"),
            },
            {
                {
                    //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                    QT_TRANSLATE_NOOP("Catalog", "Test the endpoint mapper port"),
                    "Test-NetConnection dc01.contoso.com -Port 135"},
                {
                    //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                    QT_TRANSLATE_NOOP("Catalog", "List the endpoints the server registers and test their ports "
                                                 "(PortQry is a free Microsoft download)"),
                    "portqry -n dc01.contoso.com -e 135"},
                {
                    //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                    QT_TRANSLATE_NOOP("Catalog", "Check that name resolution gives the right address"),
                    "Resolve-DnsName dc01.contoso.com"},
            },
            {
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                 QT_TRANSLATE_NOOP("Catalog", "What a logon reports when the DC cannot be reached at all")},
                {Family::Win32, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789u,
                 //: RPC_S_SERVER_UNAVAILABLE (win32 1722)
                 QT_TRANSLATE_NOOP("Catalog", "Often investigated together; unlike 1789, this code says nothing "
                                              "about the computer account")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1786u, "ERROR_NO_TRUST_LSA_SECRET", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The workstation does not have a trust secret.",
            //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
            QT_TRANSLATE_NOOP("Catalog", "This computer has no machine account password (LSA secret) to set up its "
                                         "secure channel."),
            //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
            QT_TRANSLATE_NOOP("Catalog", "A domain member keeps its computer account password as an LSA secret and "
                                         "uses it to set up the Netlogon secure channel with a domain controller. "
                                         "When the secret is missing, the machine cannot prove its identity to the "
                                         "domain and domain logons on it fail. Possible origins are an interrupted "
                                         "join or unjoin and a system image or restore that did not carry the "
                                         "secret; in every case the remedy is to rebuild the secure channel."),
            {
                //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                QT_TRANSLATE_NOOP("Catalog", "A domain join or unjoin was interrupted and left the machine half "
                                             "joined"),
                //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                QT_TRANSLATE_NOOP("Catalog", "The system was imaged, cloned or restored in a way that did not carry "
                                             "the LSA secrets"),
                //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                QT_TRANSLATE_NOOP("Catalog", "The local security policy database (LSA) is damaged"),
            },
            {
                {
                    //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                    QT_TRANSLATE_NOOP("Catalog", "Test the secure channel"),
                    "Test-ComputerSecureChannel -Verbose"},
                {
                    //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                    QT_TRANSLATE_NOOP("Catalog", "Repair it with a domain administrator's credentials"),
                    "Test-ComputerSecureChannel -Repair -Credential CONTOSO\\admin"},
                {
                    //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                    QT_TRANSLATE_NOOP("Catalog", "If the repair fails, reset the machine password against a chosen "
                                                 "DC, or rejoin the domain"),
                    "Reset-ComputerMachinePassword -Server dc01.contoso.com -Credential CONTOSO\\admin"},
            },
            {
                {Family::Win32, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789u,
                 //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                 QT_TRANSLATE_NOOP("Catalog", "The message users see when the secure channel cannot be set up")},
                {Family::Win32, "ERROR_NO_TRUST_SAM_ACCOUNT", 1787u,
                 //: ERROR_NO_TRUST_LSA_SECRET (win32 1786)
                 QT_TRANSLATE_NOOP("Catalog", "The same secure channel failure seen from the DC: the computer "
                                              "account is missing")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1787u, "ERROR_NO_TRUST_SAM_ACCOUNT", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The security database on the server does not have a computer account for this workstation trust relationship.",
            //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
            QT_TRANSLATE_NOOP("Catalog", "The domain has no computer account for this machine, so its secure channel "
                                         "cannot be set up."),
            //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
            QT_TRANSLATE_NOOP("Catalog", "When the member tried to set up its Netlogon secure channel, the domain "
                                         "controller looked for the computer account the member named and did not "
                                         "find it. Users of that machine get the message when they sign in with a "
                                         "domain account, and the DC logs a Netlogon error about the failed session "
                                         "setup. The account was deleted, the machine was renamed without the "
                                         "account following, or the account has not yet replicated to the DC the "
                                         "machine contacted."),
            {
                //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                QT_TRANSLATE_NOOP("Catalog", "The computer object was deleted (clean-up of stale computers, or by "
                                             "mistake)"),
                //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                QT_TRANSLATE_NOOP("Catalog", "The machine was renamed, or restored from an old image, and its name "
                                             "no longer matches an account"),
                //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                QT_TRANSLATE_NOOP("Catalog", "The computer account was just created on another DC and has not "
                                             "replicated yet"),
            },
            {
                {
                    //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the computer account exists"),
                    "Get-ADComputer PC01 -Properties whenCreated,PasswordLastSet,Enabled"},
                {
                    //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                    QT_TRANSLATE_NOOP("Catalog", "If it was deleted recently and the AD Recycle Bin is enabled, "
                                                 "restore it"),
                    "Get-ADObject -Filter \"samAccountName -eq 'PC01$'\" -IncludeDeletedObjects | Restore-ADObject"},
                {
                    //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                    QT_TRANSLATE_NOOP("Catalog", "Otherwise, signed in with a local administrator account, "
                                                 "move the machine to a workgroup, restart, and join the "
                                                 "domain again with this command"),
                    "Add-Computer -DomainName contoso.com -Credential CONTOSO\\admin -Restart"},
            },
            {
                {Family::Win32, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789u,
                 //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                 QT_TRANSLATE_NOOP("Catalog", "What users see on the machine when the secure channel fails")},
                {Family::Win32, "ERROR_NO_TRUST_LSA_SECRET", 1786u,
                 //: ERROR_NO_TRUST_SAM_ACCOUNT (win32 1787)
                 QT_TRANSLATE_NOOP("Catalog", "The opposite side: the machine lacks its secret")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1788u, "ERROR_TRUSTED_DOMAIN_FAILURE", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The trust relationship between the primary domain and the trusted domain failed.",
            //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
            QT_TRANSLATE_NOOP("Catalog", "The trust between this domain and another (trusted) domain could not be "
                                         "used."),
            //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
            QT_TRANSLATE_NOOP("Catalog", "A domain controller or member server had to pass a logon or a name lookup "
                                         "to a trusted domain and the trust failed: its DCs could not be reached, "
                                         "the trust password is out of sync, or the trust was removed on one side. "
                                         "Users of the other domain then fail to reach resources here, with "
                                         "0xC000018C in event 4625. Verifying the trust from both sides usually "
                                         "shows which half is broken."),
            {
                //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                QT_TRANSLATE_NOOP("Catalog", "The DCs of the trusted domain cannot be reached (firewall, site links, "
                                             "DNS conditional forwarders)"),
                //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                QT_TRANSLATE_NOOP("Catalog", "The trust password is out of sync between the two domains, for example "
                                             "after a DC of one side was restored"),
                //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                QT_TRANSLATE_NOOP("Catalog", "The trust was deleted or recreated on one side only"),
            },
            {
                {
                    //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the trust from this domain"),
                    "netdom trust contoso.com /domain:fabrikam.com /verify"},
                {
                    //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                    QT_TRANSLATE_NOOP("Catalog", "List the trusts with their attributes"),
                    "nltest /domain_trusts /all_trusts /v"},
                {
                    //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                    QT_TRANSLATE_NOOP("Catalog", "Check that a DC of the trusted domain can be located from here"),
                    "nltest /dsgetdc:fabrikam.com"},
            },
            {
                {Family::NtStatus, "STATUS_TRUSTED_DOMAIN_FAILURE", 0xC000018Cu,
                 //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625")},
                {Family::Win32, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789u,
                 //: ERROR_TRUSTED_DOMAIN_FAILURE (win32 1788)
                 QT_TRANSLATE_NOOP("Catalog", "The same kind of failure for a workstation's trust with its own domain")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1789u, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The trust relationship between this workstation and the primary domain failed.",
            //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
            QT_TRANSLATE_NOOP("Catalog", "This computer's secure channel with its domain failed: its machine account "
                                         "password no longer matches."),
            //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
            QT_TRANSLATE_NOOP("Catalog", "Every domain member shares a password with its computer account in Active "
                                         "Directory and changes it on its own, every 30 days by default. When the "
                                         "two copies differ, the Netlogon secure channel cannot be set up and domain "
                                         "sign-ins on that machine fail with this message; the member logs Netlogon "
                                         "event 3210 and the DC logs 5722. Signing in with a local administrator "
                                         "account still works and is the way in to repair it."),
            {
                //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                QT_TRANSLATE_NOOP("Catalog", "The machine was restored from a snapshot or image older than its last "
                                             "machine password change"),
                //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                QT_TRANSLATE_NOOP("Catalog", "Another computer was joined with the same name, or the computer "
                                             "account was reset in Active Directory"),
                //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                QT_TRANSLATE_NOOP("Catalog", "The machine was cloned without Sysprep"),
                //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                QT_TRANSLATE_NOOP("Catalog", "The password change reached one DC but did not replicate to the others"),
            },
            {
                {
                    //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                    QT_TRANSLATE_NOOP("Catalog", "Test the secure channel"),
                    "Test-ComputerSecureChannel -Verbose"},
                {
                    //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                    QT_TRANSLATE_NOOP("Catalog", "Repair it without rejoining (signed in with a local administrator "
                                                 "account)"),
                    "Test-ComputerSecureChannel -Repair -Credential CONTOSO\\admin"},
                {
                    //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                    QT_TRANSLATE_NOOP("Catalog", "Or reset the machine password against a chosen DC"),
                    "Reset-ComputerMachinePassword -Server dc01.contoso.com -Credential CONTOSO\\admin"},
                {
                    //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the secure channel and the DC it uses"),
                    "nltest /sc_verify:contoso.com"},
            },
            {
                {Family::Win32, "ERROR_NO_TRUST_SAM_ACCOUNT", 1787u,
                 //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                 QT_TRANSLATE_NOOP("Catalog", "The variant where the computer account is missing altogether")},
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: ERROR_TRUSTED_RELATIONSHIP_FAILURE (win32 1789)
                 QT_TRANSLATE_NOOP("Catalog", "Tickets for this machine fail the same way when its key is out of date")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1793u, "ERROR_ACCOUNT_EXPIRED", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The user's account has expired.",
            //: ERROR_ACCOUNT_EXPIRED (win32 1793)
            QT_TRANSLATE_NOOP("Catalog", "The account's expiration date has passed (the account, not the password)."),
            //: ERROR_ACCOUNT_EXPIRED (win32 1793)
            QT_TRANSLATE_NOOP("Catalog", "Active Directory accounts can carry an end date (accountExpires, 'Account "
                                         "expires' on the Account tab), typically for contractors and temporary "
                                         "staff. After that date the DC refuses every logon with the account: "
                                         "0xC0000193 in 4625 or 4776 and Kerberos 0x12 (KDC_ERR_CLIENT_REVOKED). "
                                         "Unlike an expired password, which the user can change, this needs an "
                                         "administrator to extend the account."),
            {
                //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                QT_TRANSLATE_NOOP("Catalog", "A contractor or temporary account reached the end date set when it was "
                                             "created"),
                //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                QT_TRANSLATE_NOOP("Catalog", "A service account was copied from a template that carries an expiry "
                                             "date"),
                //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                QT_TRANSLATE_NOOP("Catalog", "An identity management tool set the date as part of an offboarding "
                                             "workflow"),
            },
            {
                {
                    //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                    QT_TRANSLATE_NOOP("Catalog", "Show the account's expiry date"),
                    "Get-ADUser jdoe -Properties AccountExpirationDate"},
                {
                    //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                    QT_TRANSLATE_NOOP("Catalog", "Extend or clear it once the account is confirmed to be needed"),
                    "Set-ADAccountExpiration jdoe -DateTime '2026-12-31'"},
                {
                    //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                    QT_TRANSLATE_NOOP("Catalog", "List other accounts that expire within two weeks"),
                    "Search-ADAccount -AccountExpiring -TimeSpan 14.00:00:00"},
            },
            {
                {Family::NtStatus, "STATUS_ACCOUNT_EXPIRED", 0xC0000193u,
                 //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos result for a disabled, expired or locked-out account")},
                {Family::Win32, "ERROR_PASSWORD_EXPIRED", 1330u,
                 //: ERROR_ACCOUNT_EXPIRED (win32 1793)
                 QT_TRANSLATE_NOOP("Catalog", "Often confused: there the password, not the account, has expired")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1825u, "RPC_S_SEC_PKG_ERROR", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "A security package specific error occurred.",
            //: RPC_S_SEC_PKG_ERROR (win32 1825)
            QT_TRANSLATE_NOOP("Catalog", "RPC reports that the security package failed; the package's real code is "
                                         "not in this value."),
            //: RPC_S_SEC_PKG_ERROR (win32 1825)
            QT_TRANSLATE_NOOP("Catalog", "The RPC runtime returns this fixed code when the security package it "
                                         "called (Kerberos, NTLM, Negotiate, Schannel) fails during an authenticated "
                                         "RPC call, so DCOM, WMI, remote management, replication and certificate "
                                         "enrollment errors often end in it. The package's own result is not passed "
                                         "on in the value: look for it in the Kerberos and Schannel events of the "
                                         "same moment on both ends, and in the server's Security log."),
            {
                //: RPC_S_SEC_PKG_ERROR (win32 1825)
                QT_TRANSLATE_NOOP("Catalog", "Kerberos could not get a ticket for the server's SPN (missing or "
                                             "duplicate SPN)"),
                //: RPC_S_SEC_PKG_ERROR (win32 1825)
                QT_TRANSLATE_NOOP("Catalog", "Clock skew between client, server and DC beyond the Kerberos tolerance"),
                //: RPC_S_SEC_PKG_ERROR (win32 1825)
                QT_TRANSLATE_NOOP("Catalog", "The server's computer account or secure channel is broken, so it "
                                             "cannot decrypt tickets or pass NTLM logons through"),
            },
            {
                {
                    //: RPC_S_SEC_PKG_ERROR (win32 1825)
                    QT_TRANSLATE_NOOP("Catalog", "On the client, read the Kerberos and Schannel events of the same "
                                                 "minute in the System log"),
                    "Get-WinEvent -FilterHashtable @{LogName='System'; ProviderName='Microsoft-Windows-Security-Kerberos','Schannel'} -MaxEvents 30"},
                {
                    //: RPC_S_SEC_PKG_ERROR (win32 1825)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the client can get a ticket for the server"),
                    "klist get host/server01.contoso.com"},
                {
                    //: RPC_S_SEC_PKG_ERROR (win32 1825)
                    QT_TRANSLATE_NOOP("Catalog", "Verify the server's secure channel"),
                    "nltest /sc_verify:contoso.com"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: RPC_S_SEC_PKG_ERROR (win32 1825)
                 QT_TRANSLATE_NOOP("Catalog", "A frequent package failure behind it (by meaning)")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: RPC_S_SEC_PKG_ERROR (win32 1825)
                 QT_TRANSLATE_NOOP("Catalog", "Another frequent package failure behind it")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0,
                 //: RPC_S_SEC_PKG_ERROR (win32 1825)
                 QT_TRANSLATE_NOOP("Catalog", "The package refused the credentials")},
            },
            {},
            {},
            true,
        },
        {
            Family::Win32, 1907u, "ERROR_PASSWORD_MUST_CHANGE", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The user's password must be changed before signing in.",
            //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
            QT_TRANSLATE_NOOP("Catalog", "The account is flagged to change its password at next logon and cannot be "
                                         "used until then."),
            //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
            QT_TRANSLATE_NOOP("Catalog", "'User must change password at next logon' (pwdLastSet = 0) is set, "
                                         "typically on a new account or after an administrator reset. An interactive "
                                         "sign-in asks for a new password; everything else fails: network logons, "
                                         "RDP with Network Level Authentication, services, scheduled tasks and web "
                                         "sign-ins, with 0xC0000224 in 4625 or 4776."),
            {
                //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                QT_TRANSLATE_NOOP("Catalog", "A new account or an administrator reset set 'must change password at "
                                             "next logon'"),
                //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                QT_TRANSLATE_NOOP("Catalog", "The user's first sign-in goes through RDP with NLA, VPN or a web "
                                             "portal, none of which can change the password"),
                //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                QT_TRANSLATE_NOOP("Catalog", "A service account was reset with the flag left on"),
            },
            {
                {
                    //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                    QT_TRANSLATE_NOOP("Catalog", "Check the flag (an empty PasswordLastSet means the password must "
                                                 "be changed)"),
                    "Get-ADUser jdoe -Properties PasswordLastSet,pwdLastSet"},
                {
                    //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                    QT_TRANSLATE_NOOP("Catalog", "Let the user change the password at an interactive sign-in, or set "
                                                 "a new one and clear the flag"),
                    "Set-ADUser jdoe -ChangePasswordAtLogon $false"},
                {
                    //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                    QT_TRANSLATE_NOOP("Catalog", "Find recent failures of the account with this status"),
                    "Get-WinEvent -FilterHashtable @{LogName='Security'; Id=4625,4776} -MaxEvents 100 | Where-Object { $_.Message -match '0xC0000224' }"},
            },
            {
                {Family::NtStatus, "STATUS_PASSWORD_MUST_CHANGE", 0xC0000224u,
                 //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Win32, "ERROR_PASSWORD_EXPIRED", 1330u,
                 //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                 QT_TRANSLATE_NOOP("Catalog", "A password that must be changed because it is too old")},
                {Family::Kerberos, "KDC_ERR_KEY_EXPIRED", 0x17u,
                 //: ERROR_PASSWORD_MUST_CHANGE (win32 1907)
                 QT_TRANSLATE_NOOP("Catalog", "Kerberos usually reports a must-change password with the "
                                              "expired-password code")},
            },
            {
                // source: foolely/win-sdk Include/WinError.h @9d90f96a (pre-Windows 8 SDK MessageText)
                "The user's password must be changed before logging on the first time.",
            },
            {},
            false,
        },
        {
            Family::Win32, 1908u, "ERROR_DOMAIN_CONTROLLER_NOT_FOUND", {}, Severity::Error,
            Category::PackagesSystem, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "Could not find the domain controller for this domain.",
            //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
            QT_TRANSLATE_NOOP("Catalog", "The DC locator found no usable domain controller for the domain."),
            //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
            QT_TRANSLATE_NOOP("Catalog", "The DC locator (DsGetDcName) returns it when DNS and NetBIOS discovery "
                                         "produce no domain controller that answers with the requested capabilities "
                                         "(a KDC, a global catalog, a writable DC, the PDC). Tools built on the "
                                         "locator pass it on: nltest, the AD PowerShell module, Group Policy "
                                         "processing, domain joins. The cause is usually DNS, or the network between "
                                         "the machine and the DCs."),
            {
                //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                QT_TRANSLATE_NOOP("Catalog", "The machine uses DNS servers that do not hold the domain's _msdcs "
                                             "records"),
                //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                QT_TRANSLATE_NOOP("Catalog", "The DC SRV records are missing or stale because Netlogon on the DCs "
                                             "could not register them"),
                //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                QT_TRANSLATE_NOOP("Catalog", "The DCs exist but do not answer the locator's LDAP ping (UDP 389) from "
                                             "this network"),
            },
            {
                {
                    //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                    QT_TRANSLATE_NOOP("Catalog", "Run the locator and see what it reports"),
                    "nltest /dsgetdc:contoso.com /force"},
                {
                    //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                    QT_TRANSLATE_NOOP("Catalog", "Check that the DC SRV records resolve"),
                    "nslookup -type=SRV _ldap._tcp.dc._msdcs.contoso.com"},
                {
                    //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                    QT_TRANSLATE_NOOP("Catalog", "On a DC whose records are missing, register them again"),
                    "nltest /dsregdns"},
                {
                    //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                    QT_TRANSLATE_NOOP("Catalog", "Test LDAP to a DC"),
                    "Test-NetConnection dc01.contoso.com -Port 389"},
            },
            {
                {Family::Win32, "ERROR_NO_SUCH_DOMAIN", 1355u,
                 //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                 QT_TRANSLATE_NOOP("Catalog", "The related locator failure for an unknown or unreachable domain")},
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                 QT_TRANSLATE_NOOP("Catalog", "What a logon reports for the same missing DC")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0,
                 //: ERROR_DOMAIN_CONTROLLER_NOT_FOUND (win32 1908)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI result when no DC can be reached")},
            },
            {},
            {},
            false,
        },
        {
            Family::Win32, 1909u, "ERROR_ACCOUNT_LOCKED_OUT", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Kerberos | Negotiate,
            // Windows message: SDK 10.0.22000 winerror.h MessageText
            "The referenced account is currently locked out and may not be logged on to.",
            //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
            QT_TRANSLATE_NOOP("Catalog", "The account is locked out after too many wrong passwords until the lockout "
                                         "ends or an administrator unlocks it."),
            //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
            QT_TRANSLATE_NOOP("Catalog", "The domain's account lockout policy counts bad password attempts, and once "
                                         "the threshold is reached every logon fails, even with the right password, "
                                         "until the lockout duration passes or an administrator unlocks the account. "
                                         "The DC records the lockout as event 4740, whose Caller Computer Name shows "
                                         "where the bad attempts came from; the failures themselves are 0xC0000234 "
                                         "in 4625 or 4776 and Kerberos 0x12."),
            {
                //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                QT_TRANSLATE_NOOP("Catalog", "A device or service keeps retrying an old password: phone mail "
                                             "profile, mapped drive, scheduled task, service, saved RDP or "
                                             "Credential Manager entry"),
                //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                QT_TRANSLATE_NOOP("Catalog", "The user mistyped the password several times after a change"),
                //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                QT_TRANSLATE_NOOP("Catalog", "Password spraying or guessing, typically many accounts locked at once "
                                             "from the same source"),
            },
            {
                {
                    //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                    QT_TRANSLATE_NOOP("Catalog", "Find the lockout events and the computer the bad attempts came from"),
                    "Get-WinEvent -ComputerName (Get-ADDomain).PDCEmulator -FilterHashtable @{LogName='Security'; Id=4740} -MaxEvents 20 | Format-List TimeCreated,Message"},
                {
                    //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                    QT_TRANSLATE_NOOP("Catalog", "Check the account's lockout state and bad-password details"),
                    "Get-ADUser jdoe -Properties LockedOut,badPwdCount,LastBadPasswordAttempt,AccountLockoutTime"},
                {
                    //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                    QT_TRANSLATE_NOOP("Catalog", "On the source computer, remove the stale saved credentials"),
                    "cmdkey /list"},
                {
                    //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                    QT_TRANSLATE_NOOP("Catalog", "Unlock the account once the source is fixed"),
                    "Unlock-ADAccount jdoe"},
            },
            {
                {Family::NtStatus, "STATUS_ACCOUNT_LOCKED_OUT", 0xC0000234u,
                 //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                 QT_TRANSLATE_NOOP("Catalog", "Same name stem: the NTSTATUS in 4625 and 4776")},
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos result for a locked-out account")},
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 //: ERROR_ACCOUNT_LOCKED_OUT (win32 1909)
                 QT_TRANSLATE_NOOP("Catalog", "The wrong-password failures that lead to the lockout")},
            },
            {},
            {},
            false,
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
