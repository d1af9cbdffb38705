// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// FormatMessageW as the system message source; compiled on Windows only.
#include "systemmessages.h"

#include <QtGlobal>

#ifdef Q_OS_WIN

#include <windows.h>

namespace sspilens {

namespace {

class WindowsMessageSource final : public SystemMessageSource
{
public:
    WindowsMessageSource() : m_ntdll(::GetModuleHandleW(L"ntdll.dll")) {}

    std::optional<QString> message(const StatusCode &code, const QLocale &locale) const override
    {
        DWORD flags = FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_IGNORE_INSERTS;
        LPCVOID source = nullptr;
        switch (code.family) {
        case Family::Sspi:
        case Family::Win32:
        case Family::HResult: flags |= FORMAT_MESSAGE_FROM_SYSTEM; break;
        case Family::NtStatus:
            if (!m_ntdll)
                return std::nullopt;
            flags |= FORMAT_MESSAGE_FROM_HMODULE;
            source = m_ntdll;
            break;
        case Family::Kerberos:
        case Family::TlsAlert: return std::nullopt; // numbers of a protocol, not of a message table
        }
        const QString name = locale.bcp47Name();
        const LCID lcid = ::LocaleNameToLCID(reinterpret_cast<LPCWSTR>(name.utf16()), 0);
        if (lcid == 0)
            return std::nullopt;
        // Exactly this language: no fallback to English, which the catalog already holds.
        const DWORD language = lcid & 0xFFFFu; // LANGIDFROMLCID without its C cast
        LPWSTR buffer = nullptr;
        const DWORD length = ::FormatMessageW(flags, source, static_cast<DWORD>(code.value), language,
                                              reinterpret_cast<LPWSTR>(&buffer), 0, nullptr);
        if (length == 0 || !buffer)
            return std::nullopt;
        QString text = QString::fromWCharArray(buffer, static_cast<qsizetype>(length));
        ::LocalFree(buffer);
        text = text.trimmed();
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }

private:
    HMODULE m_ntdll = nullptr;
};

} // namespace

std::unique_ptr<SystemMessageSource> windowsMessageSource()
{
    return std::make_unique<WindowsMessageSource>();
}

} // namespace sspilens

#endif
