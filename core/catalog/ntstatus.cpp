// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// NTSTATUS family: every logon status of Security events 4625 (Status, Sub Status) and 4776 (Error
// Code) listed in tests/data/reference/event-families/logon-status.tsv, and the NTSTATUS twins of
// SSPI codes listed in tests/data/reference/ntstatus-counterparts.tsv (0xC00002EE and 0xC000035B are
// in both tables). Windows messages are the SDK 10.0.22000 shared/ntstatus.h MessageText
// (marlersoft/microsoft_windows_sdk_cpp), verbatim; a message that the header wraps over two lines
// is joined with one space, as the SSPI family does.
//
// Decisions on the doubts of tests/data/reference/event-families/README.md:
//  11. 0xC000035B STATUS_BAD_BINDINGS: kept as a 4625 Status. Microsoft's own support article
//      KB2903333 (MicrosoftDocs/SupportArticles-docs
//      support/windows-server/remote/0xc000035b-when-you-use-lmcompatibility.md) shows a 4625 on an
//      RD Gateway with Status 0xC000035B, Sub Status 0x0; no Microsoft page shows it as a Sub Status,
//      so only EventSite{4625, "Status"} is given.
//  12. 0xC000006E: the SDK text (an account restriction) is followed, not the 2017 event-4625 table's
//      label "Unknown user name or bad password" (the 2022 revision of that table replaced the label
//      with the SDK text). 0xC0000225: the page's "evidently a bug in Windows" is reported as
//      Microsoft's remark, not as a cause we can confirm.
//  13. Win32 codes are related only as "the Win32 code of the same condition" (same name stem,
//      checked in mingw-w64 winerror.h); nothing here claims they are what RtlNtStatusToDosError
//      returns. The tier-C SSPI pairs (0xC000005E/SEC_E_NO_AUTHENTICATING_AUTHORITY,
//      0xC000006D/SEC_E_LOGON_DENIED, 0xC0000133/SEC_E_TIME_SKEW) are related as codes that travel
//      together, never called twins.
//
// 4625 "Failure Reason" fingerprints: the texts are msobjs.dll message-table strings 0x900-0x909
// (%%2304-%%2313), read in libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md
// (msobjs.dll 6.0.6000.16386). Each is attached to the status whose condition it names; where a
// public event shows the pair, that event is cited too. "An Error occured during Logon." (%%2304) is
// not attached to any code: it is printed with many different statuses (0xC00002EE on the 2017
// event-4625 page, 0xC000035B in KB2903333, 0xC000006D with Sub Status 0x0 and 0xC0000225 in user
// posts), so it names none of them.
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted: one entry per block. Adjacent string literals inside one QT_TRANSLATE_NOOP are one
// text on purpose, not a missing comma.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> ntstatusCodes()
{
    return {
        // In 4776 a 0x0 Error Code is a successful credential validation; in 4625 a Sub Status of 0x0
        // only means Windows gave no finer reason than the Status.
        {
            Family::NtStatus, 0x00000000u, "STATUS_SUCCESS", {}, Severity::Success,
            Category::SuccessContinuation, Kerberos | Ntlm | Negotiate,
            // The SDK MessageText of STATUS_SUCCESS is its own name.
            "STATUS_SUCCESS",
            //: STATUS_SUCCESS (ntstatus 0x00000000)
            QT_TRANSLATE_NOOP("Catalog",
                "No error: in event 4776 the credentials were validated; in a 4625 Sub Status it means \"no further "
                "detail\"."),
            //: STATUS_SUCCESS (ntstatus 0x00000000)
            QT_TRANSLATE_NOOP("Catalog",
                "STATUS_SUCCESS is the NTSTATUS value zero. A domain controller writes it as the Error Code of event "
                "4776 when an NTLM credential validation succeeded. In a failed-logon event 4625 the Status always "
                "holds the failure, and a Sub Status of 0x0 only says that Windows recorded no more specific reason, "
                "so read the Status instead."),
            {
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                QT_TRANSLATE_NOOP("Catalog",
                    "Event 4776 with Error Code 0x0: the domain controller accepted the NTLM credentials"),
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                QT_TRANSLATE_NOOP("Catalog",
                    "Event 4625 with Sub Status 0x0: the failure is fully described by the Status (for example "
                    "0xC0000234 locked out, or 0xC000035B channel bindings)"),
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                QT_TRANSLATE_NOOP("Catalog",
                    "A tool prints 0x00000000 as the last status while the real error came later or from another "
                    "layer"),
            },
            {
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog",
                     "In a 4625 with Sub Status 0x0, decode the Status field and the Failure Reason instead"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} -MaxEvents 20 | Format-List TimeCreated,Message"},
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                {QT_TRANSLATE_NOOP("Catalog",
                     "After a successful 4776 on the DC, look for the matching logon (4624) or failure (4625) on the "
                     "server the user connected to; authorization may still have failed there"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4624,4625} -MaxEvents 50 | Format-Table TimeCreated,Id,Message -Wrap"},
            },
            {
                //: STATUS_SUCCESS (ntstatus 0x00000000)
                {Family::Sspi, "SEC_E_OK", 0x0u,
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI success code an application sees for the same outcome.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // Newer SDKs (10.0.22000 here) word the message "We can't sign you in with this credential because your
        // domain isn't available..."; older Windows printed "There are currently no logon servers available to
        // service the logon request.", which is also the text of ERROR_NO_LOGON_SERVERS (win32 1311) and is left to
        // that entry. Microsoft's 4625 monitoring table calls this code an availability problem rather than a
        // security one.
        {
            Family::NtStatus, 0xC000005Eu, "STATUS_NO_LOGON_SERVERS", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "We can't sign you in with this credential because your domain isn't available. Make sure your device is "
            "connected to your organization's network and try again. If you previously signed in on this device with "
            "another credential, you can sign in with that credential.",
            //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
            QT_TRANSLATE_NOOP("Catalog", "No domain controller could be reached to check the credentials."),
            //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
            QT_TRANSLATE_NOOP("Catalog",
                "The machine that received the logon had to pass the credentials to a domain controller and found "
                "none: DC discovery failed or every DC it tried did not answer. It appears as the Status or Sub "
                "Status of event 4625 on that machine, and users see \"domain isn't available\" at sign-in. Accounts "
                "with cached credentials can still sign in interactively, which hides the problem until a network "
                "logon or a new user needs a DC."),
            {
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                QT_TRANSLATE_NOOP("Catalog",
                    "DNS on the client does not point to AD-integrated DNS, so the _ldap._tcp.dc._msdcs SRV records "
                    "cannot be found"),
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                QT_TRANSLATE_NOOP("Catalog",
                    "A firewall between the machine and the DCs blocks Kerberos (88), LDAP (389), SMB (445) or RPC "
                    "(135 and the dynamic ports)"),
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                QT_TRANSLATE_NOOP("Catalog",
                    "The machine is off the corporate network (VPN not connected before sign-in) or its site has no "
                    "reachable DC"),
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                QT_TRANSLATE_NOOP("Catalog", "The DCs are overloaded or their Netlogon service is stopped or paused"),
            },
            {
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Ask Netlogon to locate a DC for the domain and show which one it finds"),
                 "nltest /dsgetdc:contoso.com /force"},
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the DC locator SRV records resolve from this machine"),
                 "nslookup -type=SRV _ldap._tcp.dc._msdcs.contoso.com"},
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {QT_TRANSLATE_NOOP("Catalog", "Test the Kerberos and LDAP ports to the DC that should answer"),
                 "Test-NetConnection dc01.contoso.com -Port 88; Test-NetConnection dc01.contoso.com -Port 389"},
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {QT_TRANSLATE_NOOP("Catalog", "Check the machine's secure channel to the domain"),
                 "nltest /sc_query:contoso.com"},
            },
            {
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {Family::Win32, "ERROR_NO_LOGON_SERVERS", 1311u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_NO_LOGON_SERVERS (ntstatus 0xC000005E)
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0x80090311u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What SSPI callers often get when no authority can be contacted; not a documented one-to-one "
                     "pair.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // Microsoft's 4625 monitoring table: bursts can indicate user-name enumeration.
        {
            Family::NtStatus, 0xC0000064u, "STATUS_NO_SUCH_USER", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The specified account does not exist.",
            //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
            QT_TRANSLATE_NOOP("Catalog", "The user name does not exist in the account database that checked it."),
            //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
            QT_TRANSLATE_NOOP("Catalog",
                "The domain controller (or the local SAM for a local account) could not find the account named in "
                "the logon. In event 4625 it is usually the Sub Status under Status 0xC000006D, and on a DC it is "
                "also the Error Code of event 4776. The Kerberos form of the same failure is "
                "KDC_ERR_C_PRINCIPAL_UNKNOWN (0x6). Many different unknown names from one source in a short time "
                "suggest someone guessing user names."),
            {
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                QT_TRANSLATE_NOOP("Catalog",
                    "A typo in the user name, or the wrong domain prefix (a local account name sent to the domain, "
                    "or the reverse)"),
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                QT_TRANSLATE_NOOP("Catalog",
                    "An account that was deleted or renamed is still used by a service, scheduled task, mapped drive "
                    "or saved credential"),
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                QT_TRANSLATE_NOOP("Catalog",
                    "A UPN with a suffix the domain does not know, or a user from a trusted domain sent to the wrong "
                    "DC"),
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                QT_TRANSLATE_NOOP("Catalog",
                    "User-name enumeration or password spraying from the address in Source Network Address"),
            },
            {
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the name exists as a sAMAccountName or UPN"),
                 "Get-ADUser -Filter \"SamAccountName -eq 'jdoe' -or UserPrincipalName -eq 'jdoe@contoso.com'\""},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Group recent failures with this Sub Status by source address and target name to tell a stale "
                     "credential from enumeration"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Sub Status:\\s+0xC0000064' } | Group-Object { $_.Properties[5].Value + ' from ' + $_.Properties[19].Value } | Sort-Object Count -Descending"},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the source machine, list saved credentials and remove the ones for the old name"),
                 "cmdkey /list"},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {QT_TRANSLATE_NOOP("Catalog",
                     "For Kerberos clients, look for failure code 0x6 on the DCs (event 4768)"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4768} | Where-Object { $_.Message -match 'Result Code:\\s+0x6\\b' }"},
            },
            {
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {Family::Win32, "ERROR_NO_SUCH_USER", 1317u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {Family::Kerberos, "KDC_ERR_C_PRINCIPAL_UNKNOWN", 0x6u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer to the same failure (event 4768 Result Code 0x6).")},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 QT_TRANSLATE_NOOP("Catalog", "The Status that usually accompanies this Sub Status in event 4625.")},
                //: STATUS_NO_SUCH_USER (ntstatus 0xC0000064)
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What the remote client's SSPI call usually returns for this failure.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // The SDK MessageText speaks of a wrong current password during a password change; the 4625 and 4776
        // pages use the code for a wrong logon password, which is how administrators meet it. Both readings are
        // given in the explanation.
        {
            Family::NtStatus, 0xC000006Au, "STATUS_WRONG_PASSWORD", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "When trying to update a password, this return status indicates that the value provided as the current "
            "password is not correct.",
            //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
            QT_TRANSLATE_NOOP("Catalog", "The account exists but the password given for it is wrong."),
            //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
            QT_TRANSLATE_NOOP("Catalog",
                "The account was found and its password did not match. In event 4625 it is normally the Sub Status "
                "under Status 0xC000006D, and on a DC it is the Error Code of event 4776 for NTLM; the Kerberos form "
                "is pre-authentication failure 0x18 in event 4771. Windows' own message for the code describes the "
                "password-change case (a wrong current password), which is why the text may not look like a logon "
                "failure. Each failure counts toward the account lockout threshold."),
            {
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                QT_TRANSLATE_NOOP("Catalog",
                    "A saved credential (Credential Manager, mapped drive, service, scheduled task, application "
                    "pool, phone mail profile) still holds the old password after a password change"),
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user typed the password wrong, often with the wrong keyboard layout or Caps Lock"),
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                QT_TRANSLATE_NOOP("Catalog",
                    "Password guessing or spraying from the address in Source Network Address"),
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                QT_TRANSLATE_NOOP("Catalog",
                    "A disconnected session or a second device keeps retrying with an old password"),
            },
            {
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Read the bad-password counters on the PDC emulator, which receives every wrong-password retry; "
                     "badPwdCount is kept per DC and not replicated"),
                 "Get-ADUser jdoe -Server (Get-ADDomain).PDCEmulator -Properties badPwdCount,LastBadPasswordAttempt,pwdLastSet,LockedOut"},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find which machines send the wrong password: group the failures by workstation and source "
                     "address"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Sub Status:\\s+0xC000006A' } | Group-Object { $_.Properties[13].Value + ' ' + $_.Properties[19].Value } | Sort-Object Count -Descending"},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {QT_TRANSLATE_NOOP("Catalog",
                     "For Kerberos, list pre-authentication failures (failure code 0x18) on the DCs with their "
                     "client address"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4771} | Where-Object { $_.Message -match 'Failure Code:\\s+0x18' } | Format-List TimeCreated,Message"},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the source machine, list saved credentials and update or delete the stale ones"),
                 "cmdkey /list"},
            },
            {
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What Win32 logon APIs return for this failure (the code of Status 0xC000006D).")},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {Family::Win32, "ERROR_WRONG_PASSWORD", 1323u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The same-name Win32 code, used when a password change gives a wrong current password.")},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos form of a wrong password (event 4771 Failure Code 0x18).")},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 QT_TRANSLATE_NOOP("Catalog", "The Status that usually accompanies this Sub Status in event 4625.")},
                //: STATUS_WRONG_PASSWORD (ntstatus 0xC000006A)
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What the remote client's SSPI call usually returns for this failure.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // 4776 page: an LM authentication level mismatch between source and target is another cause. That the
        // specific reason is in Sub Status is common practice, not a rule stated on the Microsoft pages, so the
        // explanation says "usually".
        {
            Family::NtStatus, 0xC000006Du, "STATUS_LOGON_FAILURE", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The attempted logon is invalid. This is either due to a bad username or authentication information.",
            //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
            QT_TRANSLATE_NOOP("Catalog", "Generic logon failure: a bad user name or bad authentication information."),
            //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
            QT_TRANSLATE_NOOP("Catalog",
                "This is the umbrella status Windows uses when the credentials are rejected. In event 4625 it is the "
                "Status, and the Sub Status usually says why: 0xC000006A means the account exists but the password "
                "is wrong, 0xC0000064 means the account does not exist. A Sub Status of 0x0 gives no detail; such "
                "events, often with Failure Reason \"An Error occured during Logon.\", come from malformed or "
                "unfinished NTLM exchanges as well as from bad passwords. On a DC the same code is the Error Code of "
                "event 4776."),
            {
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                QT_TRANSLATE_NOOP("Catalog",
                    "Wrong or stale password (Sub Status 0xC000006A), often a saved credential after a password "
                    "change"),
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                QT_TRANSLATE_NOOP("Catalog",
                    "Unknown user name (Sub Status 0xC0000064): a typo, a deleted account or name enumeration"),
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                QT_TRANSLATE_NOOP("Catalog",
                    "NTLM level mismatch: the client sends LM or NTLMv1 while the server or DC accepts only NTLMv2 "
                    "(LmCompatibilityLevel 5)"),
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows or scripted NTLM client that sends a malformed or incomplete authentication "
                    "message (Sub Status 0x0)"),
            },
            {
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Sub Status of the failures; it names the real reason"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} -MaxEvents 50 | Group-Object { $_.Properties[7].Value.ToString('X8') + '/' + $_.Properties[9].Value.ToString('X8') } | Sort-Object Count -Descending"},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's state in Active Directory"),
                 "Get-ADUser jdoe -Properties Enabled,LockedOut,badPwdCount,LastBadPasswordAttempt,PasswordExpired,pwdLastSet"},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Compare the NTLM compatibility level on the client, the server and the DCs"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel"},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DC, read event 4776 for the same account and time; its Error Code is the NTLM verdict"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4776} -MaxEvents 50 | Format-List TimeCreated,Message"},
            },
            {
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What the remote client's SSPI call usually returns for this failure.")},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 QT_TRANSLATE_NOOP("Catalog", "The most common Sub Status under this Status.")},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {Family::NtStatus, "STATUS_NO_SUCH_USER", 0xC0000064u,
                 QT_TRANSLATE_NOOP("Catalog", "The Sub Status for a user name that does not exist.")},
                //: STATUS_LOGON_FAILURE (ntstatus 0xC000006D)
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos form of a wrong password (event 4771 Failure Code 0x18).")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x909, %%2313);
                // paired with Status 0xC000006D, Sub Status 0xC0000064 in the 4625 sample on morgantechspace.com
                // "Event ID 4625 Failure Codes"; the text covers both Sub Statuses 0xC0000064 and 0xC000006A, so it is attached
                // to their common Status.
                "Unknown user name or bad password.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // Doubt 12: the SDK text (credentials valid, an account restriction applies) is followed; the 2017
        // event-4625 label "Unknown user name or bad password" for this code is not repeated.
        {
            Family::NtStatus, 0xC000006Eu, "STATUS_ACCOUNT_RESTRICTION", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "Indicates a referenced user name and authentication information are valid, but some user account "
            "restriction has prevented successful authentication (such as time-of-day restrictions).",
            //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
            QT_TRANSLATE_NOOP("Catalog", "The credentials are valid, but an account restriction forbids this logon."),
            //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
            QT_TRANSLATE_NOOP("Catalog",
                "The password was right, but a rule on the account stopped the logon. In event 4625 this is commonly "
                "the Status, with the specific restriction in the Sub Status: 0xC000006F logon hours, 0xC0000070 "
                "workstation, 0xC0000071 expired password, 0xC0000072 disabled; the Failure Reason then usually "
                "names that restriction. On its own, without a more specific Sub Status, it often means a "
                "blank-password rule or an account policy that Windows does not report in more detail."),
            {
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                QT_TRANSLATE_NOOP("Catalog",
                    "One of the specific restrictions named in Sub Status: logon hours, allowed workstations, "
                    "expired password or a disabled account"),
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                QT_TRANSLATE_NOOP("Catalog",
                    "A local account with a blank password used over the network while \"Accounts: Limit local "
                    "account use of blank passwords to console logon only\" is enabled (the default)"),
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                QT_TRANSLATE_NOOP("Catalog",
                    "An account policy that restricts where or how the account may authenticate, such as an "
                    "authentication policy on the DCs"),
            },
            {
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Read the Sub Status and Failure Reason of the 4625; they name the restriction"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Status:\\s+0xC000006E' } | Format-List TimeCreated,Message"},
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {QT_TRANSLATE_NOOP("Catalog", "Show the account's restrictions in one query"),
                 "Get-ADUser jdoe -Properties Enabled,logonHours,userWorkstations,PasswordExpired,AccountExpirationDate"},
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {QT_TRANSLATE_NOOP("Catalog",
                     "For a local account, check whether it has a blank password and is used over the network"),
                 "net user jdoe"},
            },
            {
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {Family::Win32, "ERROR_ACCOUNT_RESTRICTION", 1327u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer when an account logon restriction applies (Result Code 0xC).")},
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {Family::NtStatus, "STATUS_INVALID_LOGON_HOURS", 0xC000006Fu,
                 QT_TRANSLATE_NOOP("Catalog", "A specific restriction often given as the Sub Status.")},
                //: STATUS_ACCOUNT_RESTRICTION (ntstatus 0xC000006E)
                {Family::NtStatus, "STATUS_ACCOUNT_DISABLED", 0xC0000072u,
                 QT_TRANSLATE_NOOP("Catalog", "A specific restriction often given as the Sub Status.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        {
            Family::NtStatus, 0xC000006Fu, "STATUS_INVALID_LOGON_HOURS", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user account has time restrictions and may not be logged onto at this time.",
            //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
            QT_TRANSLATE_NOOP("Catalog", "The account tried to log on outside its permitted logon hours."),
            //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
            QT_TRANSLATE_NOOP("Catalog",
                "The credentials were valid, but the account's logon-hours setting (Account tab, \"Logon Hours\", "
                "attribute logonHours) does not allow a logon at this time of day or day of week. In event 4625 it "
                "usually appears as the Sub Status under Status 0xC000006E, and on a DC as the Error Code of event "
                "4776. The attribute is stored in UTC and shown in local time by the tools, so users in another time "
                "zone, or after a daylight-saving change, can be refused at hours that look allowed."),
            {
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                QT_TRANSLATE_NOOP("Catalog",
                    "Logon hours are set on the account (often for shift workers or contractors) and the attempt "
                    "fell outside them"),
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service, scheduled task or device that uses a user account with logon hours runs at night"),
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                QT_TRANSLATE_NOOP("Catalog", "A user in another time zone than the one the hours were planned for"),
            },
            {
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {QT_TRANSLATE_NOOP("Catalog", "Show the account's logon hours as Windows reports them"),
                 "net user jdoe /domain"},
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Read the raw logonHours attribute (21 bytes, one bit per hour of the week)"),
                 "Get-ADUser jdoe -Properties logonHours | Select-Object -ExpandProperty logonHours"},
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find what logged on at the refused time: the workstation and source address in the 4625 events"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Sub Status:\\s+0xC000006F' } | Format-List TimeCreated,Message"},
            },
            {
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {Family::Win32, "ERROR_INVALID_LOGON_HOURS", 1328u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer when an account logon restriction applies (Result Code 0xC).")},
                //: STATUS_INVALID_LOGON_HOURS (ntstatus 0xC000006F)
                {Family::NtStatus, "STATUS_ACCOUNT_RESTRICTION", 0xC000006Eu,
                 QT_TRANSLATE_NOOP("Catalog", "The Status that usually accompanies this Sub Status in event 4625.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x907, %%2311);
                // it names the logon-hours restriction of this status.
                "Account logon time restriction violation.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        {
            Family::NtStatus, 0xC0000070u, "STATUS_INVALID_WORKSTATION", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user account is restricted such that it may not be used to log on from the source workstation.",
            //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
            QT_TRANSLATE_NOOP("Catalog", "The account is not allowed to log on from this workstation."),
            //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
            QT_TRANSLATE_NOOP("Catalog",
                "The credentials were valid, but the account's \"Log On To\" list (attribute userWorkstations) does "
                "not contain the computer the logon came from. In event 4625 it usually appears as the Sub Status "
                "under Status 0xC000006E, and on a DC as the Error Code of event 4776. The list holds NetBIOS "
                "computer names, so renamed machines and names longer than 15 characters are common traps."),
            {
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                QT_TRANSLATE_NOOP("Catalog",
                    "The \"Log On To\" list on the account does not include the source computer (new, replaced or "
                    "renamed machine)"),
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                QT_TRANSLATE_NOOP("Catalog",
                    "The list contains a DNS name or an IP address instead of the NetBIOS name"),
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                QT_TRANSLATE_NOOP("Catalog",
                    "An authentication policy or silo on the DCs restricts where the account may sign in (look for "
                    "event 4820 on the DC for the Kerberos side)"),
            },
            {
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {QT_TRANSLATE_NOOP("Catalog", "Show the computers the account may log on to"),
                 "Get-ADUser jdoe -Properties userWorkstations | Select-Object -ExpandProperty userWorkstations"},
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Compare with the Workstation Name and source address of the failed logons"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Sub Status:\\s+0xC0000070' } | Format-List TimeCreated,Message"},
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {QT_TRANSLATE_NOOP("Catalog", "On the DCs, look for authentication-policy denials of the account"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4820} -MaxEvents 20 | Format-List TimeCreated,Message"},
            },
            {
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {Family::Win32, "ERROR_INVALID_WORKSTATION", 1329u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer when an account logon restriction applies (Result Code 0xC).")},
                //: STATUS_INVALID_WORKSTATION (ntstatus 0xC0000070)
                {Family::NtStatus, "STATUS_ACCOUNT_RESTRICTION", 0xC000006Eu,
                 QT_TRANSLATE_NOOP("Catalog", "The Status that usually accompanies this Sub Status in event 4625.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x908, %%2312);
                // it names the workstation restriction of this status.
                "User not allowed to logon at this computer.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        {
            Family::NtStatus, 0xC0000071u, "STATUS_PASSWORD_EXPIRED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user account's password has expired.",
            //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
            QT_TRANSLATE_NOOP("Catalog", "The account's password has expired."),
            //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
            QT_TRANSLATE_NOOP("Catalog",
                "The password was correct but older than the maximum password age of the domain policy or of a "
                "fine-grained password policy that applies to the account. Interactive sign-in offers a password "
                "change; network logons, services and Remote Desktop with Network Level Authentication simply fail. "
                "It appears in event 4625 (often under Status 0xC000006E) and as the Error Code of event 4776; the "
                "Kerberos form is KDC_ERR_KEY_EXPIRED (0x17)."),
            {
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service account or application account whose password is not set to never expire"),
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                QT_TRANSLATE_NOOP("Catalog",
                    "A user who only signs in over VPN, RDP with NLA, webmail or a mobile device and so never sees "
                    "the change prompt"),
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                QT_TRANSLATE_NOOP("Catalog",
                    "A fine-grained password policy with a shorter maximum age than the domain policy"),
            },
            {
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {QT_TRANSLATE_NOOP("Catalog", "Show when the password was set and when it expires"),
                 "Get-ADUser jdoe -Properties PasswordLastSet,PasswordExpired,PasswordNeverExpires,msDS-UserPasswordExpiryTimeComputed"},
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {QT_TRANSLATE_NOOP("Catalog",
                     "See whether a fine-grained password policy applies to the account (no output means the domain "
                     "policy applies)"),
                 "Get-ADUserResultantPasswordPolicy jdoe"},
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check the account from the command line, including \"Password expires\""),
                 "net user jdoe /domain"},
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Have the user change the password, or set a new one and update every place it is stored; for "
                     "services, consider a group managed service account"),
                 "Set-ADAccountPassword jdoe -Reset"},
            },
            {
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {Family::Win32, "ERROR_PASSWORD_EXPIRED", 1330u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {Family::Kerberos, "KDC_ERR_KEY_EXPIRED", 0x17u,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos form of an expired password (Failure Code 0x17).")},
                //: STATUS_PASSWORD_EXPIRED (ntstatus 0xC0000071)
                {Family::NtStatus, "STATUS_PASSWORD_MUST_CHANGE", 0xC0000224u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The related case where an administrator requires a change at next logon.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x905, %%2309);
                // it names the expired password of this status.
                "The specified account's password has expired.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        {
            Family::NtStatus, 0xC0000072u, "STATUS_ACCOUNT_DISABLED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The referenced account is currently disabled and may not be logged on to.",
            //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
            QT_TRANSLATE_NOOP("Catalog", "The account is disabled."),
            //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
            QT_TRANSLATE_NOOP("Catalog",
                "The account exists and the credentials may be right, but the account is disabled in Active "
                "Directory or in the local SAM. In event 4625 it usually appears as the Sub Status under Status "
                "0xC000006E with Failure Reason \"Account currently disabled.\", and on a DC as the Error Code of "
                "event 4776; Kerberos reports it as KDC_ERR_CLIENT_REVOKED (0x12). Repeated attempts against a "
                "disabled account often come from a leaver's devices or from a service that still uses the account."),
            {
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account was disabled (leaver process, security response) while a device, service or task "
                    "still uses it"),
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                QT_TRANSLATE_NOOP("Catalog",
                    "A built-in account that is disabled by default, such as Guest or the local Administrator, is "
                    "being tried"),
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                QT_TRANSLATE_NOOP("Catalog", "Attack traffic trying known or default account names"),
            },
            {
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {QT_TRANSLATE_NOOP("Catalog", "Confirm the account state and when it last changed"),
                 "Get-ADUser jdoe -Properties Enabled,whenChanged,LastLogonDate"},
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {QT_TRANSLATE_NOOP("Catalog", "On the DCs, find who disabled the account (event 4725)"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4725} | Where-Object { $_.Message -match 'jdoe' } | Format-List TimeCreated,Message"},
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {QT_TRANSLATE_NOOP("Catalog", "Find the sources still trying the account and remove or update them"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match 'Sub Status:\\s+0xC0000072' } | Group-Object { $_.Properties[13].Value + ' ' + $_.Properties[19].Value }"},
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {QT_TRANSLATE_NOOP("Catalog", "If the account is meant to be used, enable it"),
                 "Enable-ADAccount jdoe"},
            },
            {
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {Family::Win32, "ERROR_ACCOUNT_DISABLED", 1331u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer for a disabled, expired or locked-out account (0x12).")},
                //: STATUS_ACCOUNT_DISABLED (ntstatus 0xC0000072)
                {Family::NtStatus, "STATUS_ACCOUNT_RESTRICTION", 0xC000006Eu,
                 QT_TRANSLATE_NOOP("Catalog", "The Status that usually accompanies this Sub Status in event 4625.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x906, %%2310);
                // it names the disabled account of this status.
                "Account currently disabled.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // Listed only in the 2017 event-4625 table; the causes below are how the SAM can be in the wrong state and
        // are worded as possibilities.
        {
            Family::NtStatus, 0xC00000DCu, "STATUS_INVALID_SERVER_STATE", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "Indicates the Sam Server was in the wrong state to perform the desired operation.",
            //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
            QT_TRANSLATE_NOOP("Catalog", "The account database (SAM) was not in a state that allows the operation."),
            //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
            QT_TRANSLATE_NOOP("Catalog",
                "The Security Accounts Manager that had to check the account was not ready for it, so the logon "
                "failed before the credentials were judged. It is rare in event 4625 and points at the machine or DC "
                "that handled the logon, not at the user. Look at that machine's System and Directory Service logs "
                "around the same time."),
            {
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC is starting up, restarting Active Directory Domain Services, or is being promoted or "
                    "demoted"),
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account database is in a maintenance state, for example after a restore or in Directory "
                    "Services Restore Mode"),
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                QT_TRANSLATE_NOOP("Catalog",
                    "A problem with the directory database, reported as NTDS errors in the Directory Service log"),
            },
            {
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check the directory and logon services on the DC that handled the logon"),
                 "Get-Service NTDS,Netlogon,Kdc,SamSs"},
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                {QT_TRANSLATE_NOOP("Catalog", "Run the DC diagnostics for services and the directory"),
                 "dcdiag /s:dc01 /test:services /test:netlogons"},
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Directory Service log for errors at the time of the failure"),
                 "Get-WinEvent -FilterHashtable @{LogName='Directory Service';Level=1,2} -MaxEvents 30 | Format-List TimeCreated,Id,Message"},
            },
            {
                //: STATUS_INVALID_SERVER_STATE (ntstatus 0xC00000DC)
                {Family::NtStatus, "STATUS_NETLOGON_NOT_STARTED", 0xC0000192u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Another logon refused because of the state of a service rather than of the account: here "
                     "Netlogon is not running.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // The reference table does not assert SEC_E_TIME_SKEW as the SSPI twin (tier C), so it is related as the code
        // SSPI callers see for the same clock problem, not as a twin. The Kerberos link is KRB_AP_ERR_SKEW (0x25).
        {
            Family::NtStatus, 0xC0000133u, "STATUS_TIME_DIFFERENCE_AT_DC", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The time at the Primary Domain Controller is different than the time at the Backup Domain Controller or "
            "member server by too large an amount.",
            //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
            QT_TRANSLATE_NOOP("Catalog",
                "The clocks of the domain controller and the other machine differ too much."),
            //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos accepts a clock skew of at most five minutes by default (the Kerberos policy \"Maximum "
                "tolerance for computer clock synchronization\"). When the machine handling the logon and the DC "
                "disagree by more, the logon fails with this status in event 4625 and with KRB_AP_ERR_SKEW (0x25) on "
                "the Kerberos side. The message text still speaks of primary and backup domain controllers, a "
                "leftover from Windows NT 4.0."),
            {
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                QT_TRANSLATE_NOOP("Catalog",
                    "The member machine does not sync time from the domain hierarchy (w32time set to a manual peer, "
                    "or stopped)"),
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                QT_TRANSLATE_NOOP("Catalog",
                    "A virtual machine takes its time from the host through the hypervisor's time synchronization "
                    "and the host is wrong"),
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                QT_TRANSLATE_NOOP("Catalog",
                    "The PDC emulator of the forest root domain syncs from an unreliable source, so the DCs drift "
                    "together"),
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                QT_TRANSLATE_NOOP("Catalog", "A wrong time zone or a dead CMOS battery after a restart"),
            },
            {
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {QT_TRANSLATE_NOOP("Catalog", "Measure the offset to the DC"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {QT_TRANSLATE_NOOP("Catalog", "Show where this machine takes its time from"),
                 "w32tm /query /status"},
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {QT_TRANSLATE_NOOP("Catalog", "Resynchronize once the source is right"),
                 "w32tm /resync"},
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source of the PDC emulator"),
                 "w32tm /query /computer:$((Get-ADDomain).PDCEmulator) /source"},
            },
            {
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error for the same clock difference.")},
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {Family::Sspi, "SEC_E_TIME_SKEW", 0x80090324u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What SSPI callers usually get for the same clock problem; not a documented one-to-one pair.")},
                //: STATUS_TIME_DIFFERENCE_AT_DC (ntstatus 0xC0000133)
                {Family::Win32, "ERROR_TIME_SKEW", 1398u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code for a clock-skew failure.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // User-rights names are the English names under Computer Configuration > Windows Settings > Security
        // Settings > Local Policies > User Rights Assignment; the Logon Type of the 4625 says which right is missing.
        {
            Family::NtStatus, 0xC000015Bu, "STATUS_LOGON_TYPE_NOT_GRANTED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "A user has requested a type of logon (e.g., interactive or network) that has not been granted. An "
            "administrator has control over who may logon interactively and through the network.",
            //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
            QT_TRANSLATE_NOOP("Catalog", "The account lacks the user right for this type of logon on this machine."),
            //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
            QT_TRANSLATE_NOOP("Catalog",
                "The credentials were valid, but the machine's User Rights Assignment does not grant the account the "
                "right for the Logon Type shown in the 4625 (2 interactive, 3 network, 4 batch, 5 service, 10 Remote "
                "Desktop), or a \"Deny\" right for that type names the account or one of its groups. Deny rights win "
                "over allow rights. The event is logged on the machine the user tried to reach, and the setting "
                "usually comes from a Group Policy object."),
            {
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                QT_TRANSLATE_NOOP("Catalog",
                    "Remote Desktop (Logon Type 10): the user is not in Remote Desktop Users or \"Allow log on "
                    "through Remote Desktop Services\", or is in \"Deny log on through Remote Desktop Services\" "
                    "(often through a group such as Local account)"),
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                QT_TRANSLATE_NOOP("Catalog",
                    "Network logon (type 3) of a local account refused by \"Deny access to this computer from the "
                    "network\" in a security baseline"),
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service or scheduled task whose account lacks \"Log on as a service\" or \"Log on as a batch "
                    "job\", often after a GPO replaced the local list"),
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                QT_TRANSLATE_NOOP("Catalog",
                    "Interactive logon (type 2) on a server or DC where \"Allow log on locally\" lists only "
                    "administrators"),
            },
            {
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Logon Type of the failure to know which right is missing"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match '0xC000015B' } | Format-List TimeCreated,Message"},
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Export the effective user rights of the machine and look at the SeRemoteInteractiveLogonRight, "
                     "SeDenyRemoteInteractiveLogonRight, SeNetworkLogonRight and SeDenyNetworkLogonRight lines"),
                 "secedit /export /cfg C:\\temp\\rights.inf /areas USER_RIGHTS"},
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find which GPO sets the right: Computer Configuration > Windows Settings > Security Settings > "
                     "Local Policies > User Rights Assignment in the report"),
                 "gpresult /h C:\\temp\\gpresult.html"},
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "For Remote Desktop, check the members of the local Remote Desktop Users group"),
                 "Get-LocalGroupMember -Group \"Remote Desktop Users\""},
            },
            {
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {Family::Win32, "ERROR_LOGON_TYPE_NOT_GRANTED", 1385u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_LOGON_TYPE_NOT_GRANTED (ntstatus 0xC000015B)
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What the remote client's SSPI call usually returns for this failure.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x904, %%2308);
                // it names the missing logon right of this status.
                "The user has not been granted the requested logon type at this machine.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // Domain-to-domain trust (primary domain to trusted domain); the machine's own trust to its domain is
        // STATUS_TRUSTED_RELATIONSHIP_FAILURE 0xC000018D, not in this family, so it is related through its Win32 code.
        {
            Family::NtStatus, 0xC000018Cu, "STATUS_TRUSTED_DOMAIN_FAILURE", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The logon request failed because the trust relationship between the primary domain and the trusted "
            "domain failed.",
            //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
            QT_TRANSLATE_NOOP("Catalog", "The trust between this domain and the user's trusted domain failed."),
            //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
            QT_TRANSLATE_NOOP("Catalog",
                "The user belongs to another domain, and the DC that received the logon could not pass it through "
                "the trust to that domain: the trust's secure channel could not be set up or its password no longer "
                "matches. It appears in event 4625 on the machine that received the logon. Users of the local domain "
                "keep working, which points at the trust rather than at the accounts."),
            {
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DCs of the trusted domain cannot be reached (DNS conditional forwarders, firewalls between "
                    "the forests)"),
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                QT_TRANSLATE_NOOP("Catalog",
                    "The trust password is out of sync between the two domains, for example after restoring a DC "
                    "from backup"),
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                QT_TRANSLATE_NOOP("Catalog", "The trust was removed or recreated on one side only"),
            },
            {
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts and their state from a DC of the trusting domain"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the secure channel of the trust to the other domain"),
                 "nltest /sc_verify:fabrikam.com"},
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the trust in both directions with netdom"),
                 "netdom trust contoso.com /domain:fabrikam.com /verify"},
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {QT_TRANSLATE_NOOP("Catalog", "Rule out the member machine's own secure channel to its domain"),
                 "Test-ComputerSecureChannel -Verbose"},
            },
            {
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {Family::Win32, "ERROR_TRUSTED_DOMAIN_FAILURE", 1788u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_TRUSTED_DOMAIN_FAILURE (ntstatus 0xC000018C)
                {Family::Win32, "ERROR_TRUSTED_RELATIONSHIP_FAILURE", 1789u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The machine's own trust to its domain failed instead; repaired with Test-ComputerSecureChannel "
                     "-Repair.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // Microsoft's 4625 monitoring table: usually an availability problem, not a security one.
        {
            Family::NtStatus, 0xC0000192u, "STATUS_NETLOGON_NOT_STARTED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "An attempt was made to logon, but the netlogon service was not started.",
            //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
            QT_TRANSLATE_NOOP("Catalog", "A logon needed the Netlogon service, which is not running."),
            //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
            QT_TRANSLATE_NOOP("Catalog",
                "Domain logons that pass through Netlogon (NTLM pass-through to a DC, trust traffic) failed because "
                "the Netlogon service on the machine that received the logon was stopped, paused or still starting. "
                "It is logged in event 4625 on that machine. On a DC a paused Netlogon also stops the DC from "
                "answering DC-locator requests."),
            {
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                QT_TRANSLATE_NOOP("Catalog",
                    "Netlogon was stopped or set to Manual or Disabled (by hand, a script or a hardening baseline)"),
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                QT_TRANSLATE_NOOP("Catalog", "Netlogon was paused on a DC, for example during maintenance"),
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                QT_TRANSLATE_NOOP("Catalog",
                    "The machine just started and the logon came before Netlogon was running"),
            },
            {
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                {QT_TRANSLATE_NOOP("Catalog", "Check the service state and start type"),
                 "Get-Service Netlogon | Select-Object Status,StartType"},
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                {QT_TRANSLATE_NOOP("Catalog", "Start (or continue) the service"),
                 "Start-Service Netlogon"},
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Service Control Manager events for Netlogon"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Service Control Manager'} -MaxEvents 50 | Where-Object { $_.Message -match 'Netlogon' }"},
            },
            {
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                {Family::NtStatus, "STATUS_INVALID_SERVER_STATE", 0xC00000DCu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Another logon refused because of the state of a service rather than of the account: here "
                     "the SAM server on the domain controller.")},
                //: STATUS_NETLOGON_NOT_STARTED (ntstatus 0xC0000192)
                {Family::NtStatus, "STATUS_NO_LOGON_SERVERS", 0xC000005Eu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Where Netlogon runs but finds no domain controller, the logon fails with this code instead.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x902, %%2306);
                // it names the stopped Netlogon service of this status.
                "The NetLogon component is not active.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        {
            Family::NtStatus, 0xC0000193u, "STATUS_ACCOUNT_EXPIRED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user's account has expired.",
            //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
            QT_TRANSLATE_NOOP("Catalog", "The account itself has expired (its end date has passed)."),
            //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
            QT_TRANSLATE_NOOP("Catalog",
                "The account has an expiration date (Account tab, \"Account expires\", attribute accountExpires) and "
                "that date has passed, so every logon is refused whatever the password. It is the Status of event "
                "4625 on the machine that received the logon and the Error Code of event 4776 on the DC; Kerberos "
                "reports it as KDC_ERR_CLIENT_REVOKED (0x12). Do not confuse it with an expired password "
                "(0xC0000071)."),
            {
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                QT_TRANSLATE_NOOP("Catalog",
                    "A contractor or temporary account reached the end date set when it was created"),
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                QT_TRANSLATE_NOOP("Catalog",
                    "An identity-management or HR process set an end date that was not extended"),
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service or shared account was created from a template that carries an expiration date"),
            },
            {
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {QT_TRANSLATE_NOOP("Catalog", "Show the account's expiration date"),
                 "Get-ADUser jdoe -Properties AccountExpirationDate,accountExpires"},
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {QT_TRANSLATE_NOOP("Catalog", "List the accounts that have already expired"),
                 "Search-ADAccount -AccountExpired -UsersOnly"},
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {QT_TRANSLATE_NOOP("Catalog", "Extend or clear the expiration if the account is still needed"),
                 "Set-ADAccountExpiration jdoe -DateTime \"2026-12-31\""},
            },
            {
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {Family::Win32, "ERROR_ACCOUNT_EXPIRED", 1793u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer for a disabled, expired or locked-out account (0x12).")},
                //: STATUS_ACCOUNT_EXPIRED (ntstatus 0xC0000193)
                {Family::NtStatus, "STATUS_PASSWORD_EXPIRED", 0xC0000071u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "Often confused with this code: only the password has expired, not the account.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x901, %%2305);
                // it names the expired account of this status.
                "The specified user account has expired.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // Older Windows printed "The user's password must be changed before logging on the first time."; the
        // SDK 10.0.22000 text is kept.
        {
            Family::NtStatus, 0xC0000224u, "STATUS_PASSWORD_MUST_CHANGE", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user's password must be changed before signing in.",
            //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
            QT_TRANSLATE_NOOP("Catalog", "The password must be changed before the account can log on."),
            //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
            QT_TRANSLATE_NOOP("Catalog",
                "\"User must change password at next logon\" is set on the account (pwdLastSet is 0), typically "
                "after an administrator reset the password. An interactive sign-in at the console asks for a new "
                "password; network logons, services, and Remote Desktop with Network Level Authentication cannot "
                "show that prompt and fail. It appears in event 4625 and as the Error Code of event 4776."),
            {
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                QT_TRANSLATE_NOOP("Catalog",
                    "An administrator reset the password with \"must change at next logon\" and the user first "
                    "connects over RDP with NLA, VPN or a web application"),
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                QT_TRANSLATE_NOOP("Catalog",
                    "A new account created with the flag set is used by a service or application before anyone signs "
                    "in with it"),
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                QT_TRANSLATE_NOOP("Catalog", "A password policy tool set the flag on many accounts at once"),
            },
            {
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the flag is set (pwdLastSet 0 means change required)"),
                 "Get-ADUser jdoe -Properties pwdLastSet,PasswordLastSet,PasswordExpired"},
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Let the user change the password at a console sign-in or through a password-change page, then "
                     "retry"), nullptr},
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {QT_TRANSLATE_NOOP("Catalog", "For a service account, set a known password and clear the flag"),
                 "Set-ADUser jdoe -ChangePasswordAtLogon $false"},
            },
            {
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {Family::Win32, "ERROR_PASSWORD_MUST_CHANGE", 1907u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {Family::Kerberos, "KDC_ERR_KEY_EXPIRED", 0x17u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos error a client typically gets for a password that must be changed (0x17).")},
                //: STATUS_PASSWORD_MUST_CHANGE (ntstatus 0xC0000224)
                {Family::NtStatus, "STATUS_PASSWORD_EXPIRED", 0xC0000071u,
                 QT_TRANSLATE_NOOP("Catalog", "The related case where the password has reached its maximum age.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // Doubt 12: the 2017 event-4625 table says "Evidently a bug in Windows and not a risk"; that is quoted as
        // Microsoft's remark. The NTLM sighting (Status 0xC0000225, Sub Status 0x0, from an NTLM client on Linux) is
        // a user report and is worded as "reported".
        {
            Family::NtStatus, 0xC0000225u, "STATUS_NOT_FOUND", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm | Negotiate,
            "The object was not found.",
            //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
            QT_TRANSLATE_NOOP("Catalog", "A generic \"object not found\" status that sometimes ends a failed logon."),
            //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
            QT_TRANSLATE_NOOP("Catalog",
                "STATUS_NOT_FOUND is not specific to authentication: some lookup inside the logon path found "
                "nothing. Microsoft's 2017 event-4625 page calls it evidently a Windows bug and not a risk. It has "
                "been reported as the Status of 4625 events with Sub Status 0x0 for NTLM logons from non-Windows "
                "clients. Treat it as noise unless it repeats for one account or source, and look at what else that "
                "source logged."),
            {
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                QT_TRANSLATE_NOOP("Catalog",
                    "Reported with NTLM logons from non-Windows clients (browsers or libraries on Linux)"),
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                QT_TRANSLATE_NOOP("Catalog",
                    "A lookup of the account or its domain failed inside the logon path, for which Windows gives no "
                    "detail"),
            },
            {
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                {QT_TRANSLATE_NOOP("Catalog",
                     "List the events with their account, package and source to see whether one client causes them"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match '0xC0000225' } | Format-List TimeCreated,Message"},
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check whether a successful logon (4624) for the same account and source follows; if so the "
                     "failure is a harmless first attempt"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4624} -MaxEvents 50 | Format-Table TimeCreated,Message -Wrap"},
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Turn on NTLM auditing to see the incoming NTLM requests in the NTLM Operational log"),
                 "Get-WinEvent -LogName 'Microsoft-Windows-NTLM/Operational' -MaxEvents 20"},
            },
            {
                //: STATUS_NOT_FOUND (ntstatus 0xC0000225)
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The usual generic logon failure; 0xC0000225 appears in its place in some NTLM failures.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // The 4625 sample on the Microsoft event-4625 page has Status 0xc0000234, Sub Status 0x0 and FailureReason
        // %%2307; the page says the Failure Reason "typically has Account locked out value".
        {
            Family::NtStatus, 0xC0000234u, "STATUS_ACCOUNT_LOCKED_OUT", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "The user account has been automatically locked because too many invalid logon attempts or password "
            "change attempts have been requested.",
            //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
            QT_TRANSLATE_NOOP("Catalog", "The account is locked out after too many bad passwords."),
            //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
            QT_TRANSLATE_NOOP("Catalog",
                "The number of bad passwords reached the domain's (or a fine-grained policy's) account lockout "
                "threshold, so the account refuses every logon until the lockout duration ends or an administrator "
                "unlocks it. The event 4625 with this Status is written where the attempt was made; the lockout "
                "itself is recorded once, as event 4740 on the PDC emulator, whose Caller Computer Name shows where "
                "the last bad password came from. Kerberos reports it as KDC_ERR_CLIENT_REVOKED (0x12)."),
            {
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                QT_TRANSLATE_NOOP("Catalog",
                    "A device or service keeps using an old password after a change: phone mail profile, mapped "
                    "drive, service, scheduled task, saved RDP credential"),
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                QT_TRANSLATE_NOOP("Catalog",
                    "A disconnected Remote Desktop session still running under the old password"),
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                QT_TRANSLATE_NOOP("Catalog", "Password guessing against the account from outside"),
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                QT_TRANSLATE_NOOP("Catalog", "A low lockout threshold combined with users mistyping"),
            },
            {
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {QT_TRANSLATE_NOOP("Catalog", "List the locked-out accounts"),
                 "Search-ADAccount -LockedOut -UsersOnly"},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {QT_TRANSLATE_NOOP("Catalog", "Read the lockout details of the account, asking the PDC emulator"),
                 "Get-ADUser jdoe -Server (Get-ADDomain).PDCEmulator -Properties LockedOut,lockoutTime,badPwdCount,LastBadPasswordAttempt"},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Find the lockout event 4740 on the PDC emulator; Caller Computer Name is the source of the bad "
                     "passwords"),
                 "Get-WinEvent -ComputerName (Get-ADDomain).PDCEmulator -FilterHashtable @{LogName='Security';Id=4740} | Where-Object { $_.Properties[0].Value -eq 'jdoe' } | Format-List TimeCreated,Message"},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the caller computer, look for the stale credential (saved credentials, services, tasks)"),
                 "cmdkey /list"},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {QT_TRANSLATE_NOOP("Catalog", "Unlock the account once the source is fixed"),
                 "Unlock-ADAccount jdoe"},
            },
            {
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {Family::Win32, "ERROR_ACCOUNT_LOCKED_OUT", 1909u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer for a disabled, expired or locked-out account (0x12).")},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 QT_TRANSLATE_NOOP("Catalog", "The bad passwords that counted toward the lockout.")},
                //: STATUS_ACCOUNT_LOCKED_OUT (ntstatus 0xC0000234)
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x8009030Cu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "What the remote client's SSPI call usually returns for this failure.")},
            },
            {
                // source: libyal/winevt-kb docs/sources/message-files/MessageFile-msobjs.dll.md (0x903, %%2307);
                // paired with Status 0xc0000234 and FailureReason %%2307 in the event XML of MicrosoftDocs/windows-itpro-docs
                // windows/security/threat-protection/auditing/event-4625.md.
                "Account locked out.",
            },
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}, EventSite{4776, "Status"}},
        },
        // In both tables: a 4625 status (2017 table) and the twin of SEC_E_UNFINISHED_CONTEXT_DELETED (tier A).
        {
            Family::NtStatus, 0xC00002EEu, "STATUS_UNFINISHED_CONTEXT_DELETED", {}, Severity::Error,
            Category::ContextTokens, Ntlm | Kerberos | Negotiate | CredSsp,
            "A security context was deleted before the context was completed. This is considered a logon failure.",
            //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
            QT_TRANSLATE_NOOP("Catalog",
                "The security context was torn down before the handshake finished; counted as a failed logon."),
            //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
            QT_TRANSLATE_NOOP("Catalog",
                "A server accepted the first authentication message of a client, and the security context was "
                "deleted before the last one arrived, usually because the client or something between them closed "
                "the connection. The LSA counts that as a failed logon and writes this status into event 4625, often "
                "in bursts with Logon Type 3 or 10. It is the NTSTATUS twin of SEC_E_UNFINISHED_CONTEXT_DELETED and "
                "says the handshake was cut, not that a password was wrong."),
            {
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                QT_TRANSLATE_NOOP("Catalog",
                    "Internet scanners or brute-force tools that open RDP (NLA/CredSSP) or SMB connections and drop "
                    "them mid-handshake"),
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                QT_TRANSLATE_NOOP("Catalog",
                    "A load balancer or proxy that sends the legs of one NTLM handshake to different servers or "
                    "connections"),
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                QT_TRANSLATE_NOOP("Catalog",
                    "A client that gives up or times out between the challenge and the final token"),
            },
            {
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                {QT_TRANSLATE_NOOP("Catalog",
                     "List the 4625 events with this status and note Logon Type and Source Network Address"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match '0xC00002EE' } | Group-Object { $_.Properties[10].Value.ToString() + ' ' + $_.Properties[19].Value } | Sort-Object Count -Descending"},
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                {QT_TRANSLATE_NOOP("Catalog",
                     "If the sources are unknown public addresses, restrict who can reach RDP or SMB (VPN, RD "
                     "Gateway, firewall scope)"),
                 "Get-NetFirewallRule -DisplayGroup 'Remote Desktop' | Get-NetFirewallAddressFilter"},
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Behind a load balancer, turn on session persistence so one handshake stays on one server"), nullptr},
            },
            {
                //: STATUS_UNFINISHED_CONTEXT_DELETED (ntstatus 0xC00002EE)
                {Family::Sspi, "SEC_E_UNFINISHED_CONTEXT_DELETED", 0x80090333u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        {
            Family::NtStatus, 0xC00002EFu, "STATUS_NO_TGT_REPLY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The client is trying to negotiate a context and the server requires user-to-user but didn't send a TGT "
            "reply.",
            //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
            QT_TRANSLATE_NOOP("Catalog", "The server required Kerberos user-to-user but never sent its TGT."),
            //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
            QT_TRANSLATE_NOOP("Catalog",
                "In user-to-user Kerberos the client needs the server's TGT to obtain a ticket the server can "
                "decrypt. This status means the server asked for user-to-user but the TGT reply did not come. It is "
                "the NTSTATUS twin of SEC_E_NO_TGT_REPLY, seen in LSA and Kerberos traces; the usual trigger is a "
                "KDC answer KDC_ERR_MUST_USE_USER2USER for an SPN that sits on a user account."),
            {
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                QT_TRANSLATE_NOOP("Catalog",
                    "The SPN is registered on a user account rather than on the account that runs the service"),
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                QT_TRANSLATE_NOOP("Catalog", "The service runs in a logon session without a usable TGT to hand back"),
            },
            {
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account holds the SPN across the forest"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the server, check that the service's logon session holds a current TGT"),
                 "klist sessions"},
            },
            {
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0x80090334u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_NO_TGT_REPLY (ntstatus 0xC00002EF)
                {Family::Kerberos, "KDC_ERR_MUST_USE_USER2USER", 0x1Bu,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC answer that starts the user-to-user exchange.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F1u, "STATUS_NO_IP_ADDRESSES", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Negotiate,
            "Unable to accomplish the requested task because the local machine does not have any IP addresses.",
            //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos needed a local IP address and the machine had none."),
            //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
            QT_TRANSLATE_NOOP("Catalog",
                "The Kerberos package could not do its work because no network interface had an IP address at that "
                "moment. It is the NTSTATUS twin of SEC_E_NO_IP_ADDRESSES and mostly shows up early at boot or when "
                "adapters are down, in LSA or Kerberos traces and in the errors of services that start before the "
                "network."),
            {
                //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service that authenticates at boot starts before the network adapters have addresses"),
                //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
                QT_TRANSLATE_NOOP("Catalog", "All adapters are disabled or disconnected, or DHCP has not answered"),
            },
            {
                //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the machine has an IP address on an active adapter"),
                 "Get-NetIPAddress -AddressFamily IPv4 | Format-Table InterfaceAlias,IPAddress,PrefixOrigin"},
                //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
                {QT_TRANSLATE_NOOP("Catalog",
                     "For a service that fails at boot, set it to delayed start so the network is up first"),
                 "sc.exe config MyService start= delayed-auto"},
            },
            {
                //: STATUS_NO_IP_ADDRESSES (ntstatus 0xC00002F1)
                {Family::Sspi, "SEC_E_NO_IP_ADDRESSES", 0x80090335u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F2u, "STATUS_WRONG_CREDENTIAL_HANDLE", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Negotiate,
            "The supplied credential handle does not match the credential associated with the security context.",
            //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
            QT_TRANSLATE_NOOP("Catalog",
                "A later handshake call used a different credential handle than the one the context was started "
                "with."),
            //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
            QT_TRANSLATE_NOOP("Catalog",
                "SSPI expects every call that continues one security context to pass the same credential handle. "
                "This status, the NTSTATUS twin of SEC_E_WRONG_CREDENTIAL_HANDLE, means the handle changed between "
                "calls. It points at the calling application or library, not at the account or the network."),
            {
                //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
                QT_TRANSLATE_NOOP("Catalog",
                    "The application acquires a new credential handle for each leg of the handshake"),
                //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
                QT_TRANSLATE_NOOP("Catalog",
                    "A connection pool or retry logic mixes contexts and credentials of different users"),
            },
            {
                //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Reproduce with a single connection and compare the credential handle passed on every "
                     "InitializeSecurityContext or AcceptSecurityContext call"), nullptr},
                //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check for an update of the application or library that makes the calls"), nullptr},
            },
            {
                //: STATUS_WRONG_CREDENTIAL_HANDLE (ntstatus 0xC00002F2)
                {Family::Sspi, "SEC_E_WRONG_CREDENTIAL_HANDLE", 0x80090336u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F3u, "STATUS_CRYPTO_SYSTEM_INVALID", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Negotiate,
            "The crypto system or checksum function is invalid because a required function is unavailable.",
            //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos needed a cipher or checksum that is not available on this machine."),
            //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
            QT_TRANSLATE_NOOP("Catalog",
                "A Kerberos ticket or message used an encryption type or checksum for which no implementation is "
                "enabled locally. It is the NTSTATUS twin of SEC_E_CRYPTO_SYSTEM_INVALID. The usual reason is an "
                "encryption-type mismatch: one side still uses RC4 or DES while the other has it turned off."),
            {
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                QT_TRANSLATE_NOOP("Catalog",
                    "RC4 or DES turned off by the \"Network security: Configure encryption types allowed for "
                    "Kerberos\" policy while a ticket, keytab or account still uses it"),
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                QT_TRANSLATE_NOOP("Catalog",
                    "A keytab from a non-Windows system that contains only an encryption type Windows no longer "
                    "allows"),
            },
            {
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                {QT_TRANSLATE_NOOP("Catalog", "Show the encryption types of the cached tickets"),
                 "klist"},
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                {QT_TRANSLATE_NOOP("Catalog", "Read the encryption types the machine allows"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\Parameters /v SupportedEncryptionTypes"},
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                {QT_TRANSLATE_NOOP("Catalog", "Read the encryption types set on the service account"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes"},
            },
            {
                //: STATUS_CRYPTO_SYSTEM_INVALID (ntstatus 0xC00002F3)
                {Family::Sspi, "SEC_E_CRYPTO_SYSTEM_INVALID", 0x80090337u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F4u, "STATUS_MAX_REFERRALS_EXCEEDED", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The number of maximum ticket referrals has been exceeded.",
            //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos followed too many cross-realm referrals without reaching the target realm."),
            //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
            QT_TRANSLATE_NOOP("Catalog",
                "To reach a service in another domain or realm the client follows referral tickets from KDC to KDC; "
                "this status, the NTSTATUS twin of SEC_E_MAX_REFERRALS_EXCEEDED, means the chain grew beyond the "
                "limit, usually because the referrals loop. It points at trust or realm-mapping configuration."),
            {
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                QT_TRANSLATE_NOOP("Catalog",
                    "Realm mappings (ksetup) or host-to-realm mappings that send the client back and forth between "
                    "realms"),
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                QT_TRANSLATE_NOOP("Catalog",
                    "Forest trusts with overlapping name suffixes, so each forest refers the name to the other"),
            },
            {
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                {QT_TRANSLATE_NOOP("Catalog", "Show the Kerberos realm configuration of the client"),
                 "ksetup"},
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts and their name suffix routing"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                {QT_TRANSLATE_NOOP("Catalog", "See which referral tickets the client collected"),
                 "klist"},
            },
            {
                //: STATUS_MAX_REFERRALS_EXCEEDED (ntstatus 0xC00002F4)
                {Family::Sspi, "SEC_E_MAX_REFERRALS_EXCEEDED", 0x80090338u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F5u, "STATUS_MUST_BE_KDC", {}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            "The local machine must be a Kerberos KDC (domain controller) and it is not.",
            //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
            QT_TRANSLATE_NOOP("Catalog",
                "The operation is only possible on a domain controller, and this machine is not one."),
            //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
            QT_TRANSLATE_NOOP("Catalog",
                "Some Kerberos operations can only run where the KDC runs. This status, the NTSTATUS twin of "
                "SEC_E_MUST_BE_KDC, is returned when one of them runs on a member server or workstation, for example "
                "when the KDC service is started on a machine that is not a domain controller."),
            {
                //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
                QT_TRANSLATE_NOOP("Catalog",
                    "The Kerberos Key Distribution Center service was left enabled after a demotion or on a cloned "
                    "image"),
                //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
                QT_TRANSLATE_NOOP("Catalog",
                    "A tool or script that expects to run on a DC was run on another machine"),
            },
            {
                //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check whether the machine is a DC and whether the KDC service is set to start"),
                 "Get-Service Kdc | Select-Object Status,StartType"},
                //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
                {QT_TRANSLATE_NOOP("Catalog", "Confirm which machines are the domain controllers"),
                 "Get-ADDomainController -Filter * | Select-Object Name,Site"},
            },
            {
                //: STATUS_MUST_BE_KDC (ntstatus 0xC00002F5)
                {Family::Sspi, "SEC_E_MUST_BE_KDC", 0x80090339u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F6u, "STATUS_STRONG_CRYPTO_NOT_SUPPORTED", {}, Severity::Error,
            Category::MessagesCryptography, Kerberos | Ntlm | Negotiate,
            "The other end of the security negotiation is requires strong crypto but it is not supported on the "
            "local machine.",
            //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
            QT_TRANSLATE_NOOP("Catalog", "The peer requires stronger cryptography than this machine offers."),
            //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
            QT_TRANSLATE_NOOP("Catalog",
                "The other end of the negotiation insisted on strong cryptography that the local package cannot "
                "provide. It is the NTSTATUS twin of SEC_E_STRONG_CRYPTO_NOT_SUPPORTED and is rare on current "
                "Windows; when it appears, compare the Kerberos encryption types and NTLM session security settings "
                "of both sides."),
            {
                //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
                QT_TRANSLATE_NOOP("Catalog",
                    "One side requires 128-bit NTLM session security (NtlmMinClientSec or NtlmMinServerSec) that the "
                    "other side does not offer"),
                //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
                QT_TRANSLATE_NOOP("Catalog",
                    "A Kerberos peer accepts only AES while the local account or machine offers only older "
                    "encryption types"),
            },
            {
                //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the NTLM minimum session security on both sides"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0"},
                //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
                {QT_TRANSLATE_NOOP("Catalog", "Show the encryption types of the tickets in use"),
                 "klist"},
            },
            {
                //: STATUS_STRONG_CRYPTO_NOT_SUPPORTED (ntstatus 0xC00002F6)
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0x8009033Au,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F7u, "STATUS_TOO_MANY_PRINCIPALS", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC reply contained more than one principal name.",
            //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
            QT_TRANSLATE_NOOP("Catalog",
                "A KDC reply contained more than one principal name where one was expected."),
            //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
            QT_TRANSLATE_NOOP("Catalog",
                "The Kerberos client received a KDC reply naming more than one principal and could not decide which "
                "applies. It is the NTSTATUS twin of SEC_E_TOO_MANY_PRINCIPALS and is rare; the circumstances are "
                "not well documented, so treat any cause below as a lead to check, not a diagnosis."),
            {
                //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
                QT_TRANSLATE_NOOP("Catalog", "Possibly a non-Windows KDC whose reply format Windows does not expect"),
                //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
                QT_TRANSLATE_NOOP("Catalog",
                    "Possibly name canonicalization that maps the request to several principals"),
            },
            {
                //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
                {QT_TRANSLATE_NOOP("Catalog", "Check which KDC and realm the client uses"),
                 "ksetup"},
                //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Capture the AS or TGS exchange with a network trace and read the names in the KDC reply"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\krb.etl"},
            },
            {
                //: STATUS_TOO_MANY_PRINCIPALS (ntstatus 0xC00002F7)
                {Family::Sspi, "SEC_E_TOO_MANY_PRINCIPALS", 0x8009033Bu,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F8u, "STATUS_NO_PA_DATA", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "Expected to find PA data for a hint of what etype to use, but it was not found.",
            //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC's reply lacked the pre-authentication hint telling which encryption type to use."),
            //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
            QT_TRANSLATE_NOOP("Catalog",
                "When a KDC asks for pre-authentication it normally sends PA data (ETYPE-INFO2) that tells the "
                "client which encryption type and salt to use for the password key. This status, the NTSTATUS twin "
                "of SEC_E_NO_PA_DATA, means that hint was missing, so the client cannot build its "
                "pre-authentication."),
            {
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account has no keys for any encryption type the client offers (for example its password was "
                    "last set before AES keys existed)"),
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows KDC that answers \"pre-authentication required\" without ETYPE-INFO2"),
            },
            {
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check when the account's password was last set and which encryption types it supports"),
                 "Get-ADUser jdoe -Properties PasswordLastSet,msDS-SupportedEncryptionTypes"},
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                {QT_TRANSLATE_NOOP("Catalog", "Check which KDC and realm the client uses"),
                 "ksetup"},
            },
            {
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0x8009033Cu,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_NO_PA_DATA (ntstatus 0xC00002F8)
                {Family::Kerberos, "KDC_ERR_PREAUTH_REQUIRED", 0x19u,
                 QT_TRANSLATE_NOOP("Catalog", "The KDC error that normally carries the missing hint.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002F9u, "STATUS_PKINIT_NAME_MISMATCH", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The client certificate does not contain a valid UPN, or does not match the client name in the logon "
            "request. Please contact your administrator.",
            //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
            QT_TRANSLATE_NOOP("Catalog",
                "The logon certificate has no valid UPN, or it does not match the user who logs on."),
            //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
            QT_TRANSLATE_NOOP("Catalog",
                "In smart card or certificate logon (PKINIT) the KDC maps the certificate to an account, usually "
                "through the UPN in the Subject Alternative Name or an explicit mapping, and checks it against the "
                "name in the request. This status, the NTSTATUS twin of SEC_E_PKINIT_NAME_MISMATCH, means that check "
                "failed."),
            {
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate's UPN differs from the account's userPrincipalName (renamed user, changed UPN "
                    "suffix)"),
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                QT_TRANSLATE_NOOP("Catalog",
                    "Strong certificate mapping is enforced on the DCs and the certificate has no SID extension or "
                    "explicit mapping"),
            },
            {
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificates on the smart card and their UPN"),
                 "certutil -scinfo"},
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the account's UPN and explicit mappings"),
                 "Get-ADUser jdoe -Properties UserPrincipalName,altSecurityIdentities"},
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DCs, read the certificate-mapping events 39, 40 and 41 of the KDC"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center';Id=39,40,41} -MaxEvents 20"},
            },
            {
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0x8009033Du,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_PKINIT_NAME_MISMATCH (ntstatus 0xC00002F9)
                {Family::Kerberos, "KDC_ERR_CLIENT_NAME_MISMATCH", 0x4Bu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The RFC 4120 code for a certificate that does not match the client name.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002FAu, "STATUS_SMARTCARD_LOGON_REQUIRED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Negotiate,
            "Smartcard logon is required and was not used.",
            //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
            QT_TRANSLATE_NOOP("Catalog", "The account must log on with a smart card and a password was used."),
            //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
            QT_TRANSLATE_NOOP("Catalog",
                "The account has \"Smart card is required for interactive logon\" set, so the KDC refuses "
                "password-based pre-authentication for it. It is the NTSTATUS twin of SEC_E_SMARTCARD_LOGON_REQUIRED "
                "and appears when a user, script or service tries the account with a password."),
            {
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                QT_TRANSLATE_NOOP("Catalog",
                    "An administrator account protected with the smart-card requirement is used with a password "
                    "(runas, a script, a service)"),
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                QT_TRANSLATE_NOOP("Catalog",
                    "The flag was set on an account that also runs a service or scheduled task"),
            },
            {
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the account requires a smart card"),
                 "Get-ADUser jdoe -Properties SmartcardLogonRequired"},
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Use the smart card, or move the service to an account without the requirement"), nullptr},
            },
            {
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0x8009033Eu,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_SMARTCARD_LOGON_REQUIRED (ntstatus 0xC00002FA)
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos answer when an account logon restriction applies (Result Code 0xC).")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002FBu, "STATUS_KDC_INVALID_REQUEST", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An invalid request was sent to the KDC.",
            //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
            QT_TRANSLATE_NOOP("Catalog", "The KDC received a request it considers invalid."),
            //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
            QT_TRANSLATE_NOOP("Catalog",
                "A Kerberos request reached the KDC but was malformed or inconsistent, so the KDC rejected it. It is "
                "the NTSTATUS twin of SEC_E_KDC_INVALID_REQUEST. Kerberos event logging on the client and the KDC "
                "events on the DC usually name the part that was wrong."),
            {
                //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows Kerberos client or a custom tool that builds requests the Windows KDC does not "
                    "accept"),
                //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
                QT_TRANSLATE_NOOP("Catalog",
                    "Requests that ask for options the KDC refuses for this account or service"),
            },
            {
                //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Turn on Kerberos event logging on the client to see the failing request"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v LogLevel /t REG_DWORD /d 1 /f"},
                //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
                {QT_TRANSLATE_NOOP("Catalog", "Read the KDC events in the DC's System log"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center'} -MaxEvents 30"},
            },
            {
                //: STATUS_KDC_INVALID_REQUEST (ntstatus 0xC00002FB)
                {Family::Sspi, "SEC_E_KDC_INVALID_REQUEST", 0x80090340u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002FCu, "STATUS_KDC_UNABLE_TO_REFER", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The KDC was unable to generate a referral for the service requested.",
            //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
            QT_TRANSLATE_NOOP("Catalog", "The KDC could not refer the request to the realm that holds the service."),
            //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
            QT_TRANSLATE_NOOP("Catalog",
                "The requested service was not in the KDC's own domain, and the KDC found no trust path to a domain "
                "that holds it. It is the NTSTATUS twin of SEC_E_KDC_UNABLE_TO_REFER; check where the SPN lives and "
                "whether the trusts route its name suffix."),
            {
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The SPN exists only in another forest and name suffix routing on the forest trust does not "
                    "cover its DNS suffix"),
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The SPN does not exist anywhere, or uses a name (alias, IP address) the trusts cannot map"),
            },
            {
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                {QT_TRANSLATE_NOOP("Catalog", "Search the forest for the SPN"),
                 "setspn -F -Q HTTP/web01.fabrikam.com"},
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts and their name suffix routing"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                {QT_TRANSLATE_NOOP("Catalog", "Ask for a ticket to the SPN to reproduce the failure"),
                 "klist get HTTP/web01.fabrikam.com"},
            },
            {
                //: STATUS_KDC_UNABLE_TO_REFER (ntstatus 0xC00002FC)
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0x80090341u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002FDu, "STATUS_KDC_UNKNOWN_ETYPE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The encryption type requested is not supported by the KDC.",
            //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
            QT_TRANSLATE_NOOP("Catalog", "The KDC does not support the encryption type that was requested."),
            //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
            QT_TRANSLATE_NOOP("Catalog",
                "The client asked for a Kerberos encryption type that the KDC has no key for or does not allow. It "
                "is the NTSTATUS twin of SEC_E_KDC_UNKNOWN_ETYPE; the Kerberos form is KDC_ERR_ETYPE_NOSUPP (0xE), "
                "and the KDC logs events 14, 16, 26 or 27 with the encryption types involved."),
            {
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                QT_TRANSLATE_NOOP("Catalog",
                    "RC4 or DES removed on the DCs while a client, keytab or account still asks only for it"),
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                QT_TRANSLATE_NOOP("Catalog",
                    "msDS-SupportedEncryptionTypes on the service account lists types the account has no keys for "
                    "(password not reset since)"),
            },
            {
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                {QT_TRANSLATE_NOOP("Catalog", "Read the KDC events that name the encryption types"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center';Id=14,16,26,27} -MaxEvents 20 | Format-List TimeCreated,Id,Message"},
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                {QT_TRANSLATE_NOOP("Catalog", "Read the encryption types set on the service account"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                {QT_TRANSLATE_NOOP("Catalog", "Read the encryption types the DC allows"),
                 "reg query HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Policies\\System\\Kerberos\\Parameters /v SupportedEncryptionTypes"},
            },
            {
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0x80090342u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_KDC_UNKNOWN_ETYPE (ntstatus 0xC00002FD)
                {Family::Kerberos, "KDC_ERR_ETYPE_NOSUPP", 0xEu,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error for the same encryption-type problem (0xE).")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC00002FEu, "STATUS_SHUTDOWN_IN_PROGRESS", {}, Severity::Error,
            Category::PackagesSystem, Kerberos | Ntlm | Negotiate | Schannel | CredSsp | Digest,
            "A system shutdown is in progress.",
            //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
            QT_TRANSLATE_NOOP("Catalog", "The system is shutting down, so the security packages refuse new work."),
            //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
            QT_TRANSLATE_NOOP("Catalog",
                "Once shutdown has started the LSA stops accepting new authentication requests. This status, the "
                "NTSTATUS twin of SEC_E_SHUTDOWN_IN_PROGRESS, is expected during a restart and only matters when it "
                "appears while no shutdown was intended."),
            {
                //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
                QT_TRANSLATE_NOOP("Catalog",
                    "A planned restart (updates, maintenance) while clients were still connecting"),
                //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
                QT_TRANSLATE_NOOP("Catalog", "An unexpected shutdown started by a process or an administrator"),
            },
            {
                //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
                {QT_TRANSLATE_NOOP("Catalog", "Find who or what started the shutdown (event 1074)"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';Id=1074} -MaxEvents 10 | Format-List TimeCreated,Message"},
                //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
                {QT_TRANSLATE_NOOP("Catalog", "Retry the operation after the machine is back up; its last boot "
                                              "time shows that it restarted"),
                 "Get-CimInstance Win32_OperatingSystem -ComputerName dc01.contoso.com | Select-Object CSName,LastBootUpTime"},
            },
            {
                //: STATUS_SHUTDOWN_IN_PROGRESS (ntstatus 0xC00002FE)
                {Family::Sspi, "SEC_E_SHUTDOWN_IN_PROGRESS", 0x8009033Fu,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC0000322u, "STATUS_NO_KERB_KEY", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The target server does not have acceptable Kerberos credentials.",
            //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
            QT_TRANSLATE_NOOP("Catalog", "The target server has no Kerberos key that fits the ticket or request."),
            //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
            QT_TRANSLATE_NOOP("Catalog",
                "The server side of Kerberos has no usable long-term key, so it cannot decrypt tickets for its SPN "
                "or take part in the exchange. It is the NTSTATUS twin of SEC_E_NO_KERB_KEY; that SSPI code has only "
                "a placeholder message, so this status's text (\"The target server does not have acceptable Kerberos "
                "credentials.\") is the readable one."),
            {
                //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
                QT_TRANSLATE_NOOP("Catalog",
                    "The service runs as an account with no Kerberos keys of the requested encryption type (password "
                    "not reset since the type was enabled)"),
                //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows service whose keytab does not contain the key for the SPN and key version the "
                    "client uses"),
            },
            {
                //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that holds the SPN"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types and password age of that account"),
                 "Get-ADUser svc_web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet,msDS-KeyVersionNumber"},
            },
            {
                //: STATUS_NO_KERB_KEY (ntstatus 0xC0000322)
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0x80090348u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC0000351u, "STATUS_UNSUPPORTED_PREAUTH", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An unsupported preauthentication mechanism was presented to the Kerberos package.",
            //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
            QT_TRANSLATE_NOOP("Catalog",
                "The client offered a pre-authentication method the Kerberos package does not support."),
            //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
            QT_TRANSLATE_NOOP("Catalog",
                "Pre-authentication proves the client's identity to the KDC; this status, the NTSTATUS twin of "
                "SEC_E_UNSUPPORTED_PREAUTH, says the method used is not supported on the other side. With Windows it "
                "is mostly seen in smart card logon (PKINIT) when the DC cannot do certificate pre-authentication; "
                "the Kerberos form is KDC_ERR_PADATA_TYPE_NOSUPP (0x10)."),
            {
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC has no valid certificate for smart card logon (Kerberos Authentication or Domain "
                    "Controller Authentication template)"),
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows client or KDC that uses a pre-authentication type the other side does not "
                    "implement"),
            },
            {
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the client, verify the certificates of the DCs it can use for smart card logon"),
                 "certutil -dcinfo verify"},
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DC, list its certificates and check for a current Kerberos Authentication certificate"),
                 "certutil -store my"},
            },
            {
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0x80090343u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_UNSUPPORTED_PREAUTH (ntstatus 0xC0000351)
                {Family::Kerberos, "KDC_ERR_PADATA_TYPE_NOSUPP", 0x10u,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos error for an unsupported pre-authentication type (0x10).")},
            },
            {},
            {},
        },
        // In both tables: twin of SEC_E_BAD_BINDINGS (tier A). Doubt 11: seen as a 4625 Status in Microsoft's
        // KB2903333 (RD Gateway, LmCompatibilityLevel below 3, EnforceChannelBinding), see the file header.
        {
            Family::NtStatus, 0xC000035Bu, "STATUS_BAD_BINDINGS", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "Client's supplied SSPI channel bindings were incorrect.",
            //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
            QT_TRANSLATE_NOOP("Catalog",
                "The client's channel bindings did not match the TLS channel the server sees (Extended Protection "
                "failure)."),
            //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
            QT_TRANSLATE_NOOP("Catalog",
                "With Extended Protection for Authentication the client binds its NTLM or Kerberos token to the TLS "
                "channel, and the server rejects a token whose binding is missing or different. It is the NTSTATUS "
                "twin of SEC_E_BAD_BINDINGS and can appear as the Status of event 4625 with Sub Status 0x0: "
                "Microsoft documents that case on an RD Gateway, where clients forced to NTLMv1 send no channel "
                "bindings."),
            {
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                QT_TRANSLATE_NOOP("Catalog",
                    "The client uses NTLMv1 (LmCompatibilityLevel below 3), which carries no channel bindings, "
                    "against an RD Gateway or other server that enforces them"),
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                QT_TRANSLATE_NOOP("Catalog",
                    "A load balancer, reverse proxy or TLS-inspecting firewall terminates TLS, so client and server "
                    "see different channels"),
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                QT_TRANSLATE_NOOP("Catalog",
                    "LDAP channel binding enforced on the DCs (LdapEnforceChannelBinding 2) with an old or "
                    "non-Windows LDAP client"),
            },
            {
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the client, check the NTLM level; 3 or higher sends NTLMv2 with channel bindings"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa /v LmCompatibilityLevel"},
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                {QT_TRANSLATE_NOOP("Catalog", "On an RD Gateway, check whether channel binding is enforced"),
                 "reg query \"HKLM\\Software\\Microsoft\\Windows NT\\CurrentVersion\\TerminalServerGateway\\Config\\Core\" /v EnforceChannelBinding"},
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                {QT_TRANSLATE_NOOP("Catalog", "On DCs, check the LDAP channel binding setting"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\NTDS\\Parameters /v LdapEnforceChannelBinding"},
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Test from a client that connects straight to the server, bypassing any proxy or load "
                     "balancer (for a web site, with the current user's Windows credentials)"),
                 "Invoke-WebRequest https://web01.contoso.com/ -UseDefaultCredentials -UseBasicParsing"},
            },
            {
                //: STATUS_BAD_BINDINGS (ntstatus 0xC000035B)
                {Family::Sspi, "SEC_E_BAD_BINDINGS", 0x80090346u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {EventSite{4625, "Status"}},
        },
        // Listed only in the 4776 table. The read-only DC case is reported, not documented on the 4776 page, and is
        // worded as such.
        {
            Family::NtStatus, 0xC0000371u, "STATUS_NO_SECRETS", {}, Severity::Error,
            Category::CredentialsLogon, Ntlm,
            "The local account store does not contain secret material for the specified account.",
            //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
            QT_TRANSLATE_NOOP("Catalog",
                "The account store that checked the logon holds no password material for the account."),
            //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
            QT_TRANSLATE_NOOP("Catalog",
                "The DC that validated the NTLM logon (event 4776) had no secret for the account, so it could not "
                "compare the response. It is reported mostly from read-only domain controllers that do not cache the "
                "account's password and could not forward the request to a writable DC, and for accounts that have "
                "no password hash at all."),
            {
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                QT_TRANSLATE_NOOP("Catalog",
                    "A read-only DC whose Password Replication Policy does not allow the account, and no writable DC "
                    "is reachable from it"),
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account's password has not been cached yet on the read-only DC (first logon at a branch "
                    "site while the WAN is down)"),
            },
            {
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                {QT_TRANSLATE_NOOP("Catalog", "List the accounts whose passwords the read-only DC has cached"),
                 "Get-ADDomainControllerPasswordReplicationPolicyUsage -Identity RODC01 -RevealedAccounts"},
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the read-only DC can reach a writable DC"),
                 "nltest /server:RODC01 /dsgetdc:contoso.com /writable"},
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                {QT_TRANSLATE_NOOP("Catalog",
                     "If the account should log on at that site, add it to the read-only DC's allowed list"),
                 "Add-ADDomainControllerPasswordReplicationPolicy -Identity RODC01 -AllowedList jdoe"},
            },
            {
                //: STATUS_NO_SECRETS (ntstatus 0xC0000371)
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 QT_TRANSLATE_NOOP("Catalog", "What the member server usually records for the same failed logon.")},
            },
            {},
            {EventSite{4776, "Status"}},
        },
        {
            Family::NtStatus, 0xC0000388u, "STATUS_DOWNGRADE_DETECTED", {}, Severity::Error,
            Category::KerberosKdc, Negotiate | CredSsp,
            "The system cannot contact a domain controller to service the authentication request. Please try again "
            "later.",
            //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
            QT_TRANSLATE_NOOP("Catalog",
                "Negotiate refused to fall back to a weaker protocol, so the request failed."),
            //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
            QT_TRANSLATE_NOOP("Catalog",
                "Negotiate detected that the exchange would drop from Kerberos to a weaker method in a case where "
                "that is not allowed, for example a password change after the MS16-101 update, and stopped. The "
                "message text blames an unreachable domain controller, which is usually the reason Kerberos could "
                "not be used. It is the NTSTATUS twin of SEC_E_DOWNGRADE_DETECTED."),
            {
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                QT_TRANSLATE_NOOP("Catalog",
                    "No KDC was reachable, so Kerberos was impossible and the fallback to NTLM was refused"),
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                QT_TRANSLATE_NOOP("Catalog",
                    "A password change for a local account or over NTLM, which Negotiate no longer falls back for"),
            },
            {
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                {QT_TRANSLATE_NOOP("Catalog", "Check that a KDC is reachable for the domain"),
                 "nltest /dsgetdc:contoso.com /kdc /force"},
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the client holds a TGT"),
                 "klist tgt"},
            },
            {
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                {Family::Sspi, "SEC_E_DOWNGRADE_DETECTED", 0x80090350u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_DOWNGRADE_DETECTED (ntstatus 0xC0000388)
                {Family::Win32, "ERROR_DOWNGRADE_DETECTED", 1265u,
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 code of the same condition.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC0000389u, "STATUS_SMARTCARD_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has been revoked. Please contact your system "
            "administrator. There may be additional information in the event log.",
            //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
            QT_TRANSLATE_NOOP("Catalog", "The smart card certificate used to log on has been revoked."),
            //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC checked the user's logon certificate against its CA's revocation list and found it revoked, "
                "so the smart card logon failed. It is the NTSTATUS twin of SEC_E_SMARTCARD_CERT_REVOKED."),
            {
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                QT_TRANSLATE_NOOP("Catalog", "The card was reported lost or replaced and its certificate revoked"),
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate was revoked by mistake, or an old card is used after a new one was issued"),
            },
            {
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                {QT_TRANSLATE_NOOP("Catalog", "Export the logon certificate and check its revocation status"),
                 "certutil -verify -urlfetch user.cer"},
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificates on the card"),
                 "certutil -scinfo"},
            },
            {
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0x80090351u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_SMARTCARD_CERT_REVOKED (ntstatus 0xC0000389)
                {Family::Kerberos, "KDC_ERR_REVOKED_CERTIFICATE", 0x48u,
                 QT_TRANSLATE_NOOP("Catalog", "The RFC 4120 code for a revoked certificate.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000038Au, "STATUS_ISSUING_CA_UNTRUSTED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the certificate used for "
            "authentication.",
            //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
            QT_TRANSLATE_NOOP("Catalog", "The CA that issued the logon certificate is not trusted for logon."),
            //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
            QT_TRANSLATE_NOOP("Catalog",
                "For certificate logon the KDC requires the issuing CA to chain to a trusted root and to be in the "
                "enterprise NTAuth store. This status, the NTSTATUS twin of SEC_E_ISSUING_CA_UNTRUSTED, means that "
                "check failed; its text speaks of \"the certificate\", where the SSPI text speaks of the smart card "
                "certificate."),
            {
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                QT_TRANSLATE_NOOP("Catalog",
                    "The issuing CA's certificate is missing from the NTAuth store (new or renewed CA)"),
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                QT_TRANSLATE_NOOP("Catalog", "The root CA is not trusted by the DC"),
            },
            {
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                {QT_TRANSLATE_NOOP("Catalog", "List the CAs in the enterprise NTAuth store"),
                 "certutil -viewstore -enterprise NTAuth"},
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the logon certificate's chain"),
                 "certutil -verify -urlfetch user.cer"},
            },
            {
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0x80090352u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_ISSUING_CA_UNTRUSTED (ntstatus 0xC000038A)
                {Family::Kerberos, "KDC_ERROR_CLIENT_NOT_TRUSTED", 0x3Eu,
                 QT_TRANSLATE_NOOP("Catalog",
                     "The Kerberos error when the KDC does not trust the client certificate (0x3E).")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000038Bu, "STATUS_REVOCATION_OFFLINE_C", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the certificate used for authentication could not be determined.",
            //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
            QT_TRANSLATE_NOOP("Catalog", "The revocation status of the logon certificate could not be determined."),
            //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC could not reach a CRL or OCSP responder for the user's logon certificate, and certificate "
                "logon requires a definite answer. It is the NTSTATUS twin of SEC_E_REVOCATION_OFFLINE_C."),
            {
                //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
                QT_TRANSLATE_NOOP("Catalog",
                    "The CRL distribution point in the certificate is unreachable from the DC (proxy, firewall, "
                    "removed server)"),
                //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
                QT_TRANSLATE_NOOP("Catalog", "The published CRL has expired because the CA stopped publishing"),
            },
            {
                //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
                {QT_TRANSLATE_NOOP("Catalog", "On a DC, fetch every CRL and OCSP URL of the certificate"),
                 "certutil -verify -urlfetch user.cer"},
                //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
                {QT_TRANSLATE_NOOP("Catalog", "Check the CA's published CRLs and their next update"),
                 "certutil -CRL"},
            },
            {
                //: STATUS_REVOCATION_OFFLINE_C (ntstatus 0xC000038B)
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0x80090353u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000038Cu, "STATUS_PKINIT_CLIENT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The client certificate used for authentication was not trusted.",
            //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
            QT_TRANSLATE_NOOP("Catalog", "The client certificate used to log on was not trusted."),
            //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC did not accept the client's logon certificate: its chain, usage or validity failed the "
                "checks for certificate logon. It is the NTSTATUS twin of SEC_E_PKINIT_CLIENT_FAILURE."),
            {
                //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate lacks the Smart Card Logon or Client Authentication usage"),
                //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
                QT_TRANSLATE_NOOP("Catalog",
                    "The chain does not build on the DC (missing intermediate CA, untrusted root)"),
            },
            {
                //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the logon certificate's chain and usages"),
                 "certutil -verify -urlfetch user.cer"},
                //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
                {QT_TRANSLATE_NOOP("Catalog", "List the CAs in the enterprise NTAuth store"),
                 "certutil -viewstore -enterprise NTAuth"},
            },
            {
                //: STATUS_PKINIT_CLIENT_FAILURE (ntstatus 0xC000038C)
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0x80090354u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000038Du, "STATUS_SMARTCARD_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The smartcard certificate used for authentication has expired. Please contact your system "
            "administrator.",
            //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
            QT_TRANSLATE_NOOP("Catalog", "The smart card certificate used to log on has expired."),
            //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
            QT_TRANSLATE_NOOP("Catalog",
                "The user's logon certificate is past its end date, so the KDC refuses it. It is the NTSTATUS twin "
                "of SEC_E_SMARTCARD_CERT_EXPIRED; the SDK header wraps this message over two lines."),
            {
                //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
                QT_TRANSLATE_NOOP("Catalog", "The card was not renewed in time"),
                //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user has a renewed card but still uses the old one, or the new certificate was not written "
                    "to the card"),
            },
            {
                //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificates on the card and their validity"),
                 "certutil -scinfo"},
                //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
                {QT_TRANSLATE_NOOP("Catalog", "Reissue the logon certificate: an expired certificate cannot "
                                              "sign its own renewal, so enroll again from the smart card logon "
                                              "template your CA uses (the name below is the default one)"),
                 "certreq -enroll -user SmartcardLogon"},
            },
            {
                //: STATUS_SMARTCARD_CERT_EXPIRED (ntstatus 0xC000038D)
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_EXPIRED", 0x80090355u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Au, "STATUS_NO_S4U_PROT_SUPPORT", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "The Kerberos subsystem encountered an error. A service for user protocol request was made against a "
            "domain controller which does not support service for user.",
            //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
            QT_TRANSLATE_NOOP("Catalog", "A Service-for-User (S4U) request went to a KDC that does not support it."),
            //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
            QT_TRANSLATE_NOOP("Catalog",
                "Protocol transition and constrained delegation use the S4U2Self and S4U2Proxy Kerberos extensions. "
                "This status, the NTSTATUS twin of SEC_E_NO_S4U_PROT_SUPPORT, means the KDC that received such a "
                "request could not serve it."),
            {
                //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
                QT_TRANSLATE_NOOP("Catalog",
                    "The request reached a KDC that is not a Windows Server 2003 or later DC, such as a non-Windows "
                    "KDC"),
                //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user belongs to a realm across a trust whose KDC does not implement S4U"),
            },
            {
                //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
                {QT_TRANSLATE_NOOP("Catalog", "List the DCs and their operating systems"),
                 "Get-ADDomainController -Filter * | Select-Object Name,OperatingSystem"},
                //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
                {QT_TRANSLATE_NOOP("Catalog", "Check which KDC and realm the service uses"),
                 "ksetup"},
            },
            {
                //: STATUS_NO_S4U_PROT_SUPPORT (ntstatus 0xC000040A)
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0x80090356u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Bu, "STATUS_CROSSREALM_DELEGATION_FAILURE", {}, Severity::Error,
            Category::KerberosKdc, Kerberos | Negotiate,
            "An attempt was made by this server to make a Kerberos constrained delegation request for a target "
            "outside of the server's realm. This is not supported, and indicates a misconfiguration on this server's "
            "allowed to delegate to list. Please contact your administrator.",
            //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
            QT_TRANSLATE_NOOP("Catalog",
                "Constrained delegation was attempted to a target in another realm, which classic delegation cannot "
                "do."),
            //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
            QT_TRANSLATE_NOOP("Catalog",
                "Classic Kerberos constrained delegation (the \"allowed to delegate to\" list on the front-end "
                "account) only works within one domain. A target in another domain or realm gives this status, the "
                "NTSTATUS twin of SEC_E_CROSSREALM_DELEGATION_FAILURE. Resource-based constrained delegation, set on "
                "the back-end account, works across domains and forests."),
            {
                //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
                QT_TRANSLATE_NOOP("Catalog",
                    "The front-end's msDS-AllowedToDelegateTo lists an SPN whose account lives in another domain"),
                //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
                QT_TRANSLATE_NOOP("Catalog",
                    "The back-end service moved to another domain while the delegation setting stayed the same"),
            },
            {
                //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
                {QT_TRANSLATE_NOOP("Catalog", "Show the front-end's delegation targets"),
                 "Get-ADComputer web01 -Properties msDS-AllowedToDelegateTo"},
                //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Configure resource-based constrained delegation on the back-end account instead"),
                 "Set-ADComputer sql01 -PrincipalsAllowedToDelegateToAccount (Get-ADComputer web01)"},
            },
            {
                //: STATUS_CROSSREALM_DELEGATION_FAILURE (ntstatus 0xC000040B)
                {Family::Sspi, "SEC_E_CROSSREALM_DELEGATION_FAILURE", 0x80090357u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Cu, "STATUS_REVOCATION_OFFLINE_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The revocation status of the domain controller certificate used for authentication could not be "
            "determined. There is additional information in the system event log.",
            //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
            QT_TRANSLATE_NOOP("Catalog",
                "The client could not determine the revocation status of the domain controller's certificate."),
            //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
            QT_TRANSLATE_NOOP("Catalog",
                "During certificate logon the client also checks the DC's certificate, including revocation. This "
                "status, the NTSTATUS twin of SEC_E_REVOCATION_OFFLINE_KDC, means the client could not reach the CRL "
                "or OCSP responder for it."),
            {
                //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
                QT_TRANSLATE_NOOP("Catalog",
                    "The client cannot reach the CRL distribution point of the DC certificate before sign-in (proxy, "
                    "VPN not yet up)"),
                //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
                QT_TRANSLATE_NOOP("Catalog", "The CA's CRL has expired"),
            },
            {
                //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, verify the DC certificates including revocation"),
                 "certutil -dcinfo verify"},
                //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
                {QT_TRANSLATE_NOOP("Catalog", "Check the CA's published CRLs and their next update"),
                 "certutil -CRL"},
            },
            {
                //: STATUS_REVOCATION_OFFLINE_KDC (ntstatus 0xC000040C)
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_KDC", 0x80090358u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Du, "STATUS_ISSUING_CA_UNTRUSTED_KDC", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "An untrusted certificate authority was detected while processing the domain controller certificate used "
            "for authentication. There is additional information in the system event log. Please contact your system "
            "administrator.",
            //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
            QT_TRANSLATE_NOOP("Catalog",
                "The client does not trust the CA that issued the domain controller's certificate."),
            //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
            QT_TRANSLATE_NOOP("Catalog",
                "During certificate logon the client validates the DC's certificate, and the chain did not end at a "
                "root the client trusts. It is the NTSTATUS twin of SEC_E_ISSUING_CA_UNTRUSTED_KDC; the Kerberos "
                "form is KDC_ERR_KDC_NOT_TRUSTED (0x3F)."),
            {
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                QT_TRANSLATE_NOOP("Catalog",
                    "The root CA of the DC certificate is missing from the client's trusted roots (device not "
                    "domain-joined, or a new PKI)"),
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC presents a certificate from a different CA than the one the clients trust"),
            },
            {
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, verify the DC certificates"),
                 "certutil -dcinfo verify"},
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusted roots on the client"),
                 "certutil -store Root"},
            },
            {
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0x80090359u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
                //: STATUS_ISSUING_CA_UNTRUSTED_KDC (ntstatus 0xC000040D)
                {Family::Kerberos, "KDC_ERROR_KDC_NOT_TRUSTED", 0x3Fu,
                 QT_TRANSLATE_NOOP("Catalog", "The Kerberos error when the client cannot trust the KDC (0x3F).")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Eu, "STATUS_KDC_CERT_EXPIRED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for logon has expired. There is additional information in the "
            "system event log.",
            //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller's certificate used for logon has expired."),
            //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
            QT_TRANSLATE_NOOP("Catalog",
                "Certificate logon needs a valid certificate on the DC (Kerberos Authentication template). The "
                "client found the DC's certificate expired. It is the NTSTATUS twin of SEC_E_KDC_CERT_EXPIRED."),
            {
                //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
                QT_TRANSLATE_NOOP("Catalog", "Autoenrollment on the DC failed, so the certificate was not renewed"),
                //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
                QT_TRANSLATE_NOOP("Catalog", "The template was removed from the CA, so the DC cannot renew"),
            },
            {
                //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list its certificates and their end dates"),
                 "certutil -store my"},
                //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
                {QT_TRANSLATE_NOOP("Catalog", "Trigger autoenrollment on the DC"),
                 "certutil -pulse"},
            },
            {
                //: STATUS_KDC_CERT_EXPIRED (ntstatus 0xC000040E)
                {Family::Sspi, "SEC_E_KDC_CERT_EXPIRED", 0x8009035Au,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000040Fu, "STATUS_KDC_CERT_REVOKED", {}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos | Negotiate,
            "The domain controller certificate used for logon has been revoked. There is additional information in "
            "the system event log.",
            //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
            QT_TRANSLATE_NOOP("Catalog", "The domain controller's certificate used for logon has been revoked."),
            //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
            QT_TRANSLATE_NOOP("Catalog",
                "The client checked the DC's certificate for certificate logon and found it on the CA's revocation "
                "list. It is the NTSTATUS twin of SEC_E_KDC_CERT_REVOKED."),
            {
                //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC certificate was revoked (DC rebuilt, key compromise) but is still installed"),
                //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
                QT_TRANSLATE_NOOP("Catalog", "A CA administrator revoked the wrong certificate"),
            },
            {
                //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, verify the DC certificates including revocation"),
                 "certutil -dcinfo verify"},
                //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
                {QT_TRANSLATE_NOOP("Catalog",
                     "On the DC, list its certificates, remove the revoked one and enroll a new one"),
                 "certutil -store my"},
            },
            {
                //: STATUS_KDC_CERT_REVOKED (ntstatus 0xC000040F)
                {Family::Sspi, "SEC_E_KDC_CERT_REVOKED", 0x8009035Bu,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC0000413u, "STATUS_AUTHENTICATION_FIREWALL_FAILED", {}, Severity::Error,
            Category::CredentialsLogon, Kerberos | Ntlm | Negotiate,
            "Logon Failure: The machine you are logging onto is protected by an authentication firewall. The "
            "specified account is not allowed to authenticate to the machine.",
            //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
            QT_TRANSLATE_NOOP("Catalog",
                "Selective authentication on a trust does not allow this account to authenticate to this computer."),
            //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
            QT_TRANSLATE_NOOP("Catalog",
                "The user comes from a domain or forest trusted with selective authentication (the \"authentication "
                "firewall\"). Such users may only authenticate to computers on whose AD object they, or one of their "
                "groups, hold the \"Allowed to authenticate\" permission. The refusal is logged as event 4625 on the "
                "target computer."),
            {
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                QT_TRANSLATE_NOOP("Catalog",
                    "The trust uses selective authentication and the computer object lacks \"Allowed to "
                    "authenticate\" for the user or a group of the user"),
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                QT_TRANSLATE_NOOP("Catalog",
                    "The permission was granted on the wrong object, for example on the server but not on the DC or "
                    "the clustered name the user connects to"),
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user's group that holds the permission is not in the user's token yet (membership changed, "
                    "no new logon)"),
            },
            {
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the trust uses selective authentication"),
                 "Get-ADTrust -Filter * | Select-Object Name,Direction,SelectiveAuthentication"},
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Look for \"Allowed to authenticate\" entries on the target computer's AD object"),
                 "dsacls \"CN=SRV01,OU=Servers,DC=contoso,DC=com\""},
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                {QT_TRANSLATE_NOOP("Catalog",
                     "List the failures on the target computer to see which accounts are refused"),
                 "Get-WinEvent -FilterHashtable @{LogName='Security';Id=4625} | Where-Object { $_.Message -match '0xC0000413' } | Format-List TimeCreated,Message"},
            },
            {
                //: STATUS_AUTHENTICATION_FIREWALL_FAILED (ntstatus 0xC0000413)
                {Family::NtStatus, "STATUS_TRUSTED_DOMAIN_FAILURE", 0xC000018Cu,
                 QT_TRANSLATE_NOOP("Catalog", "A different trust failure: the trust itself does not work.")},
            },
            {},
            {EventSite{4625, "Status"}, EventSite{4625, "SubStatus"}},
        },
        // Twin by identical SDK MessageText, not by name (ntstatus-counterparts.tsv).
        {
            Family::NtStatus, 0xC000042Du, "STATUS_NO_SECURITY_CONTEXT", {}, Severity::Error,
            Category::ContextTokens, Kerberos | Ntlm | Negotiate,
            "The required security context does not exist.",
            //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
            QT_TRANSLATE_NOOP("Catalog", "The security context the call needs does not exist."),
            //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
            QT_TRANSLATE_NOOP("Catalog",
                "An operation referred to a security context that was never created or is already gone. It is the "
                "NTSTATUS twin of SEC_E_NO_CONTEXT: the two share the same message text but not the same name. It "
                "points at the calling code or at a connection that lost its context."),
            {
                //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
                QT_TRANSLATE_NOOP("Catalog", "The context was deleted or expired and the application kept using it"),
                //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
                QT_TRANSLATE_NOOP("Catalog",
                    "A reconnect or a load balancer moved the session to a server that never saw the handshake"),
            },
            {
                //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check whether the failures follow a reconnect or a switch between servers behind a load "
                     "balancer"), nullptr},
                //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
                {QT_TRANSLATE_NOOP("Catalog",
                     "Check for an update of the application or library that makes the calls"), nullptr},
            },
            {
                //: STATUS_NO_SECURITY_CONTEXT (ntstatus 0xC000042D)
                {Family::Sspi, "SEC_E_NO_CONTEXT", 0x80090361u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
        {
            Family::NtStatus, 0xC000042Fu, "STATUS_PKU2U_CERT_FAILURE", {}, Severity::Error,
            Category::CertificatesSmartCards, Negotiate | CredSsp,
            "The PKU2U protocol encountered an error while attempting to utilize the associated certificates.",
            //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
            QT_TRANSLATE_NOOP("Catalog", "PKU2U authentication failed on the certificates involved."),
            //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
            QT_TRANSLATE_NOOP("Catalog",
                "PKU2U is the peer-to-peer certificate protocol used between devices joined to Microsoft Entra ID "
                "(for example Remote Desktop between them) and for online IDs. This status, the NTSTATUS twin of "
                "SEC_E_PKU2U_CERT_FAILURE, says the certificates it relies on could not be used."),
            {
                //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
                QT_TRANSLATE_NOOP("Catalog",
                    "The device certificate of one side is missing or expired (device not properly joined)"),
                //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
                QT_TRANSLATE_NOOP("Catalog", "PKU2U online ID authentication is turned off by policy"),
            },
            {
                //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
                {QT_TRANSLATE_NOOP("Catalog", "Check the device's join state and certificate"),
                 "dsregcmd /status"},
                //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether PKU2U online ID authentication is allowed"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\pku2u /v AllowOnlineID"},
            },
            {
                //: STATUS_PKU2U_CERT_FAILURE (ntstatus 0xC000042F)
                {Family::Sspi, "SEC_E_PKU2U_CERT_FAILURE", 0x80090362u,
                 QT_TRANSLATE_NOOP("Catalog", "SSPI twin: the same condition as the SEC_E code applications see.")},
            },
            {},
            {},
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
