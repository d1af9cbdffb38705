// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Kerberos error codes 31-76 (0x1F-0x4C) of RFC 4120 section 7.5.9: the KRB_AP_ERR_* codes,
// KRB_ERR_GENERIC / KRB_ERR_FIELD_TOOLONG / KRB_ERR_RESPONSE_TOO_BIG and the certificate-logon
// (PKINIT) codes 62-76. Codes 0-29 are in kerberos_kdc.cpp. Facts come from the reference table
// tests/data/reference/event-families/kerberos-kdc-errors.tsv (RFC 4120 and Microsoft's event
// 4768/4769 tables), MIT krb5 src/lib/krb5/error_tables/krb5_err.et, Heimdal
// lib/krb5/krb5_err.et (as vendored by Samba), the final PKINIT draft (draft-ietf-cat-kerberos-
// pk-init-34, published as RFC 4556) and Microsoft's Kerberos troubleshooting articles.
//
// Names. The symbol is the RFC 4120 name; aliases are Microsoft's spelling where it differs and
// the MIT / Heimdal names (KRB5KRB_AP_ERR_*, KRB5KDC_ERR_*) that kinit, sssd and Java print.
// Heimdal spells the PKINIT names KRB5_KDC_ERR_*; symbols are compared without underscores, so
// those are found through the MIT alias and are not listed twice.
//
// Doubts of the reference README, decided here:
// - 0x42: RFC 4120, MIT and Heimdal give 66 (0x42) to KDC_ERR_CERTIFICATE_MISMATCH and 69 (0x45)
//   to KRB_AP_ERR_USER_TO_USER_REQUIRED; only Microsoft's 4768/4769 tables print the latter name
//   for 0x42 (tables that also copy 0xB's label onto 0xC). Names must be unique in the catalog, so
//   0x42 is KDC_ERR_CERTIFICATE_MISMATCH and 0x45 is KRB_AP_ERR_USER_TO_USER_REQUIRED; the 0x42
//   entry explains Microsoft's label and says that what Windows means by 0x42 is not established.
// - 62-64: RFC 4120 spells KDC_ERROR_CLIENT_NOT_TRUSTED, KDC_ERROR_KDC_NOT_TRUSTED and
//   KDC_ERROR_INVALID_SIG; PKINIT (RFC 4556), Microsoft, MIT and Heimdal all spell KDC_ERR_*. The
//   symbol is the KDC_ERR_ spelling everybody prints; RFC 4120's KDC_ERROR_ spelling is an alias.
// - 65: RFC 4120 and Microsoft say KDC_ERR_KEY_TOO_WEAK (the symbol); PKINIT, MIT and Heimdal call
//   it KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED (an alias). Same number, same meaning.
// - 67: Heimdal has no name for it; RFC 4120 and MIT say KRB_AP_ERR_NO_TGT.
// - 76: RFC 4120 and MIT say KDC_ERR_KDC_NAME_MISMATCH. Heimdal puts INCONSISTENT_KEY_PURPOSE
//   there, which PKINIT numbers 77; that name is left out (it is another condition, outside 31-76)
//   and the entry warns that Heimdal prints "Inconsistent key purpose" for 76.
// - 43 (KRB_AP_ERR_ILL_CR_TKT in MIT and Heimdal) is not an RFC 4120 code and is not listed.
//
// Fingerprints are MIT's and Heimdal's texts where they are specific to Kerberos. Left out as too
// short or too generic for log matching: "Ticket expired" (0x20), "Protocol version mismatch"
// (0x27), "Invalid message type" (0x28), "Message out of order" (0x2A), "Mutual authentication
// failed" (0x2E, also MIT's KRB5_MUTUAL_FAILED), "Client not trusted" (0x3E), "Invalid signature"
// (0x40), "Certificate mismatch" (0x42), "Wrong realm" (0x44, Heimdal), "Can't verify
// certificate" / "Cannot verify certificate" (0x46), "Invalid certificate" / "Certificate invalid"
// (0x47), "Revoked certificate" / "Certificate revoked" (0x48), "Revocation status unknown" (0x49),
// "Revocation status unavailable" (0x4A) and MIT's "Client name mismatch" (0x4B).
//
// Events. 4768 and 4769 (Security log, field Status: "Result Code" / "Failure Code") for the codes
// in Microsoft's tables (up to 0x44); Microsoft's 4771 page lists none of these codes, so 4771 is
// not claimed. System event 3 of Microsoft-Windows-Security-Kerberos ("A Kerberos error message
// was received ... Error Code: 0x29 KRB_AP_ERR_MODIFIED") carries any code the Windows client
// receives, in the field the provider manifest names ErrorCode (OTRF/OSSEM data dictionary);
// it is written when the Kerberos LogLevel value is set. Event 4 (KRB_AP_ERR_MODIFIED from a
// server, MicrosoftDocs/SupportArticles-docs kerberos-event-4-access-denied.md) names the code in
// its text and has no code field, so it is described in the 0x29 entry rather than listed here.
#include "families.h"

#include <QtGlobal>

namespace sspilens {

// clang-format off
// Hand-formatted like the other catalog files: one entry per block.
std::vector<StatusCode> kerberosApCodes()
{
    return {
        {
            Family::Kerberos, 0x1Fu, "KRB_AP_ERR_BAD_INTEGRITY", {"KRB5KRB_AP_ERR_BAD_INTEGRITY"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
            QT_TRANSLATE_NOOP("Catalog", "A decrypted Kerberos field failed its integrity check: it "
                                         "was encrypted with a different key than the one used to open "
                                         "it."),
            //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
            QT_TRANSLATE_NOOP("Catalog", "Every encrypted Kerberos part carries a checksum that is "
                                         "verified after decryption; this code says the check failed, "
                                         "which nearly always means the two sides hold different keys. "
                                         "A domain controller returns it for a ticket request whose "
                                         "authenticator was not encrypted with the session key of the "
                                         "presented ticket, and logs it in events 4768/4769. MIT and "
                                         "Heimdal libraries also return it locally when they cannot "
                                         "decrypt a ticket or reply, and print \"Decrypt integrity "
                                         "check failed\"."),
            {
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                QT_TRANSLATE_NOOP("Catalog", "A non-Windows service (Apache, Java, Samba, a database) "
                                             "uses a keytab whose key no longer matches its account in "
                                             "Active Directory, often after a password reset without "
                                             "exporting a new keytab"),
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                QT_TRANSLATE_NOOP("Catalog", "The keytab was exported for another account than the one "
                                             "that owns the SPN, so tickets for the SPN are encrypted "
                                             "with a key the service does not have"),
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                QT_TRANSLATE_NOOP("Catalog", "A device between client and server altered or truncated "
                                             "the Kerberos message"),
            },
            {
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the key version the KDC uses for the service "
                                              "account with the versions in the keytab"),
                 "Get-ADUser svc-web -Properties msDS-KeyVersionNumber,PasswordLastSet"},
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                {QT_TRANSLATE_NOOP("Catalog", "On the Linux service host, list the principals, key "
                                              "versions and encryption types in the keytab"),
                 "klist -kte /etc/krb5.keytab"},
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                {QT_TRANSLATE_NOOP("Catalog", "From a Linux client, ask the KDC for a ticket to the "
                                              "SPN and note the key version it reports"),
                 "kvno HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x1F (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x1f' or Data[@Name='Status']='0x1F']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows form of the same wrong-key problem at an "
                                              "application server")},
                {Family::NtStatus, "STATUS_LOGON_FAILURE", 0xC000006Du,
                 //: KRB_AP_ERR_BAD_INTEGRITY (kerberos 0x1F)
                 QT_TRANSLATE_NOOP("Catalog", "Samba maps this Kerberos error to the generic logon "
                                              "failure")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Decrypt integrity check failed",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x20u, "KRB_AP_ERR_TKT_EXPIRED", {"KRB5KRB_AP_ERR_TKT_EXPIRED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
            QT_TRANSLATE_NOOP("Catalog", "The ticket presented has passed its end time."),
            //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
            QT_TRANSLATE_NOOP("Catalog", "A KDC or service returns this when the ticket it receives is "
                                         "past its end time. Windows renews tickets on its own, and "
                                         "Microsoft notes that many 0x20 failures in event 4769 are "
                                         "normal: the client retries with a new ticket. It matters "
                                         "when it repeats for the same account or service, which "
                                         "points to a client that cannot renew (offline from a DC, no "
                                         "longer holding the password) or to a clock that jumped."),
            {
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                QT_TRANSLATE_NOOP("Catalog", "Normal expiry: a cached service ticket or TGT ran out "
                                             "and the client is about to fetch a new one (no action "
                                             "needed when it is followed by a success)"),
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                QT_TRANSLATE_NOOP("Catalog", "A long-running process or a non-Windows client keeps "
                                             "using a credential cache whose TGT cannot be renewed "
                                             "(renewal lifetime reached, keytab or password not "
                                             "available)"),
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                QT_TRANSLATE_NOOP("Catalog", "The clock of the client or server jumped forward (resume "
                                             "from sleep, VM restore), so valid tickets look expired"),
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                QT_TRANSLATE_NOOP("Catalog", "A short 'Maximum lifetime for service ticket' or "
                                             "'Maximum lifetime for user ticket' policy makes expiry "
                                             "frequent"),
            },
            {
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                {QT_TRANSLATE_NOOP("Catalog", "List the client's tickets with their end and renewal "
                                              "times"),
                 "klist"},
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets and request a service ticket "
                                              "for the SPN again, so the test uses fresh tickets"),
                 "klist purge"},
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, check the credential cache's expiry and renew "
                                              "the TGT"),
                 "klist; kinit -R"},
                //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x20 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x20']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_TKT_NYV", 0x21u,
                 //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                 QT_TRANSLATE_NOOP("Catalog", "The opposite case: the ticket's start time has not been "
                                              "reached yet")},
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                 QT_TRANSLATE_NOOP("Catalog", "A wrong clock produces both codes")},
                {Family::Sspi, "SEC_E_CONTEXT_EXPIRED", 0,
                 //: KRB_AP_ERR_TKT_EXPIRED (kerberos 0x20)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI-level message when a context is used past its "
                                              "lifetime; not a one-to-one mapping")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x21u, "KRB_AP_ERR_TKT_NYV", {"KRB5KRB_AP_ERR_TKT_NYV"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
            QT_TRANSLATE_NOOP("Catalog", "The ticket's start time is still in the future for the "
                                         "server that received it."),
            //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
            QT_TRANSLATE_NOOP("Catalog", "A ticket carries a start time set by the KDC that issued it; "
                                         "a server whose clock is behind that time rejects the ticket "
                                         "as not yet valid. It points to clocks that disagree: the KDC "
                                         "and the server, or, across realms, the KDCs of the two "
                                         "realms. Events 4768/4769 on a domain controller show it as "
                                         "0x21."),
            {
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                QT_TRANSLATE_NOOP("Catalog", "The server's clock is behind the domain controller that "
                                             "issued the ticket"),
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                QT_TRANSLATE_NOOP("Catalog", "Across a trust, the domain controllers of the two realms "
                                             "are not synchronised with each other"),
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                QT_TRANSLATE_NOOP("Catalog", "A virtual machine takes its time from a host whose clock "
                                             "is wrong"),
            },
            {
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                {QT_TRANSLATE_NOOP("Catalog", "Measure the clock offset between this machine and a "
                                              "domain controller"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                {QT_TRANSLATE_NOOP("Catalog", "Check the server's time source and last successful "
                                              "synchronisation"),
                 "w32tm /query /status"},
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                {QT_TRANSLATE_NOOP("Catalog", "Compare the offsets of the domain controllers in each "
                                              "realm involved"),
                 "w32tm /monitor /domain:contoso.com"},
                //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x21 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x21']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                 QT_TRANSLATE_NOOP("Catalog", "The same clock problem detected through the "
                                              "authenticator's timestamp")},
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: KRB_AP_ERR_TKT_NYV (kerberos 0x21)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows applications usually report for clock "
                                              "problems")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Ticket not yet valid",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x22u, "KRB_AP_ERR_REPEAT", {"KRB5KRB_AP_ERR_REPEAT"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_REPEAT (kerberos 0x22)
            QT_TRANSLATE_NOOP("Catalog", "The server has already seen this authenticator and rejects "
                                         "it as a replay."),
            //: KRB_AP_ERR_REPEAT (kerberos 0x22)
            QT_TRANSLATE_NOOP("Catalog", "Kerberos servers keep a replay cache of recent "
                                         "authenticators (client, time and microseconds) for the "
                                         "length of the allowed clock skew, and reject any "
                                         "authenticator they see twice. The error is real protection "
                                         "against replayed requests, but in practice it is more often "
                                         "a client or proxy that resends the same request, or two "
                                         "services that share one replay cache. MIT-based services "
                                         "print \"Request is a replay\"."),
            {
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                QT_TRANSLATE_NOOP("Catalog", "An application, proxy or load balancer resends the same "
                                             "Kerberos token (for example an HTTP retry that reuses "
                                             "the Authorization header)"),
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                QT_TRANSLATE_NOOP("Catalog", "Several services or processes on one host share a "
                                             "principal and a replay cache, so one of them sees the "
                                             "other's authenticator"),
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                QT_TRANSLATE_NOOP("Catalog", "A real replay attempt: a captured request sent again"),
            },
            {
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux service, check whether its environment sets "
                                              "a shared or special replay cache (KRB5RCACHETYPE, "
                                              "KRB5RCACHENAME)"),
                 "systemctl show httpd -p Environment"},
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether a proxy or load balancer in front of the "
                                              "service retries requests, and capture one failing "
                                              "exchange to see the same token sent twice"),
                 nullptr, Guide::NetworkTrace},
                //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x22 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x22']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_SKEW", 0x25u,
                 //: KRB_AP_ERR_REPEAT (kerberos 0x22)
                 QT_TRANSLATE_NOOP("Catalog", "The replay cache covers the clock-skew window; a "
                                              "timestamp outside it is reported as skew instead")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Request is a replay",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x23u, "KRB_AP_ERR_NOT_US", {"KRB5KRB_AP_ERR_NOT_US"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_NOT_US (kerberos 0x23)
            QT_TRANSLATE_NOOP("Catalog", "The ticket is for a different service principal or realm "
                                         "than the server that received it."),
            //: KRB_AP_ERR_NOT_US (kerberos 0x23)
            QT_TRANSLATE_NOOP("Catalog", "A server checks that the ticket names it as the service. "
                                         "This code says the ticket was issued for another principal "
                                         "(Microsoft's table mentions a ticket meant for another "
                                         "realm), so the client sent a ticket to the wrong place. "
                                         "Typical triggers are a name that resolves to a different "
                                         "server than the one the SPN belongs to, or a service "
                                         "configured with the wrong principal name."),
            {
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                QT_TRANSLATE_NOOP("Catalog", "DNS, a hosts file entry or a load balancer sends the "
                                             "client to a different host than the one the SPN's ticket "
                                             "is for"),
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                QT_TRANSLATE_NOOP("Catalog", "The service is configured with a principal name or realm "
                                             "that does not match the SPN clients request"),
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                QT_TRANSLATE_NOOP("Catalog", "Across realms, the client used a ticket from the wrong "
                                             "realm"),
            },
            {
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the name the client uses resolves to the "
                                              "server that runs the service"),
                 "nslookup web01.contoso.com"},
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that owns the SPN in the whole forest"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x23 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x23']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                 QT_TRANSLATE_NOOP("Catalog", "The same misrouting, when the server only notices that "
                                              "it cannot decrypt the ticket")},
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: KRB_AP_ERR_NOT_US (kerberos 0x23)
                 QT_TRANSLATE_NOOP("Catalog", "How Windows applications usually report a ticket that "
                                              "reached the wrong server")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "The ticket isn't for us",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x24u, "KRB_AP_ERR_BADMATCH", {"KRB5KRB_AP_ERR_BADMATCH"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
            QT_TRANSLATE_NOOP("Catalog", "The ticket and the authenticator that came with it name "
                                         "different clients."),
            //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
            QT_TRANSLATE_NOOP("Catalog", "An authenticator must be built by the same client the ticket "
                                         "was issued to. The KDC or service returns this code when the "
                                         "names differ. Microsoft's table gives two typical cases: a "
                                         "ticket request sent to the wrong KDC, and an account "
                                         "mismatch during protocol transition (S4U2Self), where a "
                                         "service asks for a ticket on behalf of a user."),
            {
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                QT_TRANSLATE_NOOP("Catalog", "A ticket request was sent to a KDC of the wrong domain "
                                             "or realm"),
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                QT_TRANSLATE_NOOP("Catalog", "Protocol transition (S4U2Self): the service's identity "
                                             "or the user name in the request does not match the "
                                             "ticket it presents"),
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                QT_TRANSLATE_NOOP("Catalog", "A client mixed tickets from two credential caches (for "
                                             "example after switching accounts without purging)"),
            },
            {
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                {QT_TRANSLATE_NOOP("Catalog", "Check which domain controller the client uses for the "
                                              "realm"),
                 "nltest /dsgetdc:contoso.com /kdc"},
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                {QT_TRANSLATE_NOOP("Catalog", "List the tickets cached for the logon session of the "
                                              "service that fails"),
                 "klist -li 0x3e7"},
                //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x24 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x24']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_NO_S4U_PROT_SUPPORT", 0,
                 //: KRB_AP_ERR_BADMATCH (kerberos 0x24)
                 QT_TRANSLATE_NOOP("Catalog", "Another failure of protocol transition seen by the "
                                              "service")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Ticket/authenticator don't match",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x25u, "KRB_AP_ERR_SKEW", {"KRB5KRB_AP_ERR_SKEW", "KERB_AP_ERR_SKEW"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_SKEW (kerberos 0x25)
            QT_TRANSLATE_NOOP("Catalog", "The timestamp in the request differs from the receiver's "
                                         "clock by more than the allowed skew."),
            //: KRB_AP_ERR_SKEW (kerberos 0x25)
            QT_TRANSLATE_NOOP("Catalog", "Every Kerberos request carries the client's time, and the "
                                         "KDC or service rejects it when that time is more than the "
                                         "allowed skew away from its own clock (SkewTime, 5 minutes by "
                                         "default on Windows). A domain controller logs it as 0x25 in "
                                         "events 4768/4769; Windows applications show SEC_E_TIME_SKEW, "
                                         "and MIT tools print \"Clock skew too great\". Windows "
                                         "application servers add skew-recovery data to this error "
                                         "(MS-KILE) so that a Windows client can retry with the "
                                         "server's time; an error that persists means the clocks "
                                         "really disagree, or the client is not Windows."),
            {
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                QT_TRANSLATE_NOOP("Catalog", "The client's or server's clock is more than 5 minutes "
                                             "away from the domain controller's"),
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                QT_TRANSLATE_NOOP("Catalog", "The Windows Time service is stopped or points to an "
                                             "unreachable or wrong source, so the machine never syncs "
                                             "from the domain hierarchy"),
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                QT_TRANSLATE_NOOP("Catalog", "A Linux or appliance client has no NTP configured, or "
                                             "syncs from a source other than the domain controllers"),
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                QT_TRANSLATE_NOOP("Catalog", "A virtual machine resumed from a snapshot or saved state "
                                             "with a stale clock, or takes its time from a wrong host"),
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                QT_TRANSLATE_NOOP("Catalog", "The local time looks right but the time zone is wrong, "
                                             "so the UTC time Kerberos compares is off by hours"),
            },
            {
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                {QT_TRANSLATE_NOOP("Catalog", "Measure the clock offset between this machine and a "
                                              "domain controller"),
                 "w32tm /stripchart /computer:dc01.contoso.com /samples:5 /dataonly"},
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                {QT_TRANSLATE_NOOP("Catalog", "Check the time source and the last successful "
                                              "synchronisation; 'Local CMOS Clock' means the machine "
                                              "is not syncing"),
                 "w32tm /query /status"},
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                {QT_TRANSLATE_NOOP("Catalog", "Force a resynchronisation with the domain hierarchy"),
                 "w32tm /resync /rediscover"},
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, check that NTP is synchronised and which "
                                              "source it uses"),
                 "timedatectl status; chronyc sources"},
                //: KRB_AP_ERR_SKEW (kerberos 0x25)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x25 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x25']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_TIME_SKEW", 0,
                 //: KRB_AP_ERR_SKEW (kerberos 0x25)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows applications report when the KDC or server "
                                              "answers with this error")},
                {Family::NtStatus, "STATUS_TIME_DIFFERENCE_AT_DC", 0xC0000133u,
                 //: KRB_AP_ERR_SKEW (kerberos 0x25)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS for the same clock difference; Samba maps "
                                              "this Kerberos error to it")},
                {Family::Win32, "ERROR_TIME_SKEW", 1398u,
                 //: KRB_AP_ERR_SKEW (kerberos 0x25)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 error for a time difference between client "
                                              "and server")},
                {Family::Kerberos, "KRB_AP_ERR_TKT_NYV", 0x21u,
                 //: KRB_AP_ERR_SKEW (kerberos 0x25)
                 QT_TRANSLATE_NOOP("Catalog", "The same clock problem seen through the ticket's start "
                                              "time")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Clock skew too great",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x26u, "KRB_AP_ERR_BADADDR", {"KRB5KRB_AP_ERR_BADADDR"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADADDR (kerberos 0x26)
            QT_TRANSLATE_NOOP("Catalog", "The sender's network address is not among the addresses "
                                         "written in the ticket."),
            //: KRB_AP_ERR_BADADDR (kerberos 0x26)
            QT_TRANSLATE_NOOP("Catalog", "A ticket can list the client addresses it is valid from. A "
                                         "server that checks them rejects a request coming from "
                                         "another address. Windows does not put addresses in tickets "
                                         "by default (ClientIpAddresses on the client and "
                                         "KdcUseClientAddresses on the KDC are 0), so the error mostly "
                                         "appears when those values or a non-Windows client (MIT "
                                         "noaddresses = false) put addresses in, and the client's "
                                         "address changed or is translated by NAT."),
            {
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                QT_TRANSLATE_NOOP("Catalog", "The client is behind NAT or a proxy, so the server sees "
                                             "a different address than the one in the ticket"),
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                QT_TRANSLATE_NOOP("Catalog", "The client's IP address changed (VPN, Wi-Fi roaming) "
                                             "after the ticket was issued"),
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                QT_TRANSLATE_NOOP("Catalog", "Addressed tickets were turned on: ClientIpAddresses or "
                                             "KdcUseClientAddresses set to 1, or noaddresses = false "
                                             "in krb5.conf"),
            },
            {
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the KDC is told to put client addresses "
                                              "in tickets"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Services\\Kdc /v KdcUseClientAddresses"},
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                {QT_TRANSLATE_NOOP("Catalog", "Check the same on the Windows client"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v ClientIpAddresses"},
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux client, check the noaddresses setting"),
                 "grep -i noaddresses /etc/krb5.conf"},
                //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x26 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x26']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_NOT_US", 0x23u,
                 //: KRB_AP_ERR_BADADDR (kerberos 0x26)
                 QT_TRANSLATE_NOOP("Catalog", "Another ticket that does not fit where it was presented")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Incorrect net address",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x27u, "KRB_AP_ERR_BADVERSION", {"KRB5KRB_AP_ERR_BADVERSION"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
            QT_TRANSLATE_NOOP("Catalog", "A Kerberos message carries a protocol version number the "
                                         "receiver does not accept."),
            //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
            QT_TRANSLATE_NOOP("Catalog", "Every Kerberos message starts with a protocol version number "
                                         "(5). This code says the receiver found another value, or (in "
                                         "Microsoft's example for KRB_SAFE) a version or message type "
                                         "that does not match what it expects. Real clients "
                                         "practically never send a wrong version, so the usual reason "
                                         "is data that is not Kerberos at all or a damaged message."),
            {
                //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                QT_TRANSLATE_NOOP("Catalog", "Something other than a Kerberos client (a scanner, a "
                                             "misconfigured application) sent data to the Kerberos "
                                             "port or into the authentication exchange"),
                //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                QT_TRANSLATE_NOOP("Catalog", "The message was damaged in transit"),
                //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                QT_TRANSLATE_NOOP("Catalog", "An old or non-standard Kerberos implementation talks to "
                                             "the server"),
            },
            {
                //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client address from the failure events on "
                                              "the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x27']]\" /c:20 /rd:true /f:text"},
                //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                {QT_TRANSLATE_NOOP("Catalog", "Capture the exchange on the client and check the pvno "
                                              "and msg-type fields of the Kerberos messages"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\kerb.etl"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_MSG_TYPE", 0x28u,
                 //: KRB_AP_ERR_BADVERSION (kerberos 0x27)
                 QT_TRANSLATE_NOOP("Catalog", "The neighbouring check on the message type")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x28u, "KRB_AP_ERR_MSG_TYPE", {"KRB5KRB_AP_ERR_MSG_TYPE"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
            QT_TRANSLATE_NOOP("Catalog", "The receiver got a Kerberos message of a type it does not "
                                         "expect or support here."),
            //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
            QT_TRANSLATE_NOOP("Catalog", "Each exchange expects particular message types (AP-REQ, "
                                         "KRB-SAFE, KRB-PRIV, KRB-CRED). Microsoft's table says the "
                                         "target returns this for a malformed message of those types, "
                                         "and also when user-to-user authentication is attempted over "
                                         "UDP. Like a wrong version number, it usually means a broken "
                                         "or non-standard client rather than a configuration problem "
                                         "on the server."),
            {
                //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                QT_TRANSLATE_NOOP("Catalog", "User-to-user authentication attempted over UDP "
                                             "(Microsoft's example)"),
                //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                QT_TRANSLATE_NOOP("Catalog", "A client or library builds malformed AP-REQ, KRB-SAFE, "
                                             "KRB-PRIV or KRB-CRED messages"),
                //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                QT_TRANSLATE_NOOP("Catalog", "Non-Kerberos data was passed to the server as a Kerberos "
                                             "token"),
            },
            {
                //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the Windows client was forced to use UDP "
                                              "for Kerberos (MaxPacketSize other than 0)"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxPacketSize"},
                //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x28 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x28']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_USER_TO_USER_REQUIRED", 0x45u,
                 //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                 QT_TRANSLATE_NOOP("Catalog", "The user-to-user exchange this error can interrupt")},
                {Family::Sspi, "SEC_E_INVALID_TOKEN", 0,
                 //: KRB_AP_ERR_MSG_TYPE (kerberos 0x28)
                 QT_TRANSLATE_NOOP("Catalog", "How an SSPI caller usually sees a token the other side "
                                              "could not parse")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x29u, "KRB_AP_ERR_MODIFIED", {"KRB5KRB_AP_ERR_MODIFIED", "KERB_AP_ERR_MODIFIED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
            QT_TRANSLATE_NOOP("Catalog", "The receiver could not decrypt or verify the message: it was "
                                         "encrypted with a key other than the receiver's own."),
            //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
            QT_TRANSLATE_NOOP("Catalog", "A service ticket is encrypted with the key of the account "
                                         "that owns the SPN. When the service that receives it runs "
                                         "under a different account, or its copy of the key is "
                                         "outdated, it cannot decrypt the ticket and answers with this "
                                         "error. The Windows client then logs Security-Kerberos event "
                                         "4 in the System log, naming the server and the target name "
                                         "used, and applications report SEC_E_WRONG_PRINCIPAL or \"The "
                                         "target account name is incorrect\". A domain controller can "
                                         "also return it (0x29 in events 4768/4769)."),
            {
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on another account than the one "
                                             "the service runs as (for example after moving an IIS "
                                             "application pool or SQL Server to a domain service "
                                             "account)"),
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                QT_TRANSLATE_NOOP("Catalog", "DNS, a hosts file entry or a load-balanced name sends "
                                             "the client to a different machine than the one that owns "
                                             "the SPN"),
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                QT_TRANSLATE_NOOP("Catalog", "The computer or service account password is out of sync: "
                                             "VM snapshot reverted, server restored, or a keytab not "
                                             "updated after a password change"),
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                QT_TRANSLATE_NOOP("Catalog", "The same SPN exists in another domain or forest, so a "
                                             "referral leads to the wrong account (inside one domain a "
                                             "duplicate makes the KDC refuse instead)"),
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                QT_TRANSLATE_NOOP("Catalog", "Reported: the encryption types allowed on the client and "
                                             "on the service account do not match"),
            },
            {
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that owns the SPN in the whole forest "
                                              "and compare it with the service's logon account"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                {QT_TRANSLATE_NOOP("Catalog", "Search the forest for duplicate SPNs"),
                 "setspn -F -X"},
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                {QT_TRANSLATE_NOOP("Catalog", "Read the Kerberos event 4 entries on the client: they "
                                              "name the server that failed and the target name used"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Security-Kerberos';Id=4} -MaxEvents 10 | Format-List TimeCreated,Message"},
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the name resolves to the server that really "
                                              "runs the service"),
                 "nslookup web01.contoso.com"},
                //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                {QT_TRANSLATE_NOOP("Catalog", "On the server, test the computer account's secure "
                                              "channel"),
                 "Test-ComputerSecureChannel -Verbose"},
            },
            {
                {Family::Sspi, "SEC_E_WRONG_PRINCIPAL", 0,
                 //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                 QT_TRANSLATE_NOOP("Catalog", "What Windows applications report after the server "
                                              "answers with this error")},
                {Family::Win32, "ERROR_WRONG_TARGET_NAME", 1396u,
                 //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                 QT_TRANSLATE_NOOP("Catalog", "The Win32 form users see: the target account name is "
                                              "incorrect")},
                {Family::Kerberos, "KDC_ERR_S_PRINCIPAL_UNKNOWN", 0x7u,
                 //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the SPN is missing, or duplicated "
                                              "inside one domain")},
                {Family::Sspi, "SEC_E_MESSAGE_ALTERED", 0,
                 //: KRB_AP_ERR_MODIFIED (kerberos 0x29)
                 QT_TRANSLATE_NOOP("Catalog", "The per-message form of a failed integrity check once a "
                                              "context exists")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Message stream modified",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x2Au, "KRB_AP_ERR_BADORDER", {"KRB5KRB_AP_ERR_BADORDER"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
            QT_TRANSLATE_NOOP("Catalog", "A protected Kerberos message arrived out of order, with a "
                                         "wrong or missing sequence number."),
            //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
            QT_TRANSLATE_NOOP("Catalog", "KRB-SAFE and KRB-PRIV messages exchanged after "
                                         "authentication can carry sequence numbers so that reordering "
                                         "or removal is detected. The receiver returns this when the "
                                         "number is not the one it expects. It concerns the "
                                         "application's use of Kerberos messages (for example a "
                                         "password change protocol), not logon itself."),
            {
                //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                QT_TRANSLATE_NOOP("Catalog", "Messages were lost, duplicated or reordered on the "
                                             "network or by the application"),
                //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                QT_TRANSLATE_NOOP("Catalog", "The two sides disagree on the initial sequence number, "
                                             "usually an application or library bug"),
            },
            {
                //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client and service from the 4768/4769 events with "
                                              "code 0x2A on the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x2a' or Data[@Name='Status']='0x2A']]\" /c:20 /rd:true /f:text"},
                //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                {QT_TRANSLATE_NOOP("Catalog", "Check the application's own log around the failure for "
                                              "retransmissions or reconnects"),
                 nullptr},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_BADSEQ", 0x31u,
                 //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                 QT_TRANSLATE_NOOP("Catalog", "The related sequence-number failure")},
                {Family::Sspi, "SEC_E_OUT_OF_SEQUENCE", 0,
                 //: KRB_AP_ERR_BADORDER (kerberos 0x2A)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI form of a message that arrives out of sequence")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x2Cu, "KRB_AP_ERR_BADKEYVER", {"KRB5KRB_AP_ERR_BADKEYVER"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
            QT_TRANSLATE_NOOP("Catalog", "The ticket was encrypted with a key version the receiver no "
                                         "longer has."),
            //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
            QT_TRANSLATE_NOOP("Catalog", "Tickets name the key version number (kvno) of the key that "
                                         "encrypted them. A service that does not hold that version, "
                                         "typically because the account's password changed and its "
                                         "keytab or stored key was not updated, or because the client "
                                         "still uses a ticket issued before the change, answers with "
                                         "this error. MIT-based services print \"Key version is not "
                                         "available\"."),
            {
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                QT_TRANSLATE_NOOP("Catalog", "The service account's password changed and the keytab on "
                                             "a non-Windows service still holds the old key version"),
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                QT_TRANSLATE_NOOP("Catalog", "The client still presents a service ticket issued before "
                                             "the password change"),
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                QT_TRANSLATE_NOOP("Catalog", "Domain controllers have not all replicated the new "
                                             "password yet, so tickets carry different key versions"),
            },
            {
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                {QT_TRANSLATE_NOOP("Catalog", "Read the account's current key version number in Active "
                                              "Directory"),
                 "Get-ADUser svc-web -Properties msDS-KeyVersionNumber"},
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                {QT_TRANSLATE_NOOP("Catalog", "List the key versions in the service's keytab"),
                 "klist -kte /etc/krb5.keytab"},
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets and request a service ticket "
                                              "for the SPN again, so the test uses fresh tickets"),
                 "klist purge"},
                //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the password change has replicated to every "
                                              "domain controller"),
                 "repadmin /showrepl"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_NOKEY", 0x2Du,
                 //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                 QT_TRANSLATE_NOOP("Catalog", "The service has no key of the needed type at all")},
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: KRB_AP_ERR_BADKEYVER (kerberos 0x2C)
                 QT_TRANSLATE_NOOP("Catalog", "What a Windows service reports when its key is simply "
                                              "different")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Key version is not available",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x2Du, "KRB_AP_ERR_NOKEY", {"KRB5KRB_AP_ERR_NOKEY"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
            QT_TRANSLATE_NOOP("Catalog", "The service has no key with which it could decrypt the "
                                         "ticket."),
            //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
            QT_TRANSLATE_NOOP("Catalog", "The receiver looked for a key that matches the ticket "
                                         "(principal, realm and encryption type) and found none. "
                                         "Microsoft's table describes it as the server lacking a "
                                         "suitable key for the realm named in the ticket. With "
                                         "keytab-based services it usually means the keytab lacks the "
                                         "encryption type the KDC chose, for example an AES ticket for "
                                         "a keytab that holds only RC4."),
            {
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                QT_TRANSLATE_NOOP("Catalog", "The keytab lacks the encryption type of the ticket (AES "
                                             "tickets for a keytab created with RC4 only, or the "
                                             "reverse)"),
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                QT_TRANSLATE_NOOP("Catalog", "The keytab holds keys for another principal name or "
                                             "realm than the one in the ticket"),
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                QT_TRANSLATE_NOOP("Catalog", "The service was given no key at all (keytab missing or "
                                             "unreadable by the service account)"),
            },
            {
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                {QT_TRANSLATE_NOOP("Catalog", "List the principals and encryption types in the keytab"),
                 "klist -kte /etc/krb5.keytab"},
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                {QT_TRANSLATE_NOOP("Catalog", "Check which encryption types the account supports in "
                                              "Active Directory"),
                 "Get-ADUser svc-web -Properties msDS-SupportedEncryptionTypes,servicePrincipalName"},
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                {QT_TRANSLATE_NOOP("Catalog", "Check which encryption type the KDC uses for the "
                                              "service ticket"),
                 "klist get HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x2D (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x2d' or Data[@Name='Status']='0x2D']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_NO_KERB_KEY", 0,
                 //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows status for a missing Kerberos key")},
                {Family::NtStatus, "STATUS_NO_KERB_KEY", 0xC0000322u,
                 //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS form of the same condition")},
                {Family::Kerberos, "KDC_ERR_ETYPE_NOSUPP", 0xEu,
                 //: KRB_AP_ERR_NOKEY (kerberos 0x2D)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side failure when no common encryption type "
                                              "exists")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Service key not available",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x2Eu, "KRB_AP_ERR_MUT_FAIL", {"KRB5KRB_AP_ERR_MUT_FAIL"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
            QT_TRANSLATE_NOOP("Catalog", "Mutual authentication failed: the server's reply did not "
                                         "prove it holds the session key."),
            //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
            QT_TRANSLATE_NOOP("Catalog", "When the client asks for mutual authentication, the server "
                                         "answers with an AP-REP encrypted with the session key. This "
                                         "code says that reply could not be verified, so the client "
                                         "cannot be sure it talks to the real service. Microsoft's "
                                         "table gives no cause; in practice it points to the reply "
                                         "being produced by a different server or damaged on the way."),
            {
                //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                QT_TRANSLATE_NOOP("Catalog", "A different server than the one the ticket was for "
                                             "produced the reply (load balancer or DNS sending the "
                                             "connection elsewhere)"),
                //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                QT_TRANSLATE_NOOP("Catalog", "The reply was altered or truncated in transit"),
            },
            {
                //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the name resolves to the server that really "
                                              "runs the service"),
                 "nslookup web01.contoso.com"},
                //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                {QT_TRANSLATE_NOOP("Catalog", "Purge the client's tickets and request a service ticket "
                                              "for the SPN again, so the test uses fresh tickets"),
                 "klist purge"},
                //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                {QT_TRANSLATE_NOOP("Catalog", "On the Windows client, read the Kerberos event 3 entries with "
                                              "error 0x2E (System log, fields ErrorCode and ErrorMessage); if "
                                              "none are logged, turn on Kerberos error logging while you "
                                              "reproduce"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos'] and (EventID=3)] and EventData[Data[@Name='ErrorCode']='0x2e' or Data[@Name='ErrorCode']='0x2E']]\" /c:20 /rd:true /f:text", Guide::KerberosLogging},
            },
            {
                {Family::Sspi, "SEC_E_MUTUAL_AUTH_FAILED", 0,
                 //: KRB_AP_ERR_MUT_FAIL (kerberos 0x2E)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI code when the server's identity could not be "
                                              "verified")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x2Fu, "KRB_AP_ERR_BADDIRECTION", {"KRB5KRB_AP_ERR_BADDIRECTION"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
            QT_TRANSLATE_NOOP("Catalog", "A protected message came back in the wrong direction, as if "
                                         "it had been reflected."),
            //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
            QT_TRANSLATE_NOOP("Catalog", "KRB-SAFE and KRB-PRIV messages can mark which side sent "
                                         "them, so that a message cannot be sent back to its author. "
                                         "The receiver returns this when a message claims the wrong "
                                         "direction. Microsoft gives no cause; it is rare and points "
                                         "to a reflection attempt or an application that mixes up its "
                                         "own and its peer's messages."),
            {
                //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
                QT_TRANSLATE_NOOP("Catalog", "An application or library bug mixes up the sender and "
                                             "receiver roles"),
                //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
                QT_TRANSLATE_NOOP("Catalog", "A message was reflected back to its sender (an attack or "
                                             "a broken proxy)"),
            },
            {
                //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client and service from the 4768/4769 events with "
                                              "code 0x2F on the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x2f' or Data[@Name='Status']='0x2F']]\" /c:20 /rd:true /f:text"},
                //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
                {QT_TRANSLATE_NOOP("Catalog", "On the Windows client, read the Kerberos event 3 entries with "
                                              "error 0x2F (System log, fields ErrorCode and ErrorMessage); if "
                                              "none are logged, turn on Kerberos error logging while you "
                                              "reproduce"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos'] and (EventID=3)] and EventData[Data[@Name='ErrorCode']='0x2f' or Data[@Name='ErrorCode']='0x2F']]\" /c:20 /rd:true /f:text", Guide::KerberosLogging},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_BADORDER", 0x2Au,
                 //: KRB_AP_ERR_BADDIRECTION (kerberos 0x2F)
                 QT_TRANSLATE_NOOP("Catalog", "The neighbouring check on message order")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Incorrect message direction",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x30u, "KRB_AP_ERR_METHOD", {"KRB5KRB_AP_ERR_METHOD"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_METHOD (kerberos 0x30)
            QT_TRANSLATE_NOOP("Catalog", "The server asks for another authentication method; RFC 4120 "
                                         "marks this code obsolete."),
            //: KRB_AP_ERR_METHOD (kerberos 0x30)
            QT_TRANSLATE_NOOP("Catalog", "Early Kerberos let a server answer with a list of acceptable "
                                         "methods. RFC 4120 keeps the number only for compatibility, "
                                         "and Microsoft's table calls it obsolete. Seeing it today "
                                         "means an old or unusual implementation on one side."),
            {
                //: KRB_AP_ERR_METHOD (kerberos 0x30)
                QT_TRANSLATE_NOOP("Catalog", "An old or non-standard Kerberos implementation on the "
                                             "client or server"),
                //: KRB_AP_ERR_METHOD (kerberos 0x30)
                QT_TRANSLATE_NOOP("Catalog", "A service that requires a method the client did not use "
                                             "(for example a device with its own authentication "
                                             "scheme)"),
            },
            {
                //: KRB_AP_ERR_METHOD (kerberos 0x30)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client and service from the 4768/4769 events with "
                                              "code 0x30 on the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x30']]\" /c:20 /rd:true /f:text"},
                //: KRB_AP_ERR_METHOD (kerberos 0x30)
                {QT_TRANSLATE_NOOP("Catalog", "Check the product documentation of the service for the "
                                              "authentication methods it supports"),
                 nullptr},
            },
            {
                {Family::Sspi, "SEC_E_UNSUPPORTED_FUNCTION", 0,
                 //: KRB_AP_ERR_METHOD (kerberos 0x30)
                 QT_TRANSLATE_NOOP("Catalog", "A generic SSPI refusal of something the package does "
                                              "not do")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Alternative authentication method required",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x31u, "KRB_AP_ERR_BADSEQ", {"KRB5KRB_AP_ERR_BADSEQ"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
            QT_TRANSLATE_NOOP("Catalog", "A protected message carries a sequence number the receiver "
                                         "does not expect."),
            //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
            QT_TRANSLATE_NOOP("Catalog", "After authentication, the two sides can number their "
                                         "KRB-SAFE and KRB-PRIV messages. This code says a message had "
                                         "the wrong number, meaning one was lost, repeated or "
                                         "inserted. Microsoft gives no cause; it shows up in "
                                         "applications that exchange protected messages, not in logon."),
            {
                //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                QT_TRANSLATE_NOOP("Catalog", "A message was lost, duplicated or reordered"),
                //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                QT_TRANSLATE_NOOP("Catalog", "The application restarted its message numbering without "
                                             "a new authentication"),
            },
            {
                //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client and service from the 4768/4769 events with "
                                              "code 0x31 on the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x31']]\" /c:20 /rd:true /f:text"},
                //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                {QT_TRANSLATE_NOOP("Catalog", "Check the application's own log around the failure for "
                                              "retransmissions or reconnects"),
                 nullptr},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_BADORDER", 0x2Au,
                 //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                 QT_TRANSLATE_NOOP("Catalog", "The related out-of-order failure")},
                {Family::Sspi, "SEC_E_OUT_OF_SEQUENCE", 0,
                 //: KRB_AP_ERR_BADSEQ (kerberos 0x31)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI form of a message that arrives out of sequence")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Incorrect sequence number in message",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x32u, "KRB_AP_ERR_INAPP_CKSUM", {"KRB5KRB_AP_ERR_INAPP_CKSUM"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
            QT_TRANSLATE_NOOP("Catalog", "The message uses a checksum type that is not acceptable "
                                         "here."),
            //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
            QT_TRANSLATE_NOOP("Catalog", "Some fields must be protected by a keyed, collision-proof "
                                         "checksum. Microsoft's table says the KDC returns this when "
                                         "the checksum in a TGS request authenticator is not of such a "
                                         "type; a checksum of the right type that simply does not "
                                         "match gives KRB_AP_ERR_MODIFIED instead. It points to an old "
                                         "client or library using weak checksum types."),
            {
                //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                QT_TRANSLATE_NOOP("Catalog", "An old client or library uses a checksum type the KDC no "
                                             "longer accepts (for example after DES or RC4 was turned "
                                             "off)"),
                //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                QT_TRANSLATE_NOOP("Catalog", "A client configured with weak or unusual encryption and "
                                             "checksum types in krb5.conf"),
            },
            {
                //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux client, check the configured encryption "
                                              "types"),
                 "grep -iE 'enctypes|allow_weak_crypto' /etc/krb5.conf"},
                //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                {QT_TRANSLATE_NOOP("Catalog", "Check the encryption types the account supports in "
                                              "Active Directory"),
                 "Get-ADComputer client01 -Properties msDS-SupportedEncryptionTypes"},
                //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x32 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x32']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_MODIFIED", 0x29u,
                 //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                 QT_TRANSLATE_NOOP("Catalog", "Returned instead when the checksum type is fine but the "
                                              "value does not match")},
                {Family::Kerberos, "KDC_ERR_SUMTYPE_NOSUPP", 0xFu,
                 //: KRB_AP_ERR_INAPP_CKSUM (kerberos 0x32)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC lacks support for the checksum type altogether")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Inappropriate type of checksum in message",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x33u, "KRB_AP_PATH_NOT_ACCEPTED", {"KRB5KRB_AP_PATH_NOT_ACCEPTED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
            QT_TRANSLATE_NOOP("Catalog", "The application server's policy rejects the chain of realms "
                                         "the ticket passed through."),
            //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
            QT_TRANSLATE_NOOP("Catalog", "A cross-realm ticket records the realms it passed through "
                                         "(the transited field). A service that checks this path "
                                         "against its policy rejects tickets that came through realms "
                                         "it does not trust. Microsoft's table labels it \"Desired path "
                                         "is unreachable\" and gives no cause. It is the service-side "
                                         "twin of KDC_ERR_PATH_NOT_ACCEPTED (0x1C), which a KDC "
                                         "returns."),
            {
                //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                QT_TRANSLATE_NOOP("Catalog", "A cross-realm path goes through a realm the service's "
                                             "policy does not accept (MIT [capaths] or an equivalent "
                                             "setting)"),
                //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                QT_TRANSLATE_NOOP("Catalog", "Trusts between Active Directory and a non-Windows realm "
                                             "are configured differently on each side"),
            },
            {
                //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux service, review the realm paths it accepts"),
                 "grep -A10 -i capaths /etc/krb5.conf"},
                //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                {QT_TRANSLATE_NOOP("Catalog", "List the trusts of the Windows domain and their "
                                              "direction"),
                 "nltest /domain_trusts /all_trusts /v"},
                //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x33 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x33']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KDC_ERR_PATH_NOT_ACCEPTED", 0x1Cu,
                 //: KRB_AP_PATH_NOT_ACCEPTED (kerberos 0x33)
                 QT_TRANSLATE_NOOP("Catalog", "The same rejection made by a KDC instead of the service")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Policy rejects transited path",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x34u, "KRB_ERR_RESPONSE_TOO_BIG", {"KRB5KRB_ERR_RESPONSE_TOO_BIG"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
            QT_TRANSLATE_NOOP("Catalog", "The KDC's reply does not fit in a UDP datagram; the client "
                                         "should retry over TCP."),
            //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
            QT_TRANSLATE_NOOP("Catalog", "A KDC whose reply exceeds its maximum UDP size "
                                         "(MaxDatagramReplySize, 1465 bytes by default on Windows) "
                                         "answers a UDP request with this code, and the client repeats "
                                         "the request over TCP. Windows clients have used TCP first "
                                         "since Windows Vista (MaxPacketSize 0), so on Windows it is "
                                         "informational. It becomes a failure only when TCP port 88 to "
                                         "the KDC is blocked or a non-Windows client cannot switch to "
                                         "TCP."),
            {
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                QT_TRANSLATE_NOOP("Catalog", "Large tickets (users in many groups, big PAC) sent over "
                                             "UDP: the normal trigger, followed by a TCP retry"),
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                QT_TRANSLATE_NOOP("Catalog", "A firewall blocks TCP port 88 to the domain controllers, "
                                             "so the retry over TCP fails"),
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                QT_TRANSLATE_NOOP("Catalog", "A client was forced to UDP (MaxPacketSize set, or "
                                             "udp_preference_limit raised in krb5.conf)"),
            },
            {
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                {QT_TRANSLATE_NOOP("Catalog", "Test that TCP port 88 on the domain controller is "
                                              "reachable from the client"),
                 "Test-NetConnection dc01.contoso.com -Port 88"},
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the Windows client was forced to UDP"),
                 "reg query HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v MaxPacketSize"},
                //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux client, check the UDP preference limit"),
                 "grep -i udp_preference_limit /etc/krb5.conf"},
            },
            {
                {Family::Kerberos, "KRB_ERR_GENERIC", 0x3Cu,
                 //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                 QT_TRANSLATE_NOOP("Catalog", "A PAC that is too large can also surface as a generic "
                                              "error")},
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: KRB_ERR_RESPONSE_TOO_BIG (kerberos 0x34)
                 QT_TRANSLATE_NOOP("Catalog", "Large tickets from many group memberships also overflow "
                                              "token buffers")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Response too big for UDP, retry with TCP",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x3Cu, "KRB_ERR_GENERIC", {"KRB5KRB_ERR_GENERIC"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_ERR_GENERIC (kerberos 0x3C)
            QT_TRANSLATE_NOOP("Catalog", "A generic Kerberos error; the real reason, if any, is in the "
                                         "error's e-text or in the KDC's logs."),
            //: KRB_ERR_GENERIC (kerberos 0x3C)
            QT_TRANSLATE_NOOP("Catalog", "Implementations use this code when no specific one fits, and "
                                         "may add a text (e-text) or extended error data. Microsoft's "
                                         "table lists as typical causes a PAC too large because of "
                                         "group membership, recent password changes not yet "
                                         "replicated, the crypto subsystem out of memory, and an SPN "
                                         "that is too long or has too many parts. MIT tools print "
                                         "\"Generic error (see e-text)\" followed by the text when there "
                                         "is one."),
            {
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                QT_TRANSLATE_NOOP("Catalog", "The user is in so many groups that the PAC, and so the "
                                             "ticket, grows too large"),
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                QT_TRANSLATE_NOOP("Catalog", "A password was changed recently and has not replicated "
                                             "to the domain controller that answered"),
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                QT_TRANSLATE_NOOP("Catalog", "The SPN requested is too long or has too many components"),
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                QT_TRANSLATE_NOOP("Catalog", "The domain controller's crypto subsystem ran out of "
                                             "memory (Microsoft's table)"),
            },
            {
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                {QT_TRANSLATE_NOOP("Catalog", "On the Windows client, read the Kerberos event 3 entries with "
                                              "error 0x3C (System log, fields ErrorCode and ErrorMessage); if "
                                              "none are logged, turn on Kerberos error logging while you "
                                              "reproduce"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos'] and (EventID=3)] and EventData[Data[@Name='ErrorCode']='0x3c' or Data[@Name='ErrorCode']='0x3C']]\" /c:20 /rd:true /f:text", Guide::KerberosLogging},
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                {QT_TRANSLATE_NOOP("Catalog", "Count the user's group memberships, including nested "
                                              "ones"),
                 "whoami /groups | find /c \"S-1-\""},
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                {QT_TRANSLATE_NOOP("Catalog", "Check replication of the domain controllers that serve "
                                              "the account"),
                 "repadmin /showrepl"},
                //: KRB_ERR_GENERIC (kerberos 0x3C)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x3C (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x3c' or Data[@Name='Status']='0x3C']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Kerberos, "KRB_ERR_RESPONSE_TOO_BIG", 0x34u,
                 //: KRB_ERR_GENERIC (kerberos 0x3C)
                 QT_TRANSLATE_NOOP("Catalog", "A large ticket over UDP gives this more specific code "
                                              "first")},
                {Family::Sspi, "SEC_E_BUFFER_TOO_SMALL", 0,
                 //: KRB_ERR_GENERIC (kerberos 0x3C)
                 QT_TRANSLATE_NOOP("Catalog", "A large PAC can also overflow the application's token "
                                              "buffer")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Generic error (see e-text)",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x3Du, "KRB_ERR_FIELD_TOOLONG", {"KRB5KRB_ERR_FIELD_TOOLONG"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
            QT_TRANSLATE_NOOP("Catalog", "A field of the request is longer than the implementation "
                                         "accepts."),
            //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120 lets an implementation refuse fields it cannot "
                                         "handle. Over TCP, Kerberos messages are preceded by a 4-byte "
                                         "length whose high bit is reserved; Microsoft's table says a "
                                         "KDC that receives a length with that bit set returns this "
                                         "code and closes the connection. Oversized names or padata "
                                         "from a faulty client can cause it too."),
            {
                //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                QT_TRANSLATE_NOOP("Catalog", "A client or device sends a TCP length prefix with the "
                                             "reserved high bit set"),
                //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                QT_TRANSLATE_NOOP("Catalog", "Something other than a Kerberos client talks to port 88 "
                                             "(a scanner or a misdirected protocol)"),
                //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                QT_TRANSLATE_NOOP("Catalog", "A client sends an unusually long name or "
                                             "pre-authentication field"),
            },
            {
                //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                {QT_TRANSLATE_NOOP("Catalog", "Identify the client address from the failure events on "
                                              "the domain controller"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x3d' or Data[@Name='Status']='0x3D']]\" /c:20 /rd:true /f:text"},
                //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                {QT_TRANSLATE_NOOP("Catalog", "Capture the TCP exchange with that client on port 88 "
                                              "and check the 4-byte length prefix"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\kerb.etl"},
            },
            {
                {Family::Kerberos, "KRB_ERR_GENERIC", 0x3Cu,
                 //: KRB_ERR_FIELD_TOOLONG (kerberos 0x3D)
                 QT_TRANSLATE_NOOP("Catalog", "The catch-all code some KDCs use for the same kind of "
                                              "malformed input")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Field is too long for this implementation",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x3Eu, "KDC_ERR_CLIENT_NOT_TRUSTED", {"KDC_ERROR_CLIENT_NOT_TRUSTED", "KRB5KDC_ERR_CLIENT_NOT_TRUSTED"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the KDC does not accept the client's certificate for "
                                         "smart card or certificate logon."),
            //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
            QT_TRANSLATE_NOOP("Catalog", "In certificate logon (PKINIT) the KDC validates the user's "
                                         "certificate. The PKINIT specification reserves this code for "
                                         "a client public key refused for reasons not covered by a "
                                         "more specific code, and Microsoft's table names the usual "
                                         "Windows causes: the user's certificate was revoked, or its "
                                         "root CA is not trusted by the domain controller. The KDC "
                                         "also logs PKINIT errors in its System log (KDC event 21, on "
                                         "by default)."),
            {
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                QT_TRANSLATE_NOOP("Catalog", "The smart card certificate's root CA is not trusted by "
                                             "the domain controller, or the issuing CA is not in the "
                                             "forest's NTAuth store"),
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                QT_TRANSLATE_NOOP("Catalog", "The user's certificate is revoked"),
            },
            {
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the issuing CA of the smart card certificate "
                                              "is in the NTAuth store of the forest"),
                 "certutil -viewstore -enterprise NTAuth"},
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                {QT_TRANSLATE_NOOP("Catalog", "Verify that the smart card certificate chains to a trusted "
                                              "root, with fresh downloads, as the domain controller would"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                {QT_TRANSLATE_NOOP("Catalog", "On the domain controller, read the KDC events about "
                                              "certificate logon"),
                 "Get-WinEvent -FilterHashtable @{LogName='System';ProviderName='Microsoft-Windows-Kerberos-Key-Distribution-Center'} -MaxEvents 20 | Format-List Id,TimeCreated,Message"},
                //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x3E (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x3e' or Data[@Name='Status']='0x3E']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                 QT_TRANSLATE_NOOP("Catalog", "The client-side code for an untrusted smart card issuer")},
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0,
                 //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                 QT_TRANSLATE_NOOP("Catalog", "The client-side code for a revoked smart card "
                                              "certificate")},
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: KDC_ERR_CLIENT_NOT_TRUSTED (kerberos 0x3E)
                 QT_TRANSLATE_NOOP("Catalog", "Windows' message that the smart card certificate was "
                                              "not trusted")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x3Fu, "KDC_ERR_KDC_NOT_TRUSTED", {"KDC_ERROR_KDC_NOT_TRUSTED", "KRB5KDC_ERR_KDC_NOT_TRUSTED"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the client could not find a KDC certificate it "
                                         "trusts."),
            //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
            QT_TRANSLATE_NOOP("Catalog", "In certificate logon the client also verifies the KDC's "
                                         "certificate. Microsoft's table says this code means the KDC "
                                         "has no certificate signed by any CA the client lists as "
                                         "trusted. It points to the domain controller's certificate "
                                         "(missing, or issued by a CA the client does not trust) "
                                         "rather than to the user's."),
            {
                //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                QT_TRANSLATE_NOOP("Catalog", "The domain controller has no certificate for KDC "
                                             "authentication (Domain Controller Authentication or "
                                             "Kerberos Authentication template)"),
                //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                QT_TRANSLATE_NOOP("Catalog", "The domain controller's certificate chains to a CA the "
                                             "client does not trust"),
            },
            {
                //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                {QT_TRANSLATE_NOOP("Catalog", "Check the domain controllers' certificates and verify "
                                              "their chains (run from any domain member)"),
                 "certutil -dcinfo verify"},
                //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                {QT_TRANSLATE_NOOP("Catalog", "On the client, check that the CA of the domain "
                                              "controller certificate is in the trusted root store"),
                 "certutil -store Root"},
                //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x3F (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x3f' or Data[@Name='Status']='0x3F']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED_KDC", 0,
                 //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                 QT_TRANSLATE_NOOP("Catalog", "The client-side code for an untrusted domain controller "
                                              "certificate")},
                {Family::NtStatus, "STATUS_ISSUING_CA_UNTRUSTED_KDC", 0xC000040Du,
                 //: KDC_ERR_KDC_NOT_TRUSTED (kerberos 0x3F)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS form of the same condition")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "KDC not trusted",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x40u, "KDC_ERR_INVALID_SIG", {"KDC_ERROR_INVALID_SIG", "KRB5KDC_ERR_INVALID_SIG"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_INVALID_SIG (kerberos 0x40)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the signature on the certificate logon request did "
                                         "not verify."),
            //: KDC_ERR_INVALID_SIG (kerberos 0x40)
            QT_TRANSLATE_NOOP("Catalog", "The client signs its PKINIT request with the private key of "
                                         "its certificate, and the KDC verifies that signature with "
                                         "the certificate's public key. This code says the "
                                         "verification failed, so the request was not signed by the "
                                         "holder of the certificate presented, or was altered."),
            {
                //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                QT_TRANSLATE_NOOP("Catalog", "The certificate sent does not match the key that signed "
                                             "the request (smart card or middleware mix-up, wrong "
                                             "certificate selected)"),
                //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                QT_TRANSLATE_NOOP("Catalog", "The signature algorithm or key is not supported by the "
                                             "KDC"),
                //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                QT_TRANSLATE_NOOP("Catalog", "The request was altered in transit"),
            },
            {
                //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates on the smart card and check that "
                                              "the one used has its private key"),
                 "certutil -scinfo"},
                //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x40 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x40']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                 QT_TRANSLATE_NOOP("Catalog", "A smart card logon failure as Windows reports it to the "
                                              "client")},
                {Family::NtStatus, "STATUS_PKINIT_CLIENT_FAILURE", 0xC000038Cu,
                 //: KDC_ERR_INVALID_SIG (kerberos 0x40)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS twin of SEC_E_PKINIT_CLIENT_FAILURE (same name, "
                                              "at the same place in the NTSTATUS range)")},
            },
            {},
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x41u, "KDC_ERR_KEY_TOO_WEAK", {"KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED", "KRB5KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the client's Diffie-Hellman key parameters do not "
                                         "meet the KDC's policy."),
            //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120 names code 65 KDC_ERR_KEY_TOO_WEAK; the PKINIT "
                                         "specification, MIT and Heimdal call it "
                                         "KDC_ERR_DH_KEY_PARAMETERS_NOT_ACCEPTED. The KDC returns it "
                                         "when the client offers Diffie-Hellman parameters it does not "
                                         "accept (for example a prime that is too small), together "
                                         "with the list of parameters it supports, so that the client "
                                         "can retry. Microsoft's table labels it \"A higher encryption "
                                         "level is needed\"."),
            {
                //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
                QT_TRANSLATE_NOOP("Catalog", "The client offers a Diffie-Hellman group smaller than "
                                             "the KDC requires"),
                //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
                QT_TRANSLATE_NOOP("Catalog", "Client and KDC share no acceptable key agreement method "
                                             "(old client or hardened KDC)"),
            },
            {
                //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux PKINIT client, check the configured minimum "
                                              "Diffie-Hellman size"),
                 "grep -i pkinit_dh_min_bits /etc/krb5.conf"},
                //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x41 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x41']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_STRONG_CRYPTO_NOT_SUPPORTED", 0,
                 //: KDC_ERR_KEY_TOO_WEAK (kerberos 0x41)
                 QT_TRANSLATE_NOOP("Catalog", "The SSPI code when the other side requires stronger "
                                              "cryptography")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5)
                "Key parameters not accepted",
                // source: samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "DH parameters not accepted",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x42u, "KDC_ERR_CERTIFICATE_MISMATCH", {"KRB5KDC_ERR_CERTIFICATE_MISMATCH"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the certificate used does not match what the other "
                                         "side expected (RFC 4120 meaning; Microsoft labels 0x42 "
                                         "differently)."),
            //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120, MIT and Heimdal give 66 (0x42) to "
                                         "KDC_ERR_CERTIFICATE_MISMATCH, reserved for certificate "
                                         "logon; Heimdal's text is \"The incorrect certificate was "
                                         "used\". Microsoft's 4768/4769 tables instead label 0x42 "
                                         "KRB_AP_ERR_USER_TO_USER_REQUIRED, a name every other source "
                                         "puts at 69 (0x45), and describe a service that requires "
                                         "user-to-user authentication. Which of the two a Windows "
                                         "domain controller means when it logs 0x42 is not "
                                         "established: read the event's account and service names, and "
                                         "consider both a certificate logon problem and user-to-user."),
            {
                //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                QT_TRANSLATE_NOOP("Catalog", "Certificate logon: the certificate presented is not the "
                                             "one the KDC or client expected for this principal"),
                //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                QT_TRANSLATE_NOOP("Catalog", "If Microsoft's label applies: the service's SPN is on a "
                                             "user account and the service requires user-to-user "
                                             "authentication"),
            },
            {
                //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x42 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x42']]\" /c:20 /rd:true /f:text"},
                //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                {QT_TRANSLATE_NOOP("Catalog", "Check whether the SPN of the service belongs to a user "
                                              "account rather than a computer or managed service "
                                              "account"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                {QT_TRANSLATE_NOOP("Catalog", "If the failing logon uses a smart card or certificate, verify "
                                              "that certificate's chain and revocation with fresh downloads, "
                                              "as the domain controller would"),
                 "certutil -verify -urlfetch user.cer"},
            },
            {
                {Family::Kerberos, "KRB_AP_ERR_USER_TO_USER_REQUIRED", 0x45u,
                 //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                 QT_TRANSLATE_NOOP("Catalog", "The name Microsoft's tables print for 0x42; RFC 4120 "
                                              "gives it 0x45")},
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 //: KDC_ERR_CERTIFICATE_MISMATCH (kerberos 0x42)
                 QT_TRANSLATE_NOOP("Catalog", "Another certificate logon failure where the certificate "
                                              "does not fit the account")},
            },
            {
                // source: samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "The incorrect certificate was used",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x43u, "KRB_AP_ERR_NO_TGT", {"KRB5KRB_AP_ERR_NO_TGT"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
            QT_TRANSLATE_NOOP("Catalog", "User-to-user: no ticket-granting ticket was available to "
                                         "complete the exchange."),
            //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
            QT_TRANSLATE_NOOP("Catalog", "In user-to-user authentication the service proves itself "
                                         "with its own TGT instead of a long-term key, and the KDC "
                                         "encrypts the client's ticket with that TGT's session key. "
                                         "This code says the TGT needed for that was not presented or "
                                         "not available. Microsoft's table describes it as the service "
                                         "having no TGT to offer; on Windows the client typically "
                                         "reports SEC_E_NO_TGT_REPLY."),
            {
                //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                QT_TRANSLATE_NOOP("Catalog", "The service runs under a user account whose logon "
                                             "session has no TGT (for example a process started with "
                                             "cached or network-only credentials)"),
                //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on a user account, so the KDC asks "
                                             "for user-to-user and the service cannot take part"),
            },
            {
                //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that owns the SPN; moving it to a "
                                              "computer or managed service account avoids user-to-user"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                {QT_TRANSLATE_NOOP("Catalog", "On the service host, check that the service's logon "
                                              "session holds a TGT"),
                 "klist tgt"},
                //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                {QT_TRANSLATE_NOOP("Catalog", "On a domain controller, list recent 4768/4769 failures with "
                                              "code 0x43 (Result Code in 4768, Failure Code in 4769); the "
                                              "account, service and client address show who is affected"),
                 "wevtutil qe Security /q:\"*[System[(EventID=4768 or EventID=4769)] and EventData[Data[@Name='Status']='0x43']]\" /c:20 /rd:true /f:text"},
            },
            {
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0,
                 //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code when the server sent no TGT for "
                                              "user-to-user")},
                {Family::Kerberos, "KDC_ERR_MUST_USE_USER2USER", 0x1Bu,
                 //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC's answer that starts user-to-user in the first "
                                              "place")},
                {Family::Kerberos, "KRB_AP_ERR_USER_TO_USER_REQUIRED", 0x45u,
                 //: KRB_AP_ERR_NO_TGT (kerberos 0x43)
                 QT_TRANSLATE_NOOP("Catalog", "The service-side demand for a user-to-user ticket")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5)
                "No ticket granting ticket",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x44u, "KDC_ERR_WRONG_REALM", {"KRB5KDC_ERR_WRONG_REALM"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KDC_ERR_WRONG_REALM (kerberos 0x44)
            QT_TRANSLATE_NOOP("Catalog", "The request reached a KDC of the wrong realm, or the KDC "
                                         "refers the client to another realm."),
            //: KDC_ERR_WRONG_REALM (kerberos 0x44)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120 only reserves 68; Microsoft's table describes it as "
                                         "rare, seen when a cross-realm TGT is presented to a realm "
                                         "other than the one named in it, usually because of a bad DNS "
                                         "configuration. Kerberos referrals (RFC 6806) also use it on "
                                         "purpose to tell a client that its principal lives in another "
                                         "realm, so a referral-aware client follows it without "
                                         "failing. MIT prints \"Realm not local to KDC\"."),
            {
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                QT_TRANSLATE_NOOP("Catalog", "DNS SRV records or krb5.conf send the client to the KDCs "
                                             "of another realm"),
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                QT_TRANSLATE_NOOP("Catalog", "A cross-realm TGT is presented to a realm other than the "
                                             "one it was issued for"),
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                QT_TRANSLATE_NOOP("Catalog", "A client referral (enterprise or UPN-suffix logon) that "
                                             "the client does not follow"),
            },
            {
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                {QT_TRANSLATE_NOOP("Catalog", "Check which KDCs DNS returns for the realm"),
                 "nslookup -type=SRV _kerberos._tcp.contoso.com"},
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                {QT_TRANSLATE_NOOP("Catalog", "Check which domain controller the Windows client uses "
                                              "for the realm"),
                 "nltest /dsgetdc:contoso.com /kdc"},
                //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                {QT_TRANSLATE_NOOP("Catalog", "On Linux, review the [realms] and [domain_realm] "
                                              "sections of krb5.conf"),
                 "grep -A20 -E '\\[realms\\]|\\[domain_realm\\]' /etc/krb5.conf"},
            },
            {
                {Family::Sspi, "SEC_E_KDC_UNABLE_TO_REFER", 0,
                 //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC could not produce a referral to the right realm")},
                {Family::Kerberos, "KRB_AP_ERR_NOT_US", 0x23u,
                 //: KDC_ERR_WRONG_REALM (kerberos 0x44)
                 QT_TRANSLATE_NOOP("Catalog", "A ticket that reached the wrong service rather than the "
                                              "wrong KDC")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5)
                "Realm not local to KDC",
            },
            {EventSite{4768, "Status"}, EventSite{4769, "Status"}, EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x45u, "KRB_AP_ERR_USER_TO_USER_REQUIRED", {"KRB5KRB_AP_ERR_USER_TO_USER_REQUIRED", "KRB5_AP_ERR_USER_TO_USER_REQUIRED"}, Severity::Error,
            Category::KerberosKdc, Kerberos,
            nullptr,
            //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
            QT_TRANSLATE_NOOP("Catalog", "The service accepts only user-to-user tickets, encrypted "
                                         "with its TGT session key."),
            //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
            QT_TRANSLATE_NOOP("Catalog", "A service that has no long-term key of its own (a user "
                                         "logged on interactively, for example) can require "
                                         "user-to-user authentication and answer an ordinary AP "
                                         "request with this code; the client must then get a ticket "
                                         "encrypted with the service's TGT session key. RFC 4120, MIT "
                                         "and Heimdal give it 69 (0x45). Microsoft's event tables stop "
                                         "at 0x44 and print this name for 0x42 instead."),
            {
                //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                QT_TRANSLATE_NOOP("Catalog", "The SPN is registered on a user account rather than on "
                                             "the computer or service account that runs the service"),
                //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                QT_TRANSLATE_NOOP("Catalog", "The client does not support user-to-user, or tries it "
                                             "over UDP"),
            },
            {
                //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                {QT_TRANSLATE_NOOP("Catalog", "Find the account that owns the SPN; moving it to a "
                                              "computer or managed service account avoids user-to-user"),
                 "setspn -F -Q HTTP/web01.contoso.com"},
                //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                {QT_TRANSLATE_NOOP("Catalog", "On the Windows client, read the Kerberos event 3 entries with "
                                              "error 0x45 (System log, fields ErrorCode and ErrorMessage); if "
                                              "none are logged, turn on Kerberos error logging while you "
                                              "reproduce"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos'] and (EventID=3)] and EventData[Data[@Name='ErrorCode']='0x45']]\" /c:20 /rd:true /f:text", Guide::KerberosLogging},
            },
            {
                {Family::Sspi, "SEC_E_NO_TGT_REPLY", 0,
                 //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code when the server then sends no "
                                              "TGT")},
                {Family::NtStatus, "STATUS_NO_TGT_REPLY", 0xC00002EFu,
                 //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS twin of SEC_E_NO_TGT_REPLY (same name and "
                                              "message text)")},
                {Family::Kerberos, "KDC_ERR_MUST_USE_USER2USER", 0x1Bu,
                 //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC-side counterpart: the server principal is valid "
                                              "for user-to-user only")},
                {Family::Kerberos, "KDC_ERR_CERTIFICATE_MISMATCH", 0x42u,
                 //: KRB_AP_ERR_USER_TO_USER_REQUIRED (kerberos 0x45)
                 QT_TRANSLATE_NOOP("Catalog", "Microsoft's event tables print this name for 0x42")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5) and samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "User to user required",
            },
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x46u, "KDC_ERR_CANT_VERIFY_CERTIFICATE", {"KRB5KDC_ERR_CANT_VERIFY_CERTIFICATE"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the KDC could not build a certification path to "
                                         "validate the client's certificate."),
            //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
            QT_TRANSLATE_NOOP("Catalog", "During certificate logon the KDC must chain the client's "
                                         "certificate to a trust anchor it accepts. When it cannot, "
                                         "the PKINIT specification has it return this code with the "
                                         "list of CAs it trusts, so that a client with other "
                                         "certificates can retry. Microsoft's event tables do not list "
                                         "it."),
            {
                //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                QT_TRANSLATE_NOOP("Catalog", "The client did not send the intermediate CA certificates "
                                             "and the KDC cannot find them"),
                //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                QT_TRANSLATE_NOOP("Catalog", "The client's certificate was issued by a CA the KDC does "
                                             "not trust"),
            },
            {
                //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the smart card certificate with fresh downloads, as the "
                                              "domain controller would; the output shows where the chain stops"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                {QT_TRANSLATE_NOOP("Catalog", "Check that the issuing CA of the smart card certificate "
                                              "is in the NTAuth store of the forest"),
                 "certutil -viewstore -enterprise NTAuth"},
            },
            {
                {Family::Sspi, "SEC_E_ISSUING_CA_UNTRUSTED", 0,
                 //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code for an untrusted smart card "
                                              "issuer")},
                {Family::Kerberos, "KDC_ERR_CLIENT_NOT_TRUSTED", 0x3Eu,
                 //: KDC_ERR_CANT_VERIFY_CERTIFICATE (kerberos 0x46)
                 QT_TRANSLATE_NOOP("Catalog", "The broader refusal of the client's certificate")},
            },
            {},
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x47u, "KDC_ERR_INVALID_CERTIFICATE", {"KRB5KDC_ERR_INVALID_CERTIFICATE"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: a certificate in the client's chain has an invalid "
                                         "signature."),
            //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
            QT_TRANSLATE_NOOP("Catalog", "While checking the client's certification path, the KDC "
                                         "found a certificate whose signature does not verify. The "
                                         "PKINIT specification has it return this code and name the "
                                         "bad certificates in the error data. Microsoft's event tables "
                                         "do not list it."),
            {
                //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                QT_TRANSLATE_NOOP("Catalog", "A damaged or tampered certificate on the smart card or "
                                             "in the request"),
                //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                QT_TRANSLATE_NOOP("Catalog", "A certificate signed with an algorithm the KDC does not "
                                             "accept"),
            },
            {
                //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the smart card certificate with fresh downloads, as the "
                                              "domain controller would, and look for the certificate of the "
                                              "chain whose signature fails"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                {QT_TRANSLATE_NOOP("Catalog", "List the certificates on the smart card"),
                 "certutil -scinfo"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_CLIENT_FAILURE", 0,
                 //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                 QT_TRANSLATE_NOOP("Catalog", "A smart card certificate the domain controller did not "
                                              "trust")},
                {Family::Kerberos, "KDC_ERR_CANT_VERIFY_CERTIFICATE", 0x46u,
                 //: KDC_ERR_INVALID_CERTIFICATE (kerberos 0x47)
                 QT_TRANSLATE_NOOP("Catalog", "The path could not be built at all")},
            },
            {},
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x48u, "KDC_ERR_REVOKED_CERTIFICATE", {"KRB5KDC_ERR_REVOKED_CERTIFICATE"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: a certificate in the client's chain has been "
                                         "revoked."),
            //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
            QT_TRANSLATE_NOOP("Catalog", "When the KDC checks revocation of the client's certification "
                                         "path and finds a revoked certificate, the PKINIT "
                                         "specification requires this code. Windows clients report a "
                                         "revoked smart card certificate as "
                                         "SEC_E_SMARTCARD_CERT_REVOKED. Microsoft's event tables do "
                                         "not list the Kerberos code."),
            {
                //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                QT_TRANSLATE_NOOP("Catalog", "The user's smart card certificate was revoked (card "
                                             "lost, replaced or user left)"),
                //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                QT_TRANSLATE_NOOP("Catalog", "An intermediate CA certificate in the chain was revoked"),
            },
            {
                //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the smart card certificate with fresh revocation data; "
                                              "the output shows which certificate of the chain is revoked and "
                                              "by which CRL or OCSP answer"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                {QT_TRANSLATE_NOOP("Catalog", "Check the issuing CA's list of revoked certificates for "
                                              "the serial number"),
                 "certutil -view -restrict \"Disposition=21\" -out \"SerialNumber,RevokedWhen,RevokedReason\""},
            },
            {
                {Family::Sspi, "SEC_E_SMARTCARD_CERT_REVOKED", 0,
                 //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code for a revoked smart card "
                                              "certificate")},
                {Family::HResult, "CRYPT_E_REVOKED", 0x80092010u,
                 //: KDC_ERR_REVOKED_CERTIFICATE (kerberos 0x48)
                 QT_TRANSLATE_NOOP("Catalog", "The certificate chain result behind a revoked "
                                              "certificate")},
            },
            {},
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x49u, "KDC_ERR_REVOCATION_STATUS_UNKNOWN", {"KRB5KDC_ERR_REVOCATION_STATUS_UNKNOWN"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the KDC tried to check the revocation of the "
                                         "client's certificates and could not tell."),
            //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
            QT_TRANSLATE_NOOP("Catalog", "The PKINIT specification has the KDC return this code when "
                                         "its policy asks for a revocation check and the check gives "
                                         "no answer, typically because the CRL or OCSP responder "
                                         "cannot be reached or the CRL has expired. Windows reports "
                                         "the same situation to clients as SEC_E_REVOCATION_OFFLINE_C. "
                                         "Microsoft's event tables do not list the Kerberos code."),
            {
                //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                QT_TRANSLATE_NOOP("Catalog", "The domain controller cannot download the CRL or reach "
                                             "the OCSP responder named in the certificate"),
                //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                QT_TRANSLATE_NOOP("Catalog", "The published CRL has expired and was not renewed"),
            },
            {
                //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                {QT_TRANSLATE_NOOP("Catalog", "Verify the smart card certificate with fresh downloads and look "
                                              "for the CRL or OCSP locations that give no answer"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                {QT_TRANSLATE_NOOP("Catalog", "Check the CRL and AIA locations configured on the "
                                              "issuing CA"),
                 "certutil -getreg CA\\CRLPublicationURLs"},
            },
            {
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code when the smart card "
                                              "certificate's revocation could not be checked")},
                {Family::HResult, "CRYPT_E_REVOCATION_OFFLINE", 0x80092013u,
                 //: KDC_ERR_REVOCATION_STATUS_UNKNOWN (kerberos 0x49)
                 QT_TRANSLATE_NOOP("Catalog", "The chain result when the revocation server is offline")},
            },
            {},
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x4Au, "KDC_ERR_REVOCATION_STATUS_UNAVAILABLE", {"KRB5KDC_ERR_REVOCATION_STATUS_UNAVAILABLE"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT (earlier drafts): revocation information for the "
                                         "client's certificate was not available."),
            //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120 reserves 74 for certificate logon, and MIT and "
                                         "Heimdal name it KDC_ERR_REVOCATION_STATUS_UNAVAILABLE. The "
                                         "final PKINIT specification no longer lists it and uses "
                                         "KDC_ERR_REVOCATION_STATUS_UNKNOWN (0x49) when the revocation "
                                         "status cannot be determined, so treat the two the same way. "
                                         "Microsoft's event tables do not list it."),
            {
                //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                QT_TRANSLATE_NOOP("Catalog", "The KDC cannot reach the CRL distribution point or OCSP "
                                             "responder"),
                //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                QT_TRANSLATE_NOOP("Catalog", "An older PKINIT implementation that still uses this code "
                                             "for an offline revocation source"),
            },
            {
                //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                {QT_TRANSLATE_NOOP("Catalog", "Run the same verification on the domain controller itself, with "
                                              "fresh downloads: revocation servers that only the domain "
                                              "controller cannot reach show up there"),
                 "certutil -verify -urlfetch user.cer"},
                //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                {QT_TRANSLATE_NOOP("Catalog", "Check the CRL and AIA locations configured on the "
                                              "issuing CA"),
                 "certutil -getreg CA\\CRLPublicationURLs"},
            },
            {
                {Family::Kerberos, "KDC_ERR_REVOCATION_STATUS_UNKNOWN", 0x49u,
                 //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                 QT_TRANSLATE_NOOP("Catalog", "The code the final PKINIT specification uses for the "
                                              "same situation")},
                {Family::Sspi, "SEC_E_REVOCATION_OFFLINE_C", 0,
                 //: KDC_ERR_REVOCATION_STATUS_UNAVAILABLE (kerberos 0x4A)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code when revocation could not be "
                                              "checked")},
            },
            {},
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x4Bu, "KDC_ERR_CLIENT_NAME_MISMATCH", {"KRB5KDC_ERR_CLIENT_NAME_MISMATCH"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the client name in the request is not the name bound "
                                         "to the certificate."),
            //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
            QT_TRANSLATE_NOOP("Catalog", "The KDC binds the client's certificate to a principal name, "
                                         "from its own mapping or from the Kerberos principal name in "
                                         "the certificate's Subject Alternative Name. If the name in "
                                         "the request does not match that binding, or no binding "
                                         "exists, the PKINIT specification requires this code. Windows "
                                         "reports the same situation to clients as "
                                         "SEC_E_PKINIT_NAME_MISMATCH. Microsoft's event tables do not "
                                         "list the Kerberos code."),
            {
                //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                QT_TRANSLATE_NOOP("Catalog", "The UPN or principal name in the certificate's Subject "
                                             "Alternative Name differs from the account name used to "
                                             "log on"),
                //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                QT_TRANSLATE_NOOP("Catalog", "The certificate carries no name the KDC can map to an "
                                             "account (no UPN, no explicit mapping)"),
            },
            {
                //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                {QT_TRANSLATE_NOOP("Catalog", "Show the certificate's Subject Alternative Name and "
                                              "compare the UPN with the account"),
                 "certutil -dump user.cer"},
                //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                {QT_TRANSLATE_NOOP("Catalog", "Check the account's UPN and explicit certificate "
                                              "mappings"),
                 "Get-ADUser jdoe -Properties UserPrincipalName,altSecurityIdentities"},
            },
            {
                {Family::Sspi, "SEC_E_PKINIT_NAME_MISMATCH", 0,
                 //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                 QT_TRANSLATE_NOOP("Catalog", "The Windows client code for a certificate that does not "
                                              "match the client name")},
                {Family::NtStatus, "STATUS_PKINIT_NAME_MISMATCH", 0xC00002F9u,
                 //: KDC_ERR_CLIENT_NAME_MISMATCH (kerberos 0x4B)
                 QT_TRANSLATE_NOOP("Catalog", "The NTSTATUS form of the same mismatch")},
            },
            {
                // source: samba-team/samba third_party/heimdal/lib/krb5/krb5_err.et (Heimdal)
                "Client name mismatch in certificate",
            },
            {EventSite{3, "ErrorCode"}},
            false,
        },
        {
            Family::Kerberos, 0x4Cu, "KDC_ERR_KDC_NAME_MISMATCH", {"KRB5KDC_ERR_KDC_NAME_MISMATCH"}, Severity::Error,
            Category::CertificatesSmartCards, Kerberos,
            nullptr,
            //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
            QT_TRANSLATE_NOOP("Catalog", "PKINIT: the KDC's certificate does not name the KDC the "
                                         "client wanted to reach."),
            //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
            QT_TRANSLATE_NOOP("Catalog", "RFC 4120 reserves 76 for certificate logon and MIT names it "
                                         "KDC_ERR_KDC_NAME_MISMATCH: the client checks that the KDC's "
                                         "certificate belongs to the KDC of the realm it asked, and "
                                         "reports this when it does not. The final PKINIT "
                                         "specification no longer lists it. Heimdal gives 76 to "
                                         "KDC_ERR_INCONSISTENT_KEY_PURPOSE, which the PKINIT "
                                         "specification numbers 77, so a Heimdal tool may print "
                                         "\"Inconsistent key purpose\" for this number. Microsoft's "
                                         "event tables do not list it."),
            {
                //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                QT_TRANSLATE_NOOP("Catalog", "The domain controller's certificate lacks the domain's "
                                             "DNS name or the KDC name in its Subject Alternative Name"),
                //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                QT_TRANSLATE_NOOP("Catalog", "The client reached a KDC of another realm whose "
                                             "certificate is valid but for a different name"),
            },
            {
                //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                {QT_TRANSLATE_NOOP("Catalog", "Check the domain controllers' certificates and verify "
                                              "their chains (run from any domain member)"),
                 "certutil -dcinfo verify"},
                //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                {QT_TRANSLATE_NOOP("Catalog", "On a Linux PKINIT client, check the expected KDC "
                                              "hostname settings"),
                 "grep -iE 'pkinit_kdc_hostname|pkinit_anchors' /etc/krb5.conf"},
            },
            {
                {Family::Kerberos, "KDC_ERR_CLIENT_NAME_MISMATCH", 0x4Bu,
                 //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                 QT_TRANSLATE_NOOP("Catalog", "The same name check made on the client's certificate")},
                {Family::Kerberos, "KDC_ERR_KDC_NOT_TRUSTED", 0x3Fu,
                 //: KDC_ERR_KDC_NAME_MISMATCH (kerberos 0x4C)
                 QT_TRANSLATE_NOOP("Catalog", "The KDC certificate failed the client's trust check "
                                              "instead")},
            },
            {
                // source: krb5/krb5 src/lib/krb5/error_tables/krb5_err.et (MIT krb5)
                "KDC name mismatch",
            },
            {EventSite{3, "ErrorCode"}},
            false,
        },
    };
}

// clang-format on

} // namespace sspilens
