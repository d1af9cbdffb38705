// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "hresult.h"

#include "catalog.h"

#include <QCoreApplication>

// Translation context "Anatomy" for the explanations below.
class Anatomy
{
    Q_DECLARE_TR_FUNCTIONS(Anatomy)
};

namespace sspilens {

namespace {

struct NamedNumber {
    quint32 number;
    const char *name;
};

// From winerror.h (FACILITY_*). Only the names are used, for explanation.
constexpr NamedNumber kHResultFacilities[] = {
    {0, "FACILITY_NULL"},
    {1, "FACILITY_RPC"},
    {2, "FACILITY_DISPATCH"},
    {3, "FACILITY_STORAGE"},
    {4, "FACILITY_ITF"},
    {7, "FACILITY_WIN32"},
    {8, "FACILITY_WINDOWS"},
    {9, "FACILITY_SECURITY"},
    {10, "FACILITY_CONTROL"},
    {11, "FACILITY_CERT"},
    {12, "FACILITY_INTERNET"},
    {13, "FACILITY_MEDIASERVER"},
    {14, "FACILITY_MSMQ"},
    {15, "FACILITY_SETUPAPI"},
    {16, "FACILITY_SCARD"},
    {17, "FACILITY_COMPLUS"},
    {18, "FACILITY_AAF"},
    {19, "FACILITY_URT"},
    {20, "FACILITY_ACS"},
    {21, "FACILITY_DPLAY"},
    {22, "FACILITY_UMI"},
    {23, "FACILITY_SXS"},
    {24, "FACILITY_WINDOWS_CE"},
    {25, "FACILITY_HTTP"},
    {26, "FACILITY_USERMODE_COMMONLOG"},
    {31, "FACILITY_USERMODE_FILTER_MANAGER"},
    {32, "FACILITY_BACKGROUNDCOPY"},
    {33, "FACILITY_CONFIGURATION"},
    {34, "FACILITY_STATE_MANAGEMENT"},
    {35, "FACILITY_METADIRECTORY"},
    {36, "FACILITY_WINDOWSUPDATE"},
    {37, "FACILITY_DIRECTORYSERVICE"},
    {38, "FACILITY_GRAPHICS"},
    {39, "FACILITY_SHELL"},
    {40, "FACILITY_TPM_SERVICES"},
    {41, "FACILITY_TPM_SOFTWARE"},
    {48, "FACILITY_PLA"},
    {49, "FACILITY_FVE"},
    {50, "FACILITY_FWP"},
    {51, "FACILITY_WINRM"},
    {52, "FACILITY_NDIS"},
    {53, "FACILITY_USERMODE_HYPERVISOR"},
    {54, "FACILITY_CMI"},
    {55, "FACILITY_USERMODE_VIRTUALIZATION"},
    {56, "FACILITY_USERMODE_VOLMGR"},
    {57, "FACILITY_BCD"},
    {58, "FACILITY_USERMODE_VHD"},
    {60, "FACILITY_SDIAG"},
    {61, "FACILITY_WEBSERVICES"},
    {80, "FACILITY_WINDOWS_DEFENDER"},
    {81, "FACILITY_OPC"},
};

// From ntstatus.h (FACILITY_* of NTSTATUS values, a different numbering).
constexpr NamedNumber kNtFacilities[] = {
    {0x0, "FACILITY_NONE"},
    {0x1, "FACILITY_DEBUGGER"},
    {0x2, "FACILITY_RPC_RUNTIME"},
    {0x3, "FACILITY_RPC_STUBS"},
    {0x4, "FACILITY_IO_ERROR_CODE"},
    {0x7, "FACILITY_NTWIN32"},
    {0x9, "FACILITY_NTSSPI"},
    {0xA, "FACILITY_TERMINAL_SERVER"},
    {0xB, "FACILITY_MUI_ERROR_CODE"},
    {0x10, "FACILITY_USB_ERROR_CODE"},
    {0x11, "FACILITY_HID_ERROR_CODE"},
    {0x12, "FACILITY_FIREWIRE_ERROR_CODE"},
    {0x13, "FACILITY_CLUSTER_ERROR_CODE"},
    {0x14, "FACILITY_ACPI_ERROR_CODE"},
    {0x15, "FACILITY_SXS_ERROR_CODE"},
    {0x19, "FACILITY_TRANSACTION"},
    {0x1A, "FACILITY_COMMONLOG"},
    {0x1B, "FACILITY_VIDEO"},
    {0x1C, "FACILITY_FILTER_MANAGER"},
    {0x1D, "FACILITY_MONITOR"},
    {0x1E, "FACILITY_GRAPHICS_KERNEL"},
    {0x20, "FACILITY_DRIVER_FRAMEWORK"},
    {0x21, "FACILITY_FVE_ERROR_CODE"},
    {0x22, "FACILITY_FWP_ERROR_CODE"},
    {0x23, "FACILITY_NDIS_ERROR_CODE"},
    {0x32, "FACILITY_HYPERVISOR"},
    {0x35, "FACILITY_IPSEC"},
    {0x36, "FACILITY_VIRTUALIZATION"},
    {0x37, "FACILITY_VOLMGR"},
    {0x38, "FACILITY_BCD_ERROR_CODE"},
    {0x39, "FACILITY_WIN32K_NTUSER"},
    {0x3A, "FACILITY_WIN32K_NTGDI"},
    {0x3B, "FACILITY_RESUME_KEY_FILTER"},
    {0x3C, "FACILITY_RDBSS"},
    {0x3D, "FACILITY_BTH_ATT"},
    {0x3E, "FACILITY_SECUREBOOT"},
    {0x3F, "FACILITY_AUDIO_KERNEL"},
    {0x40, "FACILITY_VSM"},
    {0x50, "FACILITY_VOLSNAP"},
    {0x51, "FACILITY_SDBUS"},
    {0x5C, "FACILITY_SPACES"},
    {0xE0, "FACILITY_SYSTEM_INTEGRITY"},
};

// Well-known values people confuse with SSPI codes that the catalog does not hold (the catalog is
// the one source for every value it holds: see catalogName()). Exact values only: a name is given,
// never guessed.
constexpr NamedNumber kKnownValues[] = {
    {0x80070057u, "E_INVALIDARG"},
    {0x8007000Eu, "E_OUTOFMEMORY"},
    {0x80070035u, "HRESULT_FROM_WIN32(ERROR_BAD_NETPATH)"},
    {0x80070520u, "HRESULT_FROM_WIN32(ERROR_NO_SUCH_LOGON_SESSION)"},
    {0x80072EE2u, "HRESULT_FROM_WIN32(ERROR_WINHTTP_TIMEOUT)"},
    {0x80072F8Fu, "HRESULT_FROM_WIN32(ERROR_WINHTTP_SECURE_FAILURE)"},
    {0x80090016u, "NTE_BAD_KEYSET"},
    {0x80090020u, "NTE_FAIL"},
    {0x80090029u, "NTE_NOT_SUPPORTED"},
    {0x80092004u, "CRYPT_E_NOT_FOUND"},
    {0x80131500u, "COR_E_EXCEPTION (System.Exception)"},
    {0xC000018Bu, "STATUS_NO_TRUST_SAM_ACCOUNT"},
};

/// The catalog's name for a 32-bit value: the entry of that value, or the Win32 error or NTSTATUS
/// it wraps (HRESULT_FROM_WIN32 / HRESULT_FROM_NT). Small numbers are left out: they mean
/// something different in every family.
QString catalogName(quint32 value)
{
    if (value < 0x10000u)
        return {};
    const Catalog &catalog = Catalog::instance();
    const QList<const StatusCode *> entries = catalog.allByValue(value);
    if (!entries.isEmpty())
        return entries.first()->symbolString();
    if (const StatusCode *win32 = catalog.wrappedWin32(value))
        return QStringLiteral("HRESULT_FROM_WIN32(%1)").arg(win32->symbolString());
    if (const StatusCode *nt = catalog.wrappedNtStatus(value))
        return QStringLiteral("HRESULT_FROM_NT(%1)").arg(nt->symbolString());
    return {};
}

template<size_t N>
const char *findName(const NamedNumber (&table)[N], quint32 number)
{
    for (const NamedNumber &n : table) {
        if (n.number == number)
            return n.name;
    }
    return nullptr;
}

} // namespace

QString hresultFacilityName(quint16 facility)
{
    const char *name = findName(kHResultFacilities, facility);
    return name ? QString::fromLatin1(name) : QString();
}

QString ntstatusFacilityName(quint16 facility)
{
    const char *name = findName(kNtFacilities, facility);
    return name ? QString::fromLatin1(name) : QString();
}

std::vector<quint32> wellKnownValuesOutsideCatalog()
{
    std::vector<quint32> values;
    for (const NamedNumber &n : kKnownValues)
        values.push_back(n.number);
    return values;
}

ValueAnatomy analyseValue(quint32 value)
{
    ValueAnatomy a;
    a.value = value;
    a.severityBit = (value & 0x80000000u) != 0;
    a.reservedBit = (value & 0x40000000u) != 0;
    a.customerBit = (value & 0x20000000u) != 0;
    a.ntBit = (value & 0x10000000u) != 0;
    a.code = static_cast<quint16>(value & 0xFFFFu);
    a.inSspiBlock = Catalog::inSspiRange(value);
    a.knownName = catalogName(value);
    if (a.knownName.isEmpty()) {
        if (const char *known = findName(kKnownValues, value))
            a.knownName = QString::fromLatin1(known);
    }

    if (a.ntBit) {
        // HRESULT_FROM_NT keeps the NTSTATUS bits and adds N, which a real NTSTATUS leaves clear.
        a.kind = ValueAnatomy::Kind::HResultFromNt;
        a.facility = static_cast<quint16>((value >> 16) & 0x0FFFu);
        a.facilityName = ntstatusFacilityName(a.facility);
    } else if (a.reservedBit) {
        // Bit 30 is never set in a true HRESULT: the top two bits are an NTSTATUS severity.
        a.kind = ValueAnatomy::Kind::NtStatus;
        a.ntSeverity = static_cast<int>(value >> 30);
        a.facility = static_cast<quint16>((value >> 16) & 0x0FFFu);
        a.facilityName = ntstatusFacilityName(a.facility);
        a.inSecurityFacility = a.facility == 0x9;
    } else if (a.severityBit || (value >> 16) != 0) {
        a.kind = ValueAnatomy::Kind::HResult;
        a.facility = static_cast<quint16>((value >> 16) & 0x07FFu);
        a.facilityName = hresultFacilityName(a.facility);
        a.inSecurityFacility = a.facility == 9;
    } else {
        a.kind = ValueAnatomy::Kind::Success;
    }
    return a;
}

QStringList ValueAnatomy::fieldLines() const
{
    QStringList lines;
    const QString facilityText = facilityName.isEmpty()
                                     ? QString::number(facility)
                                     : QStringLiteral("%1 (%2)").arg(QString::number(facility), facilityName);
    switch (kind) {
    case Kind::NtStatus: {
        static const char *const severities[] = {
            QT_TRANSLATE_NOOP("Anatomy", "success"),
            QT_TRANSLATE_NOOP("Anatomy", "informational"),
            QT_TRANSLATE_NOOP("Anatomy", "warning"),
            QT_TRANSLATE_NOOP("Anatomy", "error"),
        };
        lines << Anatomy::tr("Read as: NTSTATUS");
        lines << Anatomy::tr("Severity: %1 (%2)")
                     .arg(QString::number(ntSeverity), Anatomy::tr(severities[ntSeverity & 3]));
        lines << Anatomy::tr("Customer bit: %1").arg(customerBit ? 1 : 0);
        lines << Anatomy::tr("Facility: %1").arg(facilityText);
        lines << Anatomy::tr("Code: 0x%1 (%2)")
                     .arg(QString::number(code, 16).rightJustified(4, QLatin1Char('0')), QString::number(code));
        break;
    }
    case Kind::HResultFromNt:
        lines << Anatomy::tr("Read as: HRESULT with the N bit set (an NTSTATUS wrapped by HRESULT_FROM_NT)");
        lines << Anatomy::tr("Wrapped NTSTATUS: %1").arg(formatHex(value & ~0x10000000u));
        break;
    case Kind::HResult:
        lines << Anatomy::tr("Read as: HRESULT");
        lines << Anatomy::tr("Severity bit (S): %1 (%2)")
                     .arg(QString::number(severityBit ? 1 : 0),
                          severityBit ? Anatomy::tr("failure") : Anatomy::tr("success"));
        lines << Anatomy::tr("Customer bit: %1").arg(customerBit ? 1 : 0);
        lines << Anatomy::tr("Facility: %1").arg(facilityText);
        lines << Anatomy::tr("Code: 0x%1 (%2)")
                     .arg(QString::number(code, 16).rightJustified(4, QLatin1Char('0')), QString::number(code));
        break;
    case Kind::Success:
        lines << Anatomy::tr("Read as: a plain number, a success code or a Win32 error code (no facility bits)");
        lines << Anatomy::tr("Code: %1").arg(value);
        break;
    }
    if (!knownName.isEmpty())
        lines << Anatomy::tr("Known as: %1").arg(knownName);
    return lines;
}

QString ValueAnatomy::describe() const
{
    const QString hex = formatHex(value);
    if (inSspiBlock) {
        return Anatomy::tr("%1 lies in the SSPI block of the security facility, but winerror.h defines no "
                           "SEC_E_ or SEC_I_ macro with this value. It may come from a newer Windows "
                           "version, a third-party security package, or a mistyped number.")
            .arg(hex);
    }
    QString why;
    switch (kind) {
    case Kind::NtStatus:
        why = inSecurityFacility
                  ? Anatomy::tr("%1 is an NTSTATUS value of the SSPI facility, not an SSPI status code; "
                                "its SSPI counterpart (if any) is listed with the matching SEC_E_ code.")
                  : Anatomy::tr("%1 is an NTSTATUS value (kernel or LSA status), not an SSPI status code.");
        break;
    case Kind::HResultFromNt:
        why = Anatomy::tr("%1 is an HRESULT that wraps an NTSTATUS value, not an SSPI status code.");
        break;
    case Kind::HResult:
        if (inSecurityFacility)
            why = Anatomy::tr("%1 is an HRESULT of the security facility outside the SSPI block "
                              "(CryptoAPI, certificate or key storage), not an SSPI status code.");
        else if (facility == 7)
            why = Anatomy::tr("%1 is a Win32 error code wrapped as an HRESULT (HRESULT_FROM_WIN32 of "
                              "error %2), not an SSPI status code.")
                      .arg(hex, QString::number(code));
        else
            why = Anatomy::tr("%1 is an HRESULT of another facility, not an SSPI status code.");
        break;
    case Kind::Success:
        why = Anatomy::tr("%1 has no facility bits: it is a plain number, a success value or a Win32 "
                          "error code, not an SSPI status code.");
        break;
    }
    if (!why.contains(hex))
        why = why.arg(hex);
    if (!knownName.isEmpty())
        why += QLatin1Char(' ') + Anatomy::tr("It is known as %1.").arg(knownName);
    return why;
}

} // namespace sspilens
