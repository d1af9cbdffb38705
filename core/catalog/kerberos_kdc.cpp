// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Kerberos error codes 0-29 (RFC 4120 section 7.5.9, KDC_ERR_*): the numbers Windows writes in the
// Status field of Security events 4768 (shown as "Result Code"), 4769 and 4771 ("Failure Code"), and
// the MIT/Heimdal com_err names (KRB5KDC_ERR_*) that kinit, sssd and Java print. Codes 31-76 are in
// kerberos_ap.cpp.
//
// Names: the symbol is the RFC 4120 name. Aliases are Microsoft's spelling where it differs and the
// MIT/Heimdal KRB5KDC_ERR_* names, checked in MIT krb5 src/lib/krb5/error_tables/krb5_err.et and
// Heimdal lib/krb5/krb5_err.et (samba-team/samba third_party/heimdal). MIT calls 23
// KRB5KDC_ERR_KEY_EXP, Heimdal KRB5KDC_ERR_KEY_EXPIRED: both are listed. Heimdal's table writes 27
// with a doubled prefix (KDC_ERR_MUST_USE_USER2USER under "prefix KRB5KDC_ERR"); only MIT's
// KRB5KDC_ERR_MUST_USE_USER2USER is listed.
//
// Decisions on the doubts of tests/data/reference/event-families/README.md (Kerberos):
// - 0xC: Microsoft's 4768/4769 tables print 0xB's label ("Requested start time is later than end
//   time") for 0xC. The catalog uses the RFC 4120 meaning ("KDC policy rejects request"), which is
//   also what Microsoft's cause text (logon restrictions) describes, and says so in the explanation.
// - 0x1B / 0x1D: 0x1B is KDC_ERR_MUST_USE_USER2USER (RFC 4120, MIT, Heimdal and the 2021 4769 page),
//   logged in 4769 only; the 2017 4769 label KDC_ERR_SVC_UNAVAILABLE for 0x1B is treated as an
//   error. 0x1D is KDC_ERR_SVC_UNAVAILABLE, logged in 4768 (the 2021 4768 table).
// - 0x17 in 4768: the 2017 4768 page and the 4769 page say 0x17 does not occur in 4768, the 2021
//   4768 page is silent; 0x17 is listed for 4771 (where the 4771 page lists it) and 4769 only.
//   Likewise 0x10 and 0x18 are listed for 4771 and 4769, not 4768 ("logged as 4771", 4768 page).
// - Spellings: Microsoft's KDC_ERR_ETYPE_NOTSUPP (RFC KDC_ERR_ETYPE_NOSUPP) is an alias, so the
//   scanner finds it in text. Microsoft's KDC_ERR_TRTYPE_NO_SUPP (RFC KDC_ERR_TRTYPE_NOSUPP) is not
//   an alias: it differs from the symbol only by an underscore, which lookup ignores, and the
//   catalog keeps one name per lookup key (tst_catalog_win32 symbolsUnique). The scanner therefore
//   does not report that exact spelling in free text; the events print the number, not the name.
//
// windowsMessage is nullptr throughout: Windows has no message table for Kerberos numbers.
// Fingerprints are the library texts MIT krb5 and Heimdal print for each code (kinit, kvno, sssd,
// Java and Python wrappers), plus the RFC 4120 text where it differs and is specific (tools such as
// Impacket print it). Generic ones are left out: "No error" (0), "Password has expired" (23, also a
// PAM message) and Heimdal's "A service is not available" (29).
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted: one entry per block. Adjacent string literals inside one QT_TRANSLATE_NOOP are
// one text on purpose, not a missing comma.
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<StatusCode> kerberosKdcCodes()
{
    return {
        {
            Family::Kerberos, 0x0u, "KDC_ERR_NONE", {"KRB5KDC_ERR_NONE"}, Severity::Success,
            Category::SuccessContinuation, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_NONE (kerberos 0x0)
            QT_TRANSLATE_NOOP("Catalog", "No error: the KDC granted the ticket that was requested."),
            //: KDC_ERR_NONE (kerberos 0x0)
            QT_TRANSLATE_NOOP("Catalog",
                "Zero is the result a KDC reports for a request it granted. Windows writes it as Result Code "
                "0x0 in event 4768 (TGT issued) and Failure Code 0x0 in event 4769 (service ticket issued), "
                "both audit successes. It needs no action; next to failures it shows which DC answered, for "
                "which account, and which ticket encryption type was chosen."),
            {
                //: KDC_ERR_NONE (kerberos 0x0)
                QT_TRANSLATE_NOOP("Catalog",
                    "Success auditing is enabled for 'Audit Kerberos Authentication Service' (4768) or 'Audit "
                    "Kerberos Service Ticket Operations' (4769), so every granted ticket is logged"),
                //: KDC_ERR_NONE (kerberos 0x0)
                QT_TRANSLATE_NOOP("Catalog",
                    "A client retried after 0x19 (additional pre-authentication required) and the second "
                    "request succeeded"),
            },
            {
                //: KDC_ERR_NONE (kerberos 0x0)
                {QT_TRANSLATE_NOOP("Catalog", "Compare with the failed requests for the same account around the same time"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4771)] and EventData[Data[@Name='TargetUserName']='jdoe']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_NONE (kerberos 0x0)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, list the tickets and their encryption types"),
                 "klist"},
            },
            {
                {Family::Sspi, "SEC_E_OK", 0x0u,
                 //: KDC_ERR_NONE (kerberos 0x0)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI result of the same successful logon")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_REQUIRED", 0x19u,
                 //: KDC_ERR_NONE (kerberos 0x0)
                 QT_TRANSLATE_NOOP("Catalog", "Often the answer just before a granted TGT")},
            },
            {
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x1u, "KDC_ERR_NAME_EXP", {"KRB5KDC_ERR_NAME_EXP"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_NAME_EXP (kerberos 0x1)
            QT_TRANSLATE_NOOP("Catalog", "The client account has passed its expiration date in the KDC database."),
            //: KDC_ERR_NAME_EXP (kerberos 0x1)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC found the requesting principal, but its account end date lies in the past. MIT krb5 "
                "and Heimdal KDCs return this code for an expired principal, and kinit prints \"Client's entry "
                "in database has expired\". Active Directory reports an expired account as 0x12 "
                "(KDC_ERR_CLIENT_REVOKED) instead, as MS-KILE specifies, so from a Windows DC this code is "
                "unusual."),
            {
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                QT_TRANSLATE_NOOP("Catalog",
                    "The principal's expiration date has passed (MIT: kadmin modprinc -expire; Heimdal: valid "
                    "end), typically on a temporary or contractor account"),
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                QT_TRANSLATE_NOOP("Catalog",
                    "An identity management system such as FreeIPA set an account end date that its KDC "
                    "enforces"),
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                QT_TRANSLATE_NOOP("Catalog", "Rarely, the KDC's clock runs far ahead, so a date still in the future looks past"),
            },
            {
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the principal's expiration date"),
                 "kadmin -q \"getprinc jdoe\""},
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                {QT_TRANSLATE_NOOP("Catalog", "On FreeIPA, show the account's Kerberos expiration"),
                 "ipa user-show jdoe --all"},
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                {QT_TRANSLATE_NOOP("Catalog", "Extend or clear the expiration once the account is meant to be valid again"),
                 "kadmin -q \"modprinc -expire never jdoe\""},
                //: KDC_ERR_NAME_EXP (kerberos 0x1)
                {QT_TRANSLATE_NOOP("Catalog", "For an AD account, check its expiry (Windows reports it as 0x12)"),
                 "Get-ADUser jdoe -Properties AccountExpirationDate"},
            },
            {
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: KDC_ERR_NAME_EXP (kerberos 0x1)
                 QT_TRANSLATE_NOOP("Catalog", "What a Windows DC returns for an expired account")},
                {Family::NtStatus, "STATUS_ACCOUNT_EXPIRED", 0xC0000193u,
                 //: KDC_ERR_NAME_EXP (kerberos 0x1)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for an expired account")},
                {Family::Win32, "ERROR_ACCOUNT_EXPIRED", 1793u,
                 //: KDC_ERR_NAME_EXP (kerberos 0x1)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form applications show for an expired account")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Client's entry in database has expired",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x2u, "KDC_ERR_SERVICE_EXP", {"KRB5KDC_ERR_SERVICE_EXP"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
            QT_TRANSLATE_NOOP("Catalog", "The requested service's principal has passed its expiration date in the KDC database."),
            //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
            QT_TRANSLATE_NOOP("Catalog",
                "The client asked for a ticket to a service whose principal entry has expired, so the KDC "
                "issues no tickets for it. MIT krb5 and Heimdal KDCs check the service principal's expiration "
                "on every request, and kinit or kvno prints \"Server's entry in database has expired\". "
                "Microsoft lists the code for events 4768 and 4769 without a cause."),
            {
                //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                QT_TRANSLATE_NOOP("Catalog",
                    "The service principal was given an expiration date that has passed (MIT: kadmin modprinc "
                    "-expire), often on a host or service principal created for a limited time"),
                //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                QT_TRANSLATE_NOOP("Catalog",
                    "On an MIT KDC, an expiration set on a cross-realm principal (krbtgt/OTHER.REALM) stops "
                    "every request that is referred through that trust"),
            },
            {
                //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the service principal's expiration date"),
                 "kadmin -q \"getprinc HTTP/web01.example.com\""},
                //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                {QT_TRANSLATE_NOOP("Catalog", "Clear or extend the expiration"),
                 "kadmin -q \"modprinc -expire never HTTP/web01.example.com\""},
                //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                {QT_TRANSLATE_NOOP("Catalog", "Request the service ticket again to confirm"),
                 "kvno HTTP/web01.example.com"},
            },
            {
                {Family::Kerberos, "KDC_ERR_NAME_EXP", 0x1u,
                 //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                 QT_TRANSLATE_NOOP("Catalog", "The same check for the client principal")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KDC_ERR_SERVICE_EXP (kerberos 0x2)
                 QT_TRANSLATE_NOOP("Catalog", "The service principal does not exist at all")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Server's entry in database has expired",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x3u, "KDC_ERR_BAD_PVNO", {"KRB5KDC_ERR_BAD_PVNO"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_BAD_PVNO (kerberos 0x3)
            QT_TRANSLATE_NOOP("Catalog", "The request used a Kerberos protocol version other than 5."),
            //: KDC_ERR_BAD_PVNO (kerberos 0x3)
            QT_TRANSLATE_NOOP("Catalog",
                "Every Kerberos message carries a protocol version number, which must be 5; the KDC answers "
                "with this code when it is something else. It usually means that what reached port 88 was not "
                "a well-formed Kerberos 5 request. MIT and Heimdal print \"Requested protocol version not "
                "supported\"."),
            {
                //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                QT_TRANSLATE_NOOP("Catalog", "A very old Kerberos 4 client or application still sends version 4 requests"),
                //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                QT_TRANSLATE_NOOP("Catalog", "A network scanner or probe sends crafted traffic to port 88"),
                //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                QT_TRANSLATE_NOOP("Catalog", "A faulty client library or a middlebox altered the request"),
            },
            {
                //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, find the failed requests and their client addresses"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x3']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                {QT_TRANSLATE_NOOP("Catalog", "Capture traffic from that address and check the pvno field of the request"),
                 "netsh trace start capture=yes IPv4.Address=10.0.0.12 tracefile=C:\\temp\\kdc.etl"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_BADVERSION", 0x27u,
                 //: KDC_ERR_BAD_PVNO (kerberos 0x3)
                 QT_TRANSLATE_NOOP("Catalog", "The same version check made by an application server")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Requested protocol version not supported",
                // source: RFC 4120 section 7.5.9, error code table
                "Requested protocol version number not supported",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x4u, "KDC_ERR_C_OLD_MAST_KVNO", {"KRB5KDC_ERR_C_OLD_MAST_KVNO"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
            QT_TRANSLATE_NOOP("Catalog", "The client's key is stored under an old KDC master key that the KDC cannot use."),
            //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
            QT_TRANSLATE_NOOP("Catalog",
                "MIT and Heimdal KDCs keep principal keys encrypted with a database master key. When the "
                "master key was rotated and an entry is still encrypted under a master key version the KDC "
                "cannot load, it cannot read the client's key and fails the request. It belongs to KDC "
                "database maintenance; Microsoft lists the code without a cause."),
            {
                //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                QT_TRANSLATE_NOOP("Catalog",
                    "The master key was changed (MIT: kdb5_util add_mkey and use_mkey) and old master key "
                    "versions were purged before every entry was re-encrypted"),
                //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                QT_TRANSLATE_NOOP("Catalog", "A replica KDC's stash file holds a different master key than the database it received"),
            },
            {
                //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                {QT_TRANSLATE_NOOP("Catalog", "List the master key versions the KDC knows"),
                 "kdb5_util list_mkeys"},
                //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                {QT_TRANSLATE_NOOP("Catalog", "Show which principals still need re-encryption (dry run)"),
                 "kdb5_util update_princ_encryption -n"},
                //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                {QT_TRANSLATE_NOOP("Catalog", "Re-encrypt all principals under the current master key"),
                 "kdb5_util update_princ_encryption"},
            },
            {
                {Family::Kerberos, "KDC_ERR_S_OLD_MAST_KVNO", 0x5u,
                 //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the service's key")},
                {Family::Kerberos, "KDC_ERR_NULL_KEY", 0x9u,
                 //: KDC_ERR_C_OLD_MAST_KVNO (kerberos 0x4)
                 QT_TRANSLATE_NOOP("Catalog", "The entry has no usable key at all")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Client's key is encrypted in an old master key",
                // source: RFC 4120 section 7.5.9, error code table
                "Client's key encrypted in old master key",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x5u, "KDC_ERR_S_OLD_MAST_KVNO", {"KRB5KDC_ERR_S_OLD_MAST_KVNO"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
            QT_TRANSLATE_NOOP("Catalog", "The service's key is stored under an old KDC master key that the KDC cannot use."),
            //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
            QT_TRANSLATE_NOOP("Catalog",
                "The service-side counterpart of 0x4: the KDC cannot decrypt the requested service's key "
                "because the entry is encrypted under a master key version it no longer holds, so it cannot "
                "issue the ticket. It points at master key rotation on an MIT or Heimdal KDC; Microsoft lists "
                "the code without a cause."),
            {
                //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                QT_TRANSLATE_NOOP("Catalog",
                    "The master key was rotated and old versions purged before the service principal was "
                    "re-encrypted"),
                //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                QT_TRANSLATE_NOOP("Catalog", "A replica KDC's stash file holds a different master key than the database it received"),
            },
            {
                //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                {QT_TRANSLATE_NOOP("Catalog", "List the master key versions the KDC knows"),
                 "kdb5_util list_mkeys"},
                //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                {QT_TRANSLATE_NOOP("Catalog", "Show which principals still need re-encryption (dry run)"),
                 "kdb5_util update_princ_encryption -n"},
                //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                {QT_TRANSLATE_NOOP("Catalog", "Re-encrypt all principals under the current master key"),
                 "kdb5_util update_princ_encryption"},
            },
            {
                {Family::Kerberos, "KDC_ERR_C_OLD_MAST_KVNO", 0x4u,
                 //: KDC_ERR_S_OLD_MAST_KVNO (kerberos 0x5)
                 QT_TRANSLATE_NOOP("Catalog", "The same problem for the client's key")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Server's key is encrypted in an old master key",
                // source: RFC 4120 section 7.5.9, error code table
                "Server's key encrypted in old master key",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x6u, "KDC_ERR_C_PRINCIPAL_UNKNOWN", {"KRB5KDC_ERR_C_PRINCIPAL_UNKNOWN"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
            QT_TRANSLATE_NOOP("Catalog", "The KDC has no account with the client name given in the request."),
            //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
            QT_TRANSLATE_NOOP("Catalog",
                "The DC looked up the user or computer name from the ticket request and found nothing. "
                "Windows logs event 4768 with Result Code 0x6; kinit prints \"Client not found in Kerberos "
                "database\" (recent MIT versions add the name: \"Client 'jdoe@CONTOSO.COM' not found in "
                "Kerberos database\"). A single failure is usually a typo or a stale account; many different "
                "names from one address within minutes point to user name enumeration."),
            {
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user name is misspelled, or given with a UPN suffix or domain that does not hold the "
                    "account"),
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account was deleted or renamed while a service, scheduled task, mapped drive or "
                    "saved credential still uses the old name"),
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                QT_TRANSLATE_NOOP("Catalog",
                    "The request went to a KDC of another realm (default_realm in krb5.conf, or the realm "
                    "part of the name)"),
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                QT_TRANSLATE_NOOP("Catalog", "A computer whose account was deleted or reset still asks for its own TGT"),
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                QT_TRANSLATE_NOOP("Catalog",
                    "User name enumeration (for example Kerbrute userenum) sends ticket requests for guessed "
                    "names"),
            },
            {
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the failures with account names and client addresses"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768)] and EventData[Data[@Name='Status']='0x6']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the account exists and how its names are spelled"),
                 "Get-ADUser -Filter \"SamAccountName -eq 'jdoe' -or UserPrincipalName -eq 'jdoe@contoso.com'\""},
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, trace which realm and KDC kinit actually asks"),
                 "KRB5_TRACE=/dev/stderr kinit jdoe@CONTOSO.COM"},
                //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                {QT_TRANSLATE_NOOP("Catalog", "On the client at that address, look for services still running as the old account"),
                 "Get-CimInstance Win32_Service | Select-Object Name,StartName"},
            },
            {
                {Family::NtStatus, "STATUS_NO_SUCH_USER", 0xC0000064u,
                 //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for the same unknown account")},
                {Family::Win32, "ERROR_NO_SUCH_USER", 1317u,
                 //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form of an unknown account")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KDC_ERR_C_PRINCIPAL_UNKNOWN (kerberos 0x6)
                 QT_TRANSLATE_NOOP("Catalog", "The same lookup failing for the service name")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Client not found in Kerberos database",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x7u, "KDC_ERR_S_PRINCIPAL_UNKNOWN", {"KRB5KDC_ERR_S_PRINCIPAL_UNKNOWN"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
            QT_TRANSLATE_NOOP("Catalog", "The KDC has no account holding the service principal name (SPN) the client asked for."),
            //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
            QT_TRANSLATE_NOOP("Catalog",
                "The client asked for a service ticket to an SPN that the DC could not find, or found on more "
                "than one account. Windows logs event 4769 with Failure Code 0x7, and for a duplicate SPN "
                "also KDC event 11 in the System log; the client then falls back to NTLM if Negotiate allows "
                "it, or fails with SEC_E_TARGET_UNKNOWN. MIT tools print \"Server not found in Kerberos "
                "database\"."),
            {
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                QT_TRANSLATE_NOOP("Catalog",
                    "No account has the SPN: the service runs under a domain account that never got it, for "
                    "example HTTP/web01.contoso.com for an application pool identity"),
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                QT_TRANSLATE_NOOP("Catalog",
                    "The client uses a DNS alias (CNAME), a load balancer name or an IP address that has no "
                    "SPN"),
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                QT_TRANSLATE_NOOP("Catalog",
                    "The same SPN is registered on two accounts in the domain; the KDC logs event 11 and "
                    "refuses the request"),
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                QT_TRANSLATE_NOOP("Catalog",
                    "On Linux, the client builds the SPN from a reverse DNS lookup that returns another host "
                    "name (rdns and dns_canonicalize_hostname in krb5.conf)"),
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                QT_TRANSLATE_NOOP("Catalog",
                    "The service is in another forest or realm and no trust or realm mapping lets the KDC "
                    "refer the request"),
            },
            {
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account holds the SPN, searching the whole forest"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                {QT_TRANSLATE_NOOP("Catalog", "Look for duplicate SPNs across the forest"),
                 "setspn -X -F"},
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC's duplicate name events"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center';Id=11} -MaxEvents 20"},
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                {QT_TRANSLATE_NOOP("Catalog", "Request the ticket directly to reproduce the error (kvno with the same name on Linux)"),
                 "klist get HTTP/web01.contoso.com"},
                //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                {QT_TRANSLATE_NOOP("Catalog", "Register the SPN on the one account that runs the service"),
                 "setspn -S HTTP/web01.contoso.com CONTOSO\\svc-web"},
            },
            {
                {Family::Sspi, "SEC_E_TARGET_UNKNOWN", 0x0u,
                 //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                 QT_TRANSLATE_NOOP("Catalog", "What the client reports when it cannot get the ticket")},
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0x0u,
                 //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                 QT_TRANSLATE_NOOP("Catalog", "The SPN belongs to another realm with no referral path")},
                {Family::Kerberos, "KDC_ERR_C_PRINCIPAL_UNKNOWN", 0x6u,
                 //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                 QT_TRANSLATE_NOOP("Catalog", "The same lookup failing for the client name")},
                {Family::Kerberos, "KDC_ERR_MUST_USE_USER2USER", 0x1Bu,
                 //: KDC_ERR_S_PRINCIPAL_UNKNOWN (kerberos 0x7)
                 QT_TRANSLATE_NOOP("Catalog", "The name was found, but on a user account without an SPN")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Server not found in Kerberos database",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x8u, "KDC_ERR_PRINCIPAL_NOT_UNIQUE", {"KRB5KDC_ERR_PRINCIPAL_NOT_UNIQUE"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
            QT_TRANSLATE_NOOP("Catalog", "The name in the request matches more than one entry in the KDC database."),
            //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos needs every principal name to be unique; when a lookup returns several entries the "
                "KDC cannot choose one and rejects the request. On LDAP-backed KDCs (MIT with an LDAP back "
                "end, FreeIPA) it follows from two directory objects carrying the same principal name. A "
                "Windows DC that finds a duplicate SPN logs KDC event 11 and answers 0x7, so check both "
                "codes."),
            {
                //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                QT_TRANSLATE_NOOP("Catalog",
                    "Two directory objects carry the same principal name (krbPrincipalName on an LDAP-backed "
                    "KDC, or a duplicated UPN or SPN in Active Directory)"),
                //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                QT_TRANSLATE_NOOP("Catalog",
                    "An object was restored or recreated, for example by a migration tool, while the original "
                    "still exists"),
            },
            {
                //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                {QT_TRANSLATE_NOOP("Catalog", "Look for duplicate SPNs across the forest"),
                 "setspn -X -F"},
                //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                {QT_TRANSLATE_NOOP("Catalog", "Search for accounts that share the UPN"),
                 "Get-ADObject -LDAPFilter \"(userPrincipalName=jdoe@contoso.com)\" -Properties userPrincipalName"},
                //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                {QT_TRANSLATE_NOOP("Catalog", "On an LDAP-backed KDC, search for entries with the same principal name"),
                 "ldapsearch -Y GSSAPI \"(krbPrincipalName=jdoe@EXAMPLE.COM)\" dn"},
            },
            {
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KDC_ERR_PRINCIPAL_NOT_UNIQUE (kerberos 0x8)
                 QT_TRANSLATE_NOOP("Catalog", "What a Windows DC returns for a duplicate SPN")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Principal has multiple entries in Kerberos database",
                // source: RFC 4120 section 7.5.9, error code table
                "Multiple principal entries in database",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x9u, "KDC_ERR_NULL_KEY", {"KRB5KDC_ERR_NULL_KEY"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_NULL_KEY (kerberos 0x9)
            QT_TRANSLATE_NOOP("Catalog", "The client or service account has no key the KDC can use."),
            //: KDC_ERR_NULL_KEY (kerberos 0x9)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC found the principal, but its entry holds no usable long-term key, so the KDC can "
                "neither check pre-authentication nor encrypt a ticket for it. Microsoft's advice for this "
                "code is to reset the account's password, which creates new keys. Events 4768 and 4769 carry "
                "it."),
            {
                //: KDC_ERR_NULL_KEY (kerberos 0x9)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account has no stored key, for example a principal created without keys (MIT: "
                    "addprinc -nokey) and never given a password or random key"),
                //: KDC_ERR_NULL_KEY (kerberos 0x9)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account's keys were removed or never generated, for example by an import or "
                    "provisioning tool that created the object without a password"),
            },
            {
                //: KDC_ERR_NULL_KEY (kerberos 0x9)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, check how many keys the principal has"),
                 "kadmin -q \"getprinc HTTP/web01.example.com\""},
                //: KDC_ERR_NULL_KEY (kerberos 0x9)
                {QT_TRANSLATE_NOOP("Catalog", "Reset the account's password to create new keys, then update the service and any keytab"),
                 "Set-ADAccountPassword svc-web -Reset"},
                //: KDC_ERR_NULL_KEY (kerberos 0x9)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, give the principal a random key"),
                 "kadmin -q \"cpw -randkey HTTP/web01.example.com\""},
            },
            {
                {Family::Kerberos, "KDC_ERR_ETYPE_NOSUPP", 0xEu,
                 //: KDC_ERR_NULL_KEY (kerberos 0x9)
                 QT_TRANSLATE_NOOP("Catalog", "Keys exist, but none of a type both sides allow")},
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0x0u,
                 //: KDC_ERR_NULL_KEY (kerberos 0x9)
                 QT_TRANSLATE_NOOP("Catalog", "The service side lacks a key for the ticket")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Client or server has a null key",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xAu, "KDC_ERR_CANNOT_POSTDATE", {"KRB5KDC_ERR_CANNOT_POSTDATE"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
            QT_TRANSLATE_NOOP("Catalog", "The KDC refused to issue a postdated ticket, one that becomes valid at a later time."),
            //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
            QT_TRANSLATE_NOOP("Catalog",
                "A client can ask for a ticket whose validity starts in the future; the KDC returns this code "
                "when postdating is not allowed for the principals involved. MS-KILE says Windows does not "
                "support postdated tickets, so such requests fail against a Windows DC. Microsoft also links "
                "the code to a clock difference between client and DC."),
            {
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                QT_TRANSLATE_NOOP("Catalog",
                    "A Linux or Unix client asks for a postdated ticket (kinit -s), which a Windows DC does "
                    "not issue"),
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                QT_TRANSLATE_NOOP("Catalog",
                    "On an MIT KDC, the client or service principal forbids postdating (DISALLOW_POSTDATED "
                    "attribute)"),
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                QT_TRANSLATE_NOOP("Catalog", "A large clock difference between the client and the DC (Microsoft's stated cause)"),
            },
            {
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the principal's attributes"),
                 "kadmin -q \"getprinc jdoe\""},
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the client's clock with the DC's"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                {QT_TRANSLATE_NOOP("Catalog", "Retry without the postdating options and watch the request"),
                 "KRB5_TRACE=/dev/stderr kinit jdoe"},
            },
            {
                {Family::Kerberos, "KDC_ERR_NEVER_VALID", 0xBu,
                 //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                 QT_TRANSLATE_NOOP("Catalog", "Another rejection of the requested time window")},
                {Family::Kerberos, "KDC_ERR_BADOPTION", 0xDu,
                 //: KDC_ERR_CANNOT_POSTDATE (kerberos 0xA)
                 QT_TRANSLATE_NOOP("Catalog", "The general code for options the KDC will not grant")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Ticket is ineligible for postdating",
                // source: RFC 4120 section 7.5.9, error code table
                "Ticket not eligible for postdating",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xBu, "KDC_ERR_NEVER_VALID", {"KRB5KDC_ERR_NEVER_VALID"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_NEVER_VALID (kerberos 0xB)
            QT_TRANSLATE_NOOP("Catalog", "The requested ticket would end before it starts, or its lifetime is too short."),
            //: KDC_ERR_NEVER_VALID (kerberos 0xB)
            QT_TRANSLATE_NOOP("Catalog",
                "The times in the request give no valid window: the end time is earlier than the start time, "
                "or the lifetime is shorter than the KDC accepts. The usual reason is a client clock that "
                "differs from the KDC's, so a lifetime computed from the client's time has already ended by "
                "the KDC's; Microsoft names the clock difference as the cause. MIT prints \"Requested "
                "effective lifetime is negative or too short\"."),
            {
                //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                QT_TRANSLATE_NOOP("Catalog", "The client's clock is far behind the KDC's, so the requested end time has already passed"),
                //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                QT_TRANSLATE_NOOP("Catalog",
                    "A tiny or negative requested lifetime (kinit -l with a very short value, or "
                    "ticket_lifetime in krb5.conf)"),
            },
            {
                //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the client's clock with the DC's"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, check that time synchronization is working"),
                 "chronyc tracking"},
                //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                {QT_TRANSLATE_NOOP("Catalog", "Check the lifetimes the client requests"),
                 "grep -E \"ticket_lifetime|renew_lifetime\" /etc/krb5.conf"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                 QT_TRANSLATE_NOOP("Catalog", "The explicit clock skew error")},
                {Family::NtStatus, "STATUS_TIME_DIFFERENCE_AT_DC", 0xC0000133u,
                 //: KDC_ERR_NEVER_VALID (kerberos 0xB)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a clock difference with the DC")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Requested effective lifetime is negative or too short",
                // source: RFC 4120 section 7.5.9, error code table
                "Requested starttime is later than end time",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xCu, "KDC_ERR_POLICY", {"KRB5KDC_ERR_POLICY"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_POLICY (kerberos 0xC)
            QT_TRANSLATE_NOOP("Catalog", "The KDC's policy does not allow this request for this account."),
            //: KDC_ERR_POLICY (kerberos 0xC)
            QT_TRANSLATE_NOOP("Catalog",
                "A catch-all refusal: the account exists and the credentials may be right, but a restriction "
                "forbids the ticket. For Windows, Microsoft names logon restrictions such as the computers an "
                "account may log on to, the smart-card-only flag and logon hours. Microsoft's 4768/4769 "
                "tables print the label of 0xB for this code by mistake; the RFC 4120 meaning is \"KDC policy "
                "rejects request\"."),
            {
                //: KDC_ERR_POLICY (kerberos 0xC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account may log on only to listed computers ('Log On To', userWorkstations) and the "
                    "request came from another one"),
                //: KDC_ERR_POLICY (kerberos 0xC)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account requires a smart card ('Smart card is required for interactive logon') but a "
                    "password was used"),
                //: KDC_ERR_POLICY (kerberos 0xC)
                QT_TRANSLATE_NOOP("Catalog",
                    "Logon hours: Microsoft lists them for this code, while MS-KILE and Samba return 0x12 for "
                    "them, so check both codes"),
                //: KDC_ERR_POLICY (kerberos 0xC)
                QT_TRANSLATE_NOOP("Catalog",
                    "On MIT or Heimdal KDCs, a principal attribute forbids the request, for example a "
                    "renewable ticket for a principal that disallows renewal, or (Heimdal) a principal marked "
                    "invalid"),
            },
            {
                //: KDC_ERR_POLICY (kerberos 0xC)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's logon restrictions"),
                 "Get-ADUser jdoe -Properties LogonWorkstations,SmartcardLogonRequired,logonHours"},
                //: KDC_ERR_POLICY (kerberos 0xC)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the refused requests with client addresses"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0xC']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_POLICY (kerberos 0xC)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the principal's attributes and policy"),
                 "kadmin -q \"getprinc jdoe\""},
            },
            {
                {Family::NtStatus, "STATUS_INVALID_WORKSTATION", 0xC0000070u,
                 //: KDC_ERR_POLICY (kerberos 0xC)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a workstation restriction")},
                {Family::NtStatus, "STATUS_INVALID_LOGON_HOURS", 0xC000006Fu,
                 //: KDC_ERR_POLICY (kerberos 0xC)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a logon hours restriction")},
                {Family::Sspi, "SEC_E_SMARTCARD_LOGON_REQUIRED", 0x0u,
                 //: KDC_ERR_POLICY (kerberos 0xC)
                 QT_TRANSLATE_NOOP("Catalog", "The account may only log on with a smart card")},
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: KDC_ERR_POLICY (kerberos 0xC)
                 QT_TRANSLATE_NOOP("Catalog", "The account itself is disabled, locked out or expired")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC policy rejects request",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xDu, "KDC_ERR_BADOPTION", {"KRB5KDC_ERR_BADOPTION"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_BADOPTION (kerberos 0xD)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC will not grant an option set in the request, such as forwarding, renewal or "
                "delegation."),
            //: KDC_ERR_BADOPTION (kerberos 0xD)
            QT_TRANSLATE_NOOP("Catalog",
                "The request asked for a ticket flag or option the KDC refuses for these accounts. In Windows "
                "domains the common case is Kerberos constrained delegation: a service asks for a ticket on a "
                "user's behalf to an SPN it may not delegate to, or for a user who cannot be delegated. "
                "Microsoft also mentions renewing a TGT that is close to expiry. The DC logs event 4769 with "
                "Failure Code 0xD."),
            {
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                QT_TRANSLATE_NOOP("Catalog",
                    "Constrained delegation: the target SPN is not in the front-end account's "
                    "msDS-AllowedToDelegateTo list, or resource-based delegation on the back end does not "
                    "list the front end"),
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                QT_TRANSLATE_NOOP("Catalog",
                    "The user is marked 'Account is sensitive and cannot be delegated' or is in Protected "
                    "Users, so no forwardable ticket can be obtained for delegation"),
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                QT_TRANSLATE_NOOP("Catalog",
                    "A renewal of a ticket that is not renewable or past its renewal limit (Microsoft: a TGT "
                    "close to expiry)"),
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows client asks for a forwarded or proxy ticket from a TGT without the "
                    "forwardable or proxiable flag"),
            },
            {
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                {QT_TRANSLATE_NOOP("Catalog", "Check what the front-end service account may delegate to"),
                 "Get-ADUser svc-web -Properties msDS-AllowedToDelegateTo,TrustedToAuthForDelegation"},
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                {QT_TRANSLATE_NOOP("Catalog", "For resource-based delegation, check which accounts the back end trusts"),
                 "Get-ADComputer sql01 -Properties PrincipalsAllowedToDelegateToAccount"},
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the user can be delegated"),
                 "Get-ADUser jdoe -Properties AccountNotDelegated,MemberOf"},
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the refused service ticket requests"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4769)] and EventData[Data[@Name='Status']='0xD']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_BADOPTION (kerberos 0xD)
                {QT_TRANSLATE_NOOP("Catalog", "On the front-end server, check that the user's tickets are forwardable"),
                 "klist"},
            },
            {
                {Family::Sspi, "SEC_E_KDC_INVALID_REQUEST", 0x0u,
                 //: KDC_ERR_BADOPTION (kerberos 0xD)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI code for a request the KDC rejects as invalid")},
                {Family::Sspi, "SEC_E_DELEGATION_POLICY", 0x0u,
                 //: KDC_ERR_BADOPTION (kerberos 0xD)
                 QT_TRANSLATE_NOOP("Catalog", "Delegation refused by policy on the client side")},
                {Family::Kerberos, "KDC_ERR_POLICY", 0xCu,
                 //: KDC_ERR_BADOPTION (kerberos 0xD)
                 QT_TRANSLATE_NOOP("Catalog", "A policy refusal rather than an option refusal")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC can't fulfill requested option",
                // source: RFC 4120 section 7.5.9, error code table
                "KDC cannot accommodate requested option",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xEu, "KDC_ERR_ETYPE_NOSUPP", {"KDC_ERR_ETYPE_NOTSUPP", "KRB5KDC_ERR_ETYPE_NOSUPP"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
            QT_TRANSLATE_NOOP("Catalog", "The KDC and the accounts involved share no encryption type that is allowed for this request."),
            //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
            QT_TRANSLATE_NOOP("Catalog",
                "The client listed the encryption types it can use; the KDC found none that is both enabled "
                "on the DC and available as a key for the client, the service or the trust. Windows logs 4768 "
                "or 4769 with code 0xE and often KDC events 14, 16, 26 or 27 in the System log naming the "
                "account and the missing key types. It typically follows disabling RC4 or DES, or concerns "
                "accounts whose password has not been reset since the domain gained AES keys."),
            {
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                QT_TRANSLATE_NOOP("Catalog",
                    "RC4 was disabled on DCs or clients, but the service or user account has only RC4 keys "
                    "because its password was last set before AES keys were created"),
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                QT_TRANSLATE_NOOP("Catalog",
                    "msDS-SupportedEncryptionTypes on the service account allows only types the DC no longer "
                    "accepts, for example DES"),
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                QT_TRANSLATE_NOOP("Catalog",
                    "A Linux or Java client, or its keytab, is limited to old types (default_tkt_enctypes or "
                    "permitted_enctypes in krb5.conf)"),
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                QT_TRANSLATE_NOOP("Catalog",
                    "A trust between domains or forests is set to an encryption type the other side does not "
                    "allow"),
            },
            {
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC events that name the account and the missing key types"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center';Id=14,16,26,27} -MaxEvents 20"},
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's allowed types and when its password was last set"),
                 "Get-ADUser svc-web -Properties msDS-SupportedEncryptionTypes,PasswordLastSet"},
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux server, list the keytab's keys and their types"),
                 "klist -kte /etc/krb5.keytab"},
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types configured for a trust"),
                 "ksetup /getenctypeattr fabrikam.com"},
                //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                {QT_TRANSLATE_NOOP("Catalog", "Reset the account's password to create AES keys, then update any keytab"),
                 "Set-ADAccountPassword svc-web -Reset"},
            },
            {
                {Family::Sspi, "SEC_E_KDC_UNKNOWN_ETYPE", 0x0u,
                 //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows clients report for this KDC answer")},
                {Family::NtStatus, "STATUS_KDC_UNKNOWN_ETYPE", 0xC00002FDu,
                 //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS form of the same failure")},
                {Family::Kerberos, "KDC_ERR_SUMTYPE_NOSUPP", 0xFu,
                 //: KDC_ERR_ETYPE_NOSUPP (kerberos 0xE)
                 QT_TRANSLATE_NOOP("Catalog", "The same kind of mismatch for checksum types")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC has no support for encryption type",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0xFu, "KDC_ERR_SUMTYPE_NOSUPP", {"KRB5KDC_ERR_SUMTYPE_NOSUPP"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
            QT_TRANSLATE_NOOP("Catalog", "The KDC does not support the checksum type used in the request."),
            //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
            QT_TRANSLATE_NOOP("Catalog",
                "Kerberos messages carry checksums (in the request body, the authenticator and "
                "pre-authentication data) whose algorithm the KDC must accept. This code means the client "
                "used a checksum type the KDC does not implement or no longer allows, usually one tied to an "
                "old encryption type. Microsoft explains it with a missing key of the needed encryption type, "
                "which puts it next to 0xE."),
            {
                //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                QT_TRANSLATE_NOOP("Catalog",
                    "A client signs with a checksum based on DES or MD5 after those algorithms were disabled "
                    "on the KDC"),
                //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                QT_TRANSLATE_NOOP("Catalog",
                    "The KDC, service or client has no key of the encryption type the checksum needs "
                    "(Microsoft's stated cause)"),
            },
            {
                //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, read the KDC events that name missing key types"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center';Id=14,16,26,27} -MaxEvents 20"},
                //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux client, list the keytab's keys and their types"),
                 "klist -kte /etc/krb5.keytab"},
                //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types the account allows"),
                 "Get-ADUser svc-web -Properties msDS-SupportedEncryptionTypes"},
            },
            {
                {Family::Kerberos, "KDC_ERR_ETYPE_NOSUPP", 0xEu,
                 //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                 QT_TRANSLATE_NOOP("Catalog", "The same kind of mismatch for encryption types")},
                {Family::Kerberos, "KRB_AP_ERR_INAPP_CKSUM", 0x32u,
                 //: KDC_ERR_SUMTYPE_NOSUPP (kerberos 0xF)
                 QT_TRANSLATE_NOOP("Catalog", "An application server rejecting a checksum type")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC has no support for checksum type",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x10u, "KDC_ERR_PADATA_TYPE_NOSUPP", {"KRB5KDC_ERR_PADATA_TYPE_NOSUPP"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC cannot use the pre-authentication method the client sent, most often a smart card "
                "logon."),
            //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
            QT_TRANSLATE_NOOP("Catalog",
                "Pre-authentication proves the client's identity before the KDC issues a TGT: an encrypted "
                "timestamp for passwords, PKINIT for certificates. This code says the KDC could not use the "
                "method offered; in Windows domains it nearly always means a smart card or other certificate "
                "logon against a DC without a suitable certificate. Windows logs it as event 4771 (not 4768) "
                "with Failure Code 0x10, and Microsoft suggests watching for it to spot smart card problems."),
            {
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                QT_TRANSLATE_NOOP("Catalog",
                    "The DC has no valid certificate for smart card logon (Domain Controller, Domain "
                    "Controller Authentication or Kerberos Authentication template not enrolled, or expired)"),
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                QT_TRANSLATE_NOOP("Catalog",
                    "The certificate cannot be found because the wrong certification authority is queried or "
                    "the CA cannot be reached (Microsoft's stated cause)"),
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows KDC without PKINIT configured receives a certificate logon"),
            },
            {
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the failures with account names and client addresses"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4771)] and EventData[Data[@Name='Status']='0x10']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                {QT_TRANSLATE_NOOP("Catalog", "Check that every DC has a valid certificate for smart card logon"),
                 "certutil -dcinfo verify"},
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list its machine certificates with expiry and key usages"),
                 "Get-ChildItem Cert:\\LocalMachine\\My | Format-List Subject,NotAfter,EnhancedKeyUsageList"},
                //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                {QT_TRANSLATE_NOOP("Catalog", "Trigger certificate autoenrollment on the DC after fixing the template"),
                 "certutil -pulse"},
            },
            {
                {Family::Sspi, "SEC_E_UNSUPPORTED_PREAUTH", 0x0u,
                 //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows clients report for this KDC answer")},
                {Family::NtStatus, "STATUS_UNSUPPORTED_PREAUTH", 0xC0000351u,
                 //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS form of the same failure")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_REQUIRED", 0x19u,
                 //: KDC_ERR_PADATA_TYPE_NOSUPP (kerberos 0x10)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC asking for pre-authentication in the first place")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC has no support for padata type",
            },
            {EventSite{4771, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x11u, "KDC_ERR_TRTYPE_NOSUPP", {"KRB5KDC_ERR_TRTYPE_NOSUPP"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
            QT_TRANSLATE_NOOP("Catalog", "The KDC does not support the encoding of the transited realms field in a cross-realm ticket."),
            //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
            QT_TRANSLATE_NOOP("Catalog",
                "A cross-realm ticket records the realms it passed through in a transited field with a "
                "declared encoding; RFC 4120 defines only one. The KDC returns this code when a ticket uses "
                "an encoding it does not implement. Microsoft lists the code without a cause, and MS-KILE "
                "says Windows does not check transited paths, so it is unusual from a Windows DC."),
            {
                //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
                QT_TRANSLATE_NOOP("Catalog",
                    "A realm on the cross-realm path writes a transited encoding other than "
                    "DOMAIN-X500-COMPRESS"),
                //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
                QT_TRANSLATE_NOOP("Catalog", "A non-standard or faulty Kerberos implementation issued the cross-realm ticket"),
            },
            {
                //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
                {QT_TRANSLATE_NOOP("Catalog", "Trace the cross-realm request to see which realms and KDCs are involved"),
                 "KRB5_TRACE=/dev/stderr kvno HTTP/web01.example.com"},
                //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
                {QT_TRANSLATE_NOOP("Catalog", "Review the [capaths] section of krb5.conf on clients and KDCs"),
                 "grep -A10 capaths /etc/krb5.conf"},
            },
            {
                {Family::Kerberos, "KDC_ERR_PATH_NOT_ACCEPTED", 0x1Cu,
                 //: KDC_ERR_TRTYPE_NOSUPP (kerberos 0x11)
                 QT_TRANSLATE_NOOP("Catalog", "The path can be read but policy rejects it")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "KDC has no support for transited type",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x12u, "KDC_ERR_CLIENT_REVOKED", {"KRB5KDC_ERR_CLIENT_REVOKED"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
            QT_TRANSLATE_NOOP("Catalog",
                "The account cannot get tickets: it is disabled, locked out, expired or outside its logon "
                "hours."),
            //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC found the account, but it is not in good standing. Windows DCs return this code for "
                "disabled, expired and locked-out accounts and outside the allowed logon hours (MS-KILE); "
                "with 'Enforce user logon restrictions' on, they also recheck the account on service ticket "
                "requests once the TGT is more than 20 minutes old. Event 4768 or 4769 does not say which "
                "condition applied: the KDC's reply carries the NTSTATUS in its extended error, and the "
                "account's properties tell the rest. MIT KDCs return it for principals that are locked out or "
                "may not get tickets."),
            {
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account is locked out after too many bad passwords, often from a device or service "
                    "still using an old password"),
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                QT_TRANSLATE_NOOP("Catalog", "The account is disabled"),
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                QT_TRANSLATE_NOOP("Catalog",
                    "The account has passed its expiration date (Active Directory reports this here rather "
                    "than as 0x1)"),
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                QT_TRANSLATE_NOOP("Catalog", "The request falls outside the account's logon hours"),
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                QT_TRANSLATE_NOOP("Catalog",
                    "On an MIT KDC, the principal may not get tickets (modprinc -allow_tix) or reached the "
                    "policy's maximum failed attempts"),
            },
            {
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's state in Active Directory"),
                 "Get-ADUser jdoe -Properties Enabled,LockedOut,AccountExpirationDate,logonHours,LastBadPasswordAttempt"},
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                {QT_TRANSLATE_NOOP("Catalog", "Find the source of a lockout in event 4740 on the PDC emulator"),
                 "Get-WinEvent -ComputerName (Get-ADDomain).PDCEmulator -FilterHashtable @{LogName='Security';Id=4740} -MaxEvents 20"},
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                {QT_TRANSLATE_NOOP("Catalog",
                    "Find the bad password attempts that led to it (event 4771, code 0x18) and their client "
                    "addresses"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4771)] and EventData[Data[@Name='Status']='0x18']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                {QT_TRANSLATE_NOOP("Catalog", "Unlock the account once the source is fixed"),
                 "Unlock-ADAccount jdoe"},
                //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the principal's attributes and failed attempt count"),
                 "kadmin -q \"getprinc jdoe\""},
            },
            {
                {Family::NtStatus, "STATUS_ACCOUNT_LOCKED_OUT", 0xC0000234u,
                 //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a locked-out account")},
                {Family::NtStatus, "STATUS_ACCOUNT_DISABLED", 0xC0000072u,
                 //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a disabled account")},
                {Family::NtStatus, "STATUS_ACCOUNT_EXPIRED", 0xC0000193u,
                 //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for an expired account")},
                {Family::Win32, "ERROR_ACCOUNT_LOCKED_OUT", 1909u,
                 //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form applications show for a locked-out account")},
                {Family::Win32, "ERROR_ACCOUNT_DISABLED", 1331u,
                 //: KDC_ERR_CLIENT_REVOKED (kerberos 0x12)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form applications show for a disabled account")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Clients credentials have been revoked",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x13u, "KDC_ERR_SERVICE_REVOKED", {"KRB5KDC_ERR_SERVICE_REVOKED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC will not issue tickets for the requested service because its credentials were "
                "revoked."),
            //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
            QT_TRANSLATE_NOOP("Catalog",
                "The service-side counterpart of 0x12: the service principal exists, but the KDC treats its "
                "credentials as revoked and issues no tickets for it. Microsoft lists the code for 4768 and "
                "4769 without a cause, and it is rare in logs. When it appears, check the account that holds "
                "the SPN for the conditions that cause 0x12 for users."),
            {
                //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                QT_TRANSLATE_NOOP("Catalog",
                    "Possibly the account that holds the SPN is disabled, locked out or expired (by analogy "
                    "with 0x12; not documented by Microsoft)"),
                //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                QT_TRANSLATE_NOOP("Catalog",
                    "A non-Windows KDC has flagged the service principal as revoked or not allowed to receive "
                    "tickets"),
            },
            {
                //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that holds the SPN"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                {QT_TRANSLATE_NOOP("Catalog", "Check that account's state"),
                 "Get-ADUser svc-web -Properties Enabled,LockedOut,AccountExpirationDate"},
                //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                {QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, read the service principal's attributes"),
                 "kadmin -q \"getprinc HTTP/web01.example.com\""},
            },
            {
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                 QT_TRANSLATE_NOOP("Catalog", "The same refusal for the client account")},
                {Family::Kerberos, "KDC_ERR_SERVICE_EXP", 0x2u,
                 //: KDC_ERR_SERVICE_REVOKED (kerberos 0x13)
                 QT_TRANSLATE_NOOP("Catalog", "The service principal has expired")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Credentials for server have been revoked",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x14u, "KDC_ERR_TGT_REVOKED", {"KRB5KDC_ERR_TGT_REVOKED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
            QT_TRANSLATE_NOOP("Catalog", "The TGT presented to the KDC has been revoked and cannot be used for further tickets."),
            //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
            QT_TRANSLATE_NOOP("Catalog",
                "The client presented a TGT that the KDC no longer honours. Microsoft's table explains it "
                "with the PKCROSS draft: a remote KDC changed its cross-realm key while tickets issued under "
                "the old key were still in use. It is rare; getting a new TGT is the usual way out."),
            {
                //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                QT_TRANSLATE_NOOP("Catalog",
                    "A cross-realm key changed while tickets issued under the old key were still cached "
                    "(Microsoft's stated cause)"),
                //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                QT_TRANSLATE_NOOP("Catalog",
                    "A long-running process keeps presenting an old cached TGT instead of requesting a new "
                    "one"),
            },
            {
                //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                {QT_TRANSLATE_NOOP("Catalog", "Discard the cached tickets and request a new TGT"),
                 "klist purge"},
                //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, destroy the credential cache and log on again"),
                 "kdestroy"},
                //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the trust whose key may have changed"),
                 "netdom trust contoso.com /domain:fabrikam.com /verify"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_TKT_EXPIRED", 0x20u,
                 //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                 QT_TRANSLATE_NOOP("Catalog", "The ticket simply expired")},
                {Family::Kerberos, "KDC_ERR_CLIENT_REVOKED", 0x12u,
                 //: KDC_ERR_TGT_REVOKED (kerberos 0x14)
                 QT_TRANSLATE_NOOP("Catalog", "The account, not the ticket, is revoked")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "TGT has been revoked",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x15u, "KDC_ERR_CLIENT_NOTYET", {"KRB5KDC_ERR_CLIENT_NOTYET"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
            QT_TRANSLATE_NOOP("Catalog", "The client account is not valid yet: its start date is still in the future."),
            //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC found the client principal, but its validity period has not begun. Heimdal returns "
                "it when a principal's valid start time is later than the KDC's clock; Microsoft lists the "
                "code for 4768 and 4769 without a cause. A KDC clock that runs behind can cause it for an "
                "account that has just become valid."),
            {
                //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                QT_TRANSLATE_NOOP("Catalog",
                    "The principal was created with a future start date (Heimdal valid start) and is used "
                    "before that date"),
                //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                QT_TRANSLATE_NOOP("Catalog",
                    "The KDC's clock runs behind, so a start date already reached elsewhere is still in the "
                    "future for the KDC"),
            },
            {
                //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                {QT_TRANSLATE_NOOP("Catalog", "On a Heimdal KDC, read the principal's valid start"),
                 "kadmin -l get jdoe"},
                //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the KDC's clock with a reliable time source"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
            },
            {
                {Family::Kerberos, "KDC_ERR_SERVICE_NOTYET", 0x16u,
                 //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                 QT_TRANSLATE_NOOP("Catalog", "The same check for the service principal")},
                {Family::Kerberos, "KDC_ERR_NAME_EXP", 0x1u,
                 //: KDC_ERR_CLIENT_NOTYET (kerberos 0x15)
                 QT_TRANSLATE_NOOP("Catalog", "The other end of the validity period")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Client not yet valid - try again later",
                // source: RFC 4120 section 7.5.9, error code table
                "Client not yet valid; try again later",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x16u, "KDC_ERR_SERVICE_NOTYET", {"KRB5KDC_ERR_SERVICE_NOTYET"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
            QT_TRANSLATE_NOOP("Catalog", "The requested service's principal is not valid yet: its start date is still in the future."),
            //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
            QT_TRANSLATE_NOOP("Catalog",
                "The service-side counterpart of 0x15: the KDC found the service principal, but its validity "
                "period has not begun, so no tickets are issued for it. Heimdal returns it for a server "
                "principal whose valid start time is later than the KDC's clock; Microsoft lists the code "
                "without a cause."),
            {
                //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                QT_TRANSLATE_NOOP("Catalog", "The service principal was created with a future start date and is used before that date"),
                //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                QT_TRANSLATE_NOOP("Catalog",
                    "The KDC's clock runs behind, so the service's start date is still in the future for the "
                    "KDC"),
            },
            {
                //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                {QT_TRANSLATE_NOOP("Catalog", "On a Heimdal KDC, read the service principal's valid start"),
                 "kadmin -l get HTTP/web01.example.com"},
                //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the KDC's clock with a reliable time source"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
            },
            {
                {Family::Kerberos, "KDC_ERR_CLIENT_NOTYET", 0x15u,
                 //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                 QT_TRANSLATE_NOOP("Catalog", "The same check for the client principal")},
                {Family::Kerberos, "KDC_ERR_SERVICE_EXP", 0x2u,
                 //: KDC_ERR_SERVICE_NOTYET (kerberos 0x16)
                 QT_TRANSLATE_NOOP("Catalog", "The other end of the service's validity period")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Server not yet valid - try again later",
                // source: RFC 4120 section 7.5.9, error code table
                "Server not yet valid; try again later",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x17u, "KDC_ERR_KEY_EXPIRED", {"KRB5KDC_ERR_KEY_EXP", "KRB5KDC_ERR_KEY_EXPIRED"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
            QT_TRANSLATE_NOOP("Catalog", "The account's password has expired or must be changed before the account can get tickets."),
            //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC refuses a TGT because the password is past its maximum age or the account must "
                "change it at next logon; only a password change is still allowed. Windows logs it as event "
                "4771 with Failure Code 0x17; Microsoft's 4769 page says it does not occur in 4768. MIT kinit "
                "prints \"Password expired.  You must change it now.\" and asks for a new password."),
            {
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                QT_TRANSLATE_NOOP("Catalog",
                    "The password reached the maximum password age of the domain or of a fine-grained "
                    "password policy"),
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                QT_TRANSLATE_NOOP("Catalog",
                    "'User must change password at next logon' is set, for example after an administrator "
                    "reset the password"),
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                QT_TRANSLATE_NOOP("Catalog",
                    "A service account or scheduled task runs with a password that expired because the "
                    "account was not exempted from expiry"),
            },
            {
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                {QT_TRANSLATE_NOOP("Catalog", "Check the password's age and expiry"),
                 "Get-ADUser jdoe -Properties PasswordExpired,PasswordLastSet,PasswordNeverExpires,msDS-UserPasswordExpiryTimeComputed"},
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                {QT_TRANSLATE_NOOP("Catalog", "See which password policy applies to the account"),
                 "Get-ADUserResultantPasswordPolicy jdoe"},
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the failures for the account"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4771)] and EventData[Data[@Name='Status']='0x17']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, change the password directly with the KDC"),
                 "kpasswd jdoe@CONTOSO.COM"},
            },
            {
                {Family::NtStatus, "STATUS_PASSWORD_EXPIRED", 0xC0000071u,
                 //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for an expired password")},
                {Family::NtStatus, "STATUS_PASSWORD_MUST_CHANGE", 0xC0000224u,
                 //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status when the password must be changed at next logon")},
                {Family::Win32, "ERROR_PASSWORD_EXPIRED", 1330u,
                 //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form applications show for an expired password")},
                {Family::Win32, "ERROR_PASSWORD_MUST_CHANGE", 1907u,
                 //: KDC_ERR_KEY_EXPIRED (kerberos 0x17)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form when the password must be changed")},
            },
            {
                // source: RFC 4120 section 7.5.9, error code table
                "Password has expired; change password to reset",
                // source: MIT krb5 src/lib/krb5/krb/gic_pwd.c: banner kinit prints before asking for a new password
                "Password expired.  You must change it now.",
            },
            {EventSite{4771, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x18u, "KDC_ERR_PREAUTH_FAILED", {"KRB5KDC_ERR_PREAUTH_FAILED"}, Severity::Error,
            Category::CredentialsLogon, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
            QT_TRANSLATE_NOOP("Catalog", "Pre-authentication failed: the password or key the client used is wrong."),
            //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
            QT_TRANSLATE_NOOP("Catalog",
                "For a password logon the client encrypts a timestamp with a key derived from the password; "
                "if the KDC cannot decrypt it with the account's key, the password is wrong or stale. Windows "
                "logs it as event 4771 with Failure Code 0x18 (not as 4768) and counts it toward account "
                "lockout. kinit prints \"Preauthentication failed\", while Windows applications usually see "
                "SEC_E_LOGON_DENIED. Many failures in a short time, for one account or across many, suggest "
                "password guessing or spraying."),
            {
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                QT_TRANSLATE_NOOP("Catalog", "The user typed a wrong password"),
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                QT_TRANSLATE_NOOP("Catalog",
                    "A stale password saved in Credential Manager, a mapped drive, a service, a scheduled "
                    "task, an application pool or a phone is still in use after a password change"),
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                QT_TRANSLATE_NOOP("Catalog", "A keytab on a Linux or Java server holds keys from an older password"),
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                QT_TRANSLATE_NOOP("Catalog",
                    "A computer account's password is out of sync with the domain, for example after a "
                    "virtual machine snapshot was restored"),
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                QT_TRANSLATE_NOOP("Catalog", "Password guessing or spraying: many failures from one address"),
            },
            {
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the failures with the client addresses they came from"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4771)] and EventData[Data[@Name='Status']='0x18']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                {QT_TRANSLATE_NOOP("Catalog", "Check the bad password count and time on a given DC (the count is kept per DC)"),
                 "Get-ADUser jdoe -Server dc01 -Properties badPwdCount,LastBadPasswordAttempt,PasswordLastSet"},
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                {QT_TRANSLATE_NOOP("Catalog", "On the client at that address, list saved credentials and remove stale ones"),
                 "cmdkey /list"},
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux server, compare the keytab's key versions with the account's"),
                 "klist -kte /etc/krb5.keytab"},
                //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, trace the exchange to see which key and realm are used"),
                 "KRB5_TRACE=/dev/stderr kinit jdoe@CONTOSO.COM"},
            },
            {
                {Family::NtStatus, "STATUS_WRONG_PASSWORD", 0xC000006Au,
                 //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a wrong password (4625 Sub Status)")},
                {Family::Sspi, "SEC_E_LOGON_DENIED", 0x0u,
                 //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows applications report for the same failure")},
                {Family::Win32, "ERROR_LOGON_FAILURE", 1326u,
                 //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form of a failed logon")},
                {Family::Kerberos, "KDC_ERR_PREAUTH_REQUIRED", 0x19u,
                 //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                 QT_TRANSLATE_NOOP("Catalog", "The normal step before pre-authentication is checked")},
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: KDC_ERR_PREAUTH_FAILED (kerberos 0x18)
                 QT_TRANSLATE_NOOP("Catalog", "A clock difference is reported as skew, not as a wrong password")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Preauthentication failed",
                // source: RFC 4120 section 7.5.9, error code table
                "Pre-authentication information was invalid",
            },
            {EventSite{4771, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x19u, "KDC_ERR_PREAUTH_REQUIRED", {"KRB5KDC_ERR_PREAUTH_REQUIRED"}, Severity::Informational,
            Category::SuccessContinuation, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
            QT_TRANSLATE_NOOP("Catalog", "The KDC asks the client to prove its identity first; usually a normal step, not a failure."),
            //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
            QT_TRANSLATE_NOOP("Catalog",
                "A client may send its first ticket request without pre-authentication; the KDC then answers "
                "with this code and tells it which methods and salts to use, and the client retries. On its "
                "own this is not a failure: MIT and Windows clients do it routinely. It matters only when no "
                "successful retry follows, or when a tool probes many accounts this way to find ones that do "
                "not require pre-authentication."),
            {
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                QT_TRANSLATE_NOOP("Catalog",
                    "Normal first exchange: the client sent a request without pre-authentication and retries "
                    "with it"),
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                QT_TRANSLATE_NOOP("Catalog",
                    "The client cannot produce the pre-authentication the KDC requires (for example no "
                    "password or key available to it), so no retry follows"),
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                QT_TRANSLATE_NOOP("Catalog",
                    "Account probing: a tool requests tickets for many accounts without pre-authentication to "
                    "find accounts that do not require it"),
            },
            {
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                {QT_TRANSLATE_NOOP("Catalog", "Check that a successful request (4768 with 0x0) follows for the same account"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768)] and EventData[Data[@Name='Status']='0x0']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                {QT_TRANSLATE_NOOP("Catalog", "Find accounts that do not require pre-authentication, which such probes look for"),
                 "Get-ADUser -Filter 'DoesNotRequirePreAuth -eq $true'"},
                //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, trace the exchange to see whether kinit retries"),
                 "KRB5_TRACE=/dev/stderr kinit jdoe@CONTOSO.COM"},
            },
            {
                {Family::Kerberos, "KDC_ERR_PREAUTH_FAILED", 0x18u,
                 //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                 QT_TRANSLATE_NOOP("Catalog", "What follows when the retry carries a wrong password")},
                {Family::Kerberos, "KDC_ERR_PADATA_TYPE_NOSUPP", 0x10u,
                 //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC cannot use the method the client chose")},
                {Family::Sspi, "SEC_E_NO_PA_DATA", 0x0u,
                 //: KDC_ERR_PREAUTH_REQUIRED (kerberos 0x19)
                 QT_TRANSLATE_NOOP("Catalog", "Windows' code when the KDC sent no usable pre-authentication hint")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Additional pre-authentication required",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x1Au, "KDC_ERR_SERVER_NOMATCH", {"KRB5KDC_ERR_SERVER_NOMATCH"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
            QT_TRANSLATE_NOOP("Catalog", "The service named in the request does not match the service of the ticket presented."),
            //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
            QT_TRANSLATE_NOOP("Catalog",
                "Some requests, such as renewing, validating or forwarding a service ticket, present a ticket "
                "and name a service; the two must agree. The MIT KDC returns this code when they do not. "
                "Microsoft's tables label it \"KDC does not know about the requested server\" and give no "
                "cause."),
            {
                //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                QT_TRANSLATE_NOOP("Catalog",
                    "A client renews, validates or forwards a ticket but names a different service than the "
                    "ticket's"),
                //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                QT_TRANSLATE_NOOP("Catalog", "A client bug or a hand-built request pairs a ticket with the wrong service name"),
            },
            {
                //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                {QT_TRANSLATE_NOOP("Catalog", "Trace the request to see the ticket and the service it names"),
                 "KRB5_TRACE=/dev/stderr kvno HTTP/web01.example.com"},
                //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                {QT_TRANSLATE_NOOP("Catalog", "Discard the cached tickets and request them again"),
                 "klist purge"},
            },
            {
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                 QT_TRANSLATE_NOOP("Catalog", "The service name is not known at all")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0x0u,
                 //: KDC_ERR_SERVER_NOMATCH (kerberos 0x1A)
                 QT_TRANSLATE_NOOP("Catalog", "A ticket that names the wrong principal, seen by the server")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Requested server and ticket don't match",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x1Bu, "KDC_ERR_MUST_USE_USER2USER", {"KRB5KDC_ERR_MUST_USE_USER2USER"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
            QT_TRANSLATE_NOOP("Catalog",
                "The requested principal may only be reached with user-to-user authentication, usually a "
                "missing SPN."),
            //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
            QT_TRANSLATE_NOOP("Catalog",
                "The name the client asked a ticket for belongs to a principal that cannot receive normal "
                "service tickets, so only user-to-user authentication would work. In Windows domains this "
                "happens when the target is a user account without an SPN; Microsoft's 4769 page names a "
                "missing SPN as the cause. MIT KDCs return it for principals that may not act as services."),
            {
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                QT_TRANSLATE_NOOP("Catalog",
                    "The target name resolves to a user account that has no SPN, for example a service "
                    "running as a user whose SPN was never registered"),
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                QT_TRANSLATE_NOOP("Catalog", "The client used a user name or UPN as the target name instead of an SPN"),
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                QT_TRANSLATE_NOOP("Catalog", "On an MIT KDC, the principal has the DISALLOW_SVR attribute (modprinc -allow_svr)"),
            },
            {
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                {QT_TRANSLATE_NOOP("Catalog", "Find which account holds the SPN the client requests"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the refused service ticket requests"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4769)] and EventData[Data[@Name='Status']='0x1B']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                {QT_TRANSLATE_NOOP("Catalog", "Register the SPN on the account that runs the service"),
                 "setspn -S HTTP/web01.contoso.com CONTOSO\\svc-web"},
            },
            {
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0x0u,
                 //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                 QT_TRANSLATE_NOOP("Catalog", "The user-to-user exchange failed on the client")},
                {Family::Kerberos, "KRB_AP_ERR_USER_TO_USER_REQUIRED", 0x45u,
                 //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                 QT_TRANSLATE_NOOP("Catalog", "The application server's demand for user-to-user")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KDC_ERR_MUST_USE_USER2USER (kerberos 0x1B)
                 QT_TRANSLATE_NOOP("Catalog", "The name is not found at all")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; same text in Heimdal lib/krb5/krb5_err.et
                "Server principal valid for user2user only",
            },
            {EventSite{4769, "Status"}},
        },
        {
            Family::Kerberos, 0x1Cu, "KDC_ERR_PATH_NOT_ACCEPTED", {"KRB5KDC_ERR_PATH_NOT_ACCEPTED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
            QT_TRANSLATE_NOOP("Catalog", "The KDC's policy rejects the path of realms a cross-realm ticket travelled."),
            //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
            QT_TRANSLATE_NOOP("Catalog",
                "For a cross-realm request the KDC checks the realms listed in the ticket's transited field "
                "against its policy and refuses paths it does not trust. MS-KILE says Windows does not check "
                "transited paths, and the code is not in Microsoft's event tables; expect it from MIT or "
                "Heimdal KDCs with a [capaths] configuration."),
            {
                //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                QT_TRANSLATE_NOOP("Catalog", "The [capaths] section of krb5.conf on the KDC does not allow the path the ticket took"),
                //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate realm on the path is not trusted by the target realm's KDC"),
            },
            {
                //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                {QT_TRANSLATE_NOOP("Catalog", "Review the [capaths] section on the KDC and the clients"),
                 "grep -A10 capaths /etc/krb5.conf"},
                //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                {QT_TRANSLATE_NOOP("Catalog", "Trace the cross-realm request to see the realms involved"),
                 "KRB5_TRACE=/dev/stderr kvno HTTP/web01.example.com"},
            },
            {
                {Family::Kerberos, "KDC_ERR_TRTYPE_NOSUPP", 0x11u,
                 //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                 QT_TRANSLATE_NOOP("Catalog", "The transited field could not be read at all")},
                {Family::Kerberos, "KRB_AP_PATH_NOT_ACCEPTED", 0x33u,
                 //: KDC_ERR_PATH_NOT_ACCEPTED (kerberos 0x1C)
                 QT_TRANSLATE_NOOP("Catalog", "The same rejection made by an application server")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et; Heimdal writes 'KDC Policy' (same text when case is ignored)
                "KDC policy rejects transited path",
            },
            {},
        },
        {
            Family::Kerberos, 0x1Du, "KDC_ERR_SVC_UNAVAILABLE", {"KRB5KDC_ERR_SVC_UNAVAILABLE"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr, // Windows has no FormatMessage text for Kerberos error numbers
            //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
            QT_TRANSLATE_NOOP("Catalog", "A service the KDC needs to answer the request is not available."),
            //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
            QT_TRANSLATE_NOOP("Catalog",
                "The KDC could not process the request because something it depends on was unavailable. "
                "Microsoft labels it \"KDC is unavailable\" in the 4768 table without a cause; MIT prints \"A "
                "service is not available that is required to process the request\". For an LDAP-backed KDC, "
                "the directory server behind it is the first thing to check."),
            {
                //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                QT_TRANSLATE_NOOP("Catalog",
                    "The KDC's database back end (for example the LDAP server behind an MIT KDC or FreeIPA) "
                    "is down or not reachable"),
                //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                QT_TRANSLATE_NOOP("Catalog",
                    "Possibly the KDC service itself is starting, stopping or overloaded (suggested by the "
                    "labels, not documented)"),
            },
            {
                //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the KDC and its directory service are running (FreeIPA)"),
                 "ipactl status"},
                //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                {QT_TRANSLATE_NOOP("Catalog", "Find a DC that answers as KDC for the domain"),
                 "nltest /dsgetdc:contoso.com /kdc"},
                //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                {QT_TRANSLATE_NOOP("Catalog", "On the DC, list the failures"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768)] and EventData[Data[@Name='Status']='0x1D']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::NtStatus, "STATUS_NO_LOGON_SERVERS", 0xC000005Eu,
                 //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                 QT_TRANSLATE_NOOP("Catalog", "No DC could be reached to process the logon")},
                {Family::Sspi, "SEC_E_NO_AUTHENTICATING_AUTHORITY", 0x0u,
                 //: KDC_ERR_SVC_UNAVAILABLE (kerberos 0x1D)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows clients report when no KDC answers")},
            },
            {
                // source: MIT krb5 src/lib/krb5/error_tables/krb5_err.et
                "A service is not available that is required to process the request",
            },
            {EventSite{4768, "Status"}},
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace sspilens
