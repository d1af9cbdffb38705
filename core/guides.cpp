// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// The generic procedures that next steps refer to (NextStep::guide), written once. Texts are our
// own English in context "Guide"; commands are never translated.
#include "guides.h"

#include <QCoreApplication>

#include <algorithm>

namespace sspilens {

namespace {

// clang-format off
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
std::vector<GuideInfo> makeGuides()
{
    return {
        {
            Guide::SchannelEventLogging,
            //: Guide title
            QT_TRANSLATE_NOOP("Guide", "Schannel event logging"),
            {
                //: Guide: Schannel event logging
                {QT_TRANSLATE_NOOP("Guide", "Read the Schannel events of the System log on both sides of the "
                                            "connection: 36887 means this side received a fatal alert, 36888 "
                                            "that it sent one; 36870 and 36871 are credential and private key "
                                            "errors, 36874 a cipher suite or protocol mismatch"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Schannel']]]\" /c:20 /rd:true /f:text"},
                //: Guide: Schannel event logging
                {QT_TRANSLATE_NOOP("Guide", "By default Schannel logs only errors (EventLogging 1). To see "
                                            "warnings and successful handshakes too, set EventLogging to 7 "
                                            "and reproduce the failure; Microsoft's article on this value "
                                            "asks for a restart before it takes effect"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL /v EventLogging /t REG_DWORD /d 7 /f"},
                //: Guide: Schannel event logging
                {QT_TRANSLATE_NOOP("Guide", "Set the value back to 1 afterwards: verbose Schannel logging "
                                            "fills the System log on a busy server"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL /v EventLogging /t REG_DWORD /d 1 /f"},
            },
        },
        {
            Guide::NetworkTrace,
            //: Guide title
            QT_TRANSLATE_NOOP("Guide", "Network trace of the authentication"),
            {
                //: Guide: network trace
                {QT_TRANSLATE_NOOP("Guide", "Start a capture on the client (and, if you can, on the server) "
                                            "from an elevated prompt, then reproduce the failure once"),
                 "netsh trace start capture=yes tracefile=C:\\temp\\auth.etl"},
                //: Guide: network trace
                {QT_TRANSLATE_NOOP("Guide", "Stop the capture as soon as the error has appeared"),
                 "netsh trace stop"},
                //: Guide: network trace
                {QT_TRANSLATE_NOOP("Guide", "Convert the .etl file for Wireshark with Microsoft's etl2pcapng "
                                            "tool (Network Monitor, which read .etl files, is retired)"),
                 "etl2pcapng C:\\temp\\auth.etl C:\\temp\\auth.pcapng"},
                //: Guide: network trace
                {QT_TRANSLATE_NOOP("Guide", "In Wireshark, show only the authentication traffic: Kerberos "
                                            "requests and errors, NTLM messages, TLS handshakes and alerts"),
                 "kerberos || ntlmssp || tls.handshake || tls.alert_message"},
            },
        },
        {
            Guide::KerberosLogging,
            //: Guide title
            QT_TRANSLATE_NOOP("Guide", "Kerberos event logging"),
            {
                //: Guide: Kerberos event logging
                {QT_TRANSLATE_NOOP("Guide", "On the client or application server, turn on Kerberos error "
                                            "logging: errors are then written to the System log as "
                                            "Security-Kerberos event 3 with the Kerberos error code"),
                 "reg add HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v LogLevel /t REG_DWORD /d 1 /f"},
                //: Guide: Kerberos event logging
                {QT_TRANSLATE_NOOP("Guide", "Reproduce the failure, then read the Kerberos events"),
                 "wevtutil qe System /q:\"*[System[Provider[@Name='Microsoft-Windows-Security-Kerberos']]]\" /c:20 /rd:true /f:text"},
                //: Guide: Kerberos event logging
                {QT_TRANSLATE_NOOP("Guide", "On the domain controllers, make sure failures of 'Kerberos "
                                            "Authentication Service' (4768, 4771) and 'Kerberos Service Ticket "
                                            "Operations' (4769) are audited, then read the Security log"),
                 "auditpol /get /category:\"Account Logon\""},
                //: Guide: Kerberos event logging
                {QT_TRANSLATE_NOOP("Guide", "Remove LogLevel when you are done: it also logs harmless errors "
                                            "and fills the System log"),
                 "reg delete HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\Kerberos\\Parameters /v LogLevel /f"},
            },
        },
        {
            Guide::Capi2Logging,
            //: Guide title
            QT_TRANSLATE_NOOP("Guide", "CAPI2 certificate logging"),
            {
                //: Guide: CAPI2 logging
                {QT_TRANSLATE_NOOP("Guide", "Turn on the CAPI2 operational log on the machine that validates "
                                            "the certificate (the client for a server certificate, the server "
                                            "or DC for a client or smart card certificate)"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:true"},
                //: Guide: CAPI2 logging
                {QT_TRANSLATE_NOOP("Guide", "Reproduce the failure and read the chain building (11), policy "
                                            "(30) and revocation (41, 53) events: they name the certificate, "
                                            "the failing URL and the error"),
                 "wevtutil qe Microsoft-Windows-CAPI2/Operational /q:\"*[System[(EventID=11 or EventID=30 or EventID=41 or EventID=53)]]\" /c:30 /rd:true /f:text"},
                //: Guide: CAPI2 logging
                {QT_TRANSLATE_NOOP("Guide", "Turn the log off again when you are done"),
                 "wevtutil sl Microsoft-Windows-CAPI2/Operational /e:false"},
            },
        },
    };
}
// NOLINTEND(bugprone-suspicious-missing-comma)
// clang-format on

} // namespace

const std::vector<GuideInfo> &allGuides()
{
    static const std::vector<GuideInfo> guides = makeGuides();
    return guides;
}

const GuideInfo *guideInfo(Guide guide)
{
    for (const GuideInfo &info : allGuides())
        if (info.guide == guide)
            return &info;
    return nullptr;
}

QString trGuide(const char *source)
{
    return source ? QCoreApplication::translate("Guide", source) : QString();
}

QString guideTitle(Guide guide)
{
    const GuideInfo *info = guideInfo(guide);
    return info ? trGuide(info->title) : QString();
}

std::vector<Guide> guidesOf(const StatusCode &code)
{
    std::vector<Guide> guides;
    for (const NextStep &step : code.nextSteps)
        if (step.guide != Guide::None && guideInfo(step.guide)
            && std::find(guides.begin(), guides.end(), step.guide) == guides.end())
            guides.push_back(step.guide);
    return guides;
}

} // namespace sspilens
