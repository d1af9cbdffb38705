// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <vector>

namespace sspilens {

/// The anatomy of any 32-bit status value, read as an HRESULT or as an NTSTATUS, whichever its
/// bits say it is. Used to explain a value that is not in the catalog instead of guessing.
struct ValueAnatomy {
    enum class Kind {
        HResult,       ///< S bit, R bit clear: an HRESULT (including HRESULT_FROM_WIN32)
        NtStatus,      ///< bit 30 set: an NTSTATUS (severity in the top two bits)
        HResultFromNt, ///< an HRESULT with the N bit: HRESULT_FROM_NT of an NTSTATUS
        Success,       ///< top bit clear and no facility: a success or plain Win32 value
    };

    quint32 value = 0;
    Kind kind = Kind::Success;
    bool severityBit = false; ///< S (HRESULT) / high severity bit (NTSTATUS)
    bool reservedBit = false; ///< R (HRESULT) / low severity bit (NTSTATUS)
    bool customerBit = false; ///< C
    bool ntBit = false;       ///< N (HRESULT only)
    int ntSeverity = 0;       ///< 0 success, 1 informational, 2 warning, 3 error (NTSTATUS)
    quint16 facility = 0;
    QString facilityName; ///< e.g. "FACILITY_WIN32", "FACILITY_SECURITY"; empty when unnamed
    quint16 code = 0;
    /// The name of the value when exact: the catalog's symbol (STATUS_WRONG_PASSWORD), the code it
    /// wraps (HRESULT_FROM_WIN32(ERROR_LOGON_FAILURE)), or a well-known value the catalog does not
    /// hold (E_OUTOFMEMORY, NTE_BAD_KEYSET). Empty for numbers below 0x10000.
    QString knownName;
    bool inSspiBlock = false; ///< 0x800903xx / 0x000903xx
    bool inSecurityFacility = false;

    /// One translated paragraph: which kind of value this is, its fields, and why it is or is not
    /// an SSPI status code.
    QString describe() const;
    /// Translated field lines ("Severity: ...", "Facility: ...", "Code: ..."), for tables.
    QStringList fieldLines() const;
};

/// Splits @p value into its fields.
ValueAnatomy analyseValue(quint32 value);

/// The values analyseValue() names from its own small table: well-known values that the catalog
/// does not hold (E_OUTOFMEMORY, NTE_BAD_KEYSET, ...). Every other name comes from the catalog.
std::vector<quint32> wellKnownValuesOutsideCatalog();

/// The name of an HRESULT facility (11 bits), e.g. 7 -> "FACILITY_WIN32"; empty when unnamed.
QString hresultFacilityName(quint16 facility);
/// The name of an NTSTATUS facility (12 bits), e.g. 9 -> "FACILITY_NTSSPI"; empty when unnamed.
QString ntstatusFacilityName(quint16 facility);

} // namespace sspilens
