// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// Windows' own message texts of catalog codes in other languages, as Windows prints them: each one
// seen in public output (a curl or .NET error, a SqlClient exception, an event) or, where noted, in
// a localized Microsoft page that quotes it beside its English twin. Verbatim, never a translation of
// ours; the final 。 or . is kept as seen. They are fingerprints: the scanner finds a code by them, the
// card shows them. Rows that rest only on a page say so in their source.
//
// Left out: ko-KR SEC_E_UNTRUSTED_ROOT (two conflicting wordings, the one in a SqlClient message from
// a note that may have been retyped); the Learn fr-FR and es-ES texts and the older Learn zh-CN and
// ja-JP SQL-on-Linux wordings (documentation translations that real output contradicts or does not
// confirm); "提供给函数的令牌无效。" (a machine-translated header, not Windows).
#include "../catalog.h"
#include "families.h"

namespace sspilens {

namespace {

// Index ids are those of the code-search index through which the files were read; it does not show
// their repository or path.
const LocalizedMessage kLocalized[] = {
    // SEC_E_UNTRUSTED_ROOT 0x80090325
    {Family::Sspi, 0x80090325u, "zh-CN", "证书链是由不受信任的颁发机构颁发的。",
     "https://github.com/trimble-oss/dba-dash/issues/1664 (System.ComponentModel.Win32Exception (0x80090325) and "
     "SqlClient output); also curl output in public GitHub files seen through a code-search index (ids 63539379931, "
     "28867675577)"},
    {Family::Sspi, 0x80090325u, "zh-TW", "此憑證鏈結是由不受信任的授權單位發出的。",
     "https://learn.microsoft.com/zh-tw/sql/linux/sql-server-linux-encrypted-connections (beside the English "
     "text); confirmed by Win32Exception (0x80090325) and SqlClient output in public GitHub files seen through a "
     "code-search index (ids 48922479499, 56774080147)"},
    {Family::Sspi, 0x80090325u, "de-DE",
     "Die Zertifikatkette wurde von einer nicht vertrauenswürdigen Zertifizierungsstelle ausgestellt.",
     "https://github.com/MicrosoftDocs/sql-docs.de-de/blob/62e585e7043a9ab79158755f6945a63724883bf6/docs/linux/"
     "sql-server-linux-encrypted-connections.md (beside the English text); curl output "
     "'SEC_E_UNTRUSTED_ROOT (0x80090325) - Die Zerti…' in https://github.com/loda-lang/loda-cpp/issues/178"},
    {Family::Sspi, 0x80090325u, "ja-JP", "信頼されていない機関によって証明書チェーンが発行されました。",
     "SqlClient output '(provider: SSL プロバイダー, error: 0 - …)' in public GitHub files seen through a "
     "code-search index (ids 71394900322, 70957677068); title of "
     "https://learn.microsoft.com/ja-jp/troubleshoot/sql/connect/certificate-chain-not-trusted"},
    {Family::Sspi, 0x80090325u, "ru-RU", "Цепочка сертификатов выпущена центром сертификации, не имеющим доверия.",
     "public GitHub file seen through a code-search index (id 69452049382), curl 8.21.0 output "
     "'schannel: SEC_E_UNTRUSTED_ROOT (0x80090325) - …' on Windows 11 ru-RU"},
    // SEC_E_WRONG_PRINCIPAL 0x80090322
    {Family::Sspi, 0x80090322u, "zh-TW", "目標主體名稱不正確。",
     "documentation only: https://github.com/zelanko/sql-docs.zh-tw/blob/e743d8030e25692f62ef680b55ca03e10cb1fdd2/"
     "docs/linux/sql-server-linux-encrypted-connections.md (beside the English text) and the zh-TW Windows Server "
     "article on replication error -2146893022"},
    {Family::Sspi, 0x80090322u, "zh-CN", "目标主体名称不正确。",
     "documentation only: https://github.com/yy28/sql-docs.zh-cn/blob/007baab4549d5c8201f9218b5dfa194099434d1d/docs/"
     "linux/sql-server-linux-encrypted-connections.md (beside the English text) and the zh-CN Windows Server "
     "article on replication error -2146893022"},
    {Family::Sspi, 0x80090322u, "de-DE", "Der Zielprinzipalname ist falsch.",
     "https://github.com/microsoft/AL/issues/7191 (System.ComponentModel.Win32Exception (0x80090322) on German "
     "Windows)"},
    {Family::Sspi, 0x80090322u, "ru-RU", "Главное конечное имя неверно.",
     "public GitHub files seen through a code-search index (ids 69452049382, 69461628033, 68351855122), curl output "
     "'SEC_E_WRONG_PRINCIPAL (0x80090322) - …' on Windows 11 ru-RU"},
    // SEC_E_INVALID_TOKEN 0x80090308
    {Family::Sspi, 0x80090308u, "zh-CN", "给函数提供的标志无效",
     "https://github.com/curl/curl/issues/568 (curl 7.46 output 'SEC_E_INVALID_TOKEN (0x80090308) - …')"},
    // SEC_E_INTERNAL_ERROR 0x80090304
    {Family::Sspi, 0x80090304u, "zh-TW", "無法連絡本機安全性授權。",
     "documentation only: https://github.com/changeworld/azure-docs.zh-tw/blob/"
     "b62a20ea053c0bfd799d2c752c62403475436844/articles/virtual-machines/troubleshooting/"
     "troubleshoot-specific-rdp-errors.md (the RDP error 「發生驗證錯誤。無法連絡本機安全性授權。」)"},
    // SEC_E_CERT_EXPIRED 0x80090328
    {Family::Sspi, 0x80090328u, "ru-RU", "Получен сертификат с истекшим сроком действия.",
     "public GitHub files seen through a code-search index (ids 69452049382, 68334144083), curl output "
     "'SEC_E_CERT_EXPIRED (0x80090328) - …' on Windows 11 ru-RU"},
    {Family::Sspi, 0x80090328u, "zh-CN", "收到的证书已过期",
     "public GitHub file seen through a code-search index (id 60049900136), curl output "
     "'SEC_E_CERT_EXPIRED (0x80090328) - …' quoted in a project note"},
    // SEC_E_NO_CREDENTIALS 0x8009030E
    {Family::Sspi, 0x8009030Eu, "zh-CN", "安全包中没有可用的凭证",
     "public GitHub files seen through a code-search index (ids 55619548261, 59810032582), curl output "
     "'AcquireCredentialsHandle failed: SEC_E_NO_CREDENTIALS (0x8009030E) - …' on zh-CN Windows"},
    // SEC_E_DECRYPT_FAILURE 0x80090330
    {Family::Sspi, 0x80090330u, "zh-CN", "无法解密指定的数据。",
     "public GitHub files seen through a code-search index (ids 56068953965, 55782331367), curl 56 output "
     "'SEC_E_DECRYPT_FAILURE (0x80090330) - …' on zh-CN Windows"},
    // SEC_E_ILLEGAL_MESSAGE 0x80090326
    {Family::Sspi, 0x80090326u, "zh-CN", "接收到的消息异常，或格式不正确。",
     "public GitHub files seen through a code-search index (ids 51790562191, 15987445098), "
     "System.ComponentModel.Win32Exception (0x80090326) and Fiddler output on zh-CN Windows"},
    // CRYPT_E_NO_REVOCATION_CHECK 0x80092012
    {Family::HResult, 0x80092012u, "zh-CN", "吊销功能无法检查证书是否吊销。",
     "https://github.com/BeyondDimension/SteamTools/issues/3555 (curl output "
     "'CRYPT_E_NO_REVOCATION_CHECK (0x80092012) - …' on Windows 11 家庭中文版 23H2)"},
    {Family::HResult, 0x80092012u, "zh-TW", "撤銷功能無法檢查憑證的撤銷。",
     "public GitHub file seen through a code-search index (id 63035035924), curl output "
     "'CRYPT_E_NO_REVOCATION_CHECK (0x80092012) - …' on zh-TW Windows"},
    {Family::HResult, 0x80092012u, "de-DE",
     "Die Sperrfunktion konnte keine Sperrprüfung für das Zertifikat durchführen.",
     "https://github.com/loda-lang/loda-cpp/issues/178 (curl 7.83.1 output 'Unknown error (0x80092012) - …' on "
     "Windows 10 Pro 21H2, German)"},
    // CRYPT_E_REVOCATION_OFFLINE 0x80092013
    {Family::HResult, 0x80092013u, "zh-CN", "由于吊销服务器已脱机，吊销功能无法检查吊销。",
     "public GitHub files seen through a code-search index (ids 53535116924, 69121841348, 15524149521), curl output "
     "'CRYPT_E_REVOCATION_OFFLINE (0x80092013) - …' on zh-CN Windows"},
    // STATUS_LOGON_FAILURE 0xC000006D: event 4625 "Failure Reason" (%%2313) beside Status 0xC000006D
    {Family::NtStatus, 0xC000006Du, "zh-CN", "未知用户名或密码错误。",
     "public GitHub file seen through a code-search index (id 39904375265), event 4625 copied from Event Viewer on "
     "zh-CN Windows ('失败原因: …' with '状态: 0xC000006D')"},
    {Family::NtStatus, 0xC000006Du, "zh-TW", "不明的使用者名稱或錯誤密碼。",
     "public GitHub files seen through a code-search index (ids 6893885637, 52868843225), event 4625 messages of "
     "zh-TW Windows ('失敗原因: …' with '狀態: 0xc000006d')"},
    // ERROR_LOGON_FAILURE 1326
    {Family::Win32, 1326u, "zh-TW", "使用者名稱或密碼不正確。",
     "documentation only, machine-translated: https://github.com/MicrosoftDocs/win32-pr.zh-tw/blob/"
     "377a5e6a83eb9ddf6dd014d30364de0373d11030/desktop-src/Debug/system-error-codes--1300-1699-.md (beside the "
     "English text)"},
    {Family::Win32, 1326u, "zh-CN", "登录失败: 未知的用户名或错误密码。",
     "public GitHub files seen through a code-search index (ids 1049178800, 55938816809, 15989876542), Windows "
     "XP/7-era wording in PowerShell remoting output and 'OS error 1326' of SQL Server replication"},
    // Windows XP-era zh-CN wordings of Win32 logon and trust errors, from a table of Win32 messages in a
    // public GitHub file seen through a code-search index (ids 15989876542, 44068428833; the table's
    // author dropped the final 。 that Windows printed).
    {Family::Win32, 1311u, "zh-CN", "当前没有可用的登录服务器来服务登录请求",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1317u, "zh-CN", "指定的用户不存在",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1327u, "zh-CN", "登录失败: 用户帐户限制",
     "public GitHub files seen through a code-search index (ids 15989876542, 44068428833), tables of Windows "
     "XP-era zh-CN Win32 messages"},
    {Family::Win32, 1328u, "zh-CN", "登录失败: 违反帐户登录时间限制",
     "public GitHub files seen through a code-search index (ids 15989876542, 44068428833), tables of Windows "
     "XP-era zh-CN Win32 messages"},
    {Family::Win32, 1329u, "zh-CN", "登录失败: 不允许用户登录到此计算机",
     "public GitHub files seen through a code-search index (ids 15989876542, 44068428833), tables of Windows "
     "XP-era zh-CN Win32 messages"},
    {Family::Win32, 1330u, "zh-CN", "登录失败: 指定的帐户密码已过期",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1331u, "zh-CN", "登录失败: 禁用当前的帐户",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1355u, "zh-CN", "指定的域不存在，或无法联系",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1396u, "zh-CN", "登录失败: 该目标帐户名称不正确",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1786u, "zh-CN", "工作站没有信任机密",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1787u, "zh-CN", "服务器上的安全数据库没有此工作站信任关系的计算机帐户",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1788u, "zh-CN", "主域和受信域间的信任关系失败",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
    {Family::Win32, 1789u, "zh-CN", "此工作站和主域间的信任关系失败",
     "public GitHub file seen through a code-search index (id 15989876542), a table of Windows XP-era zh-CN Win32 "
     "messages"},
};

} // namespace

std::vector<LocalizedMessage> localizedMessageData()
{
    return {std::begin(kLocalized), std::end(kLocalized)};
}

} // namespace sspilens
