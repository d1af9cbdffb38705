<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>Anatomy</name>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>informational</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Read as: NTSTATUS</source>
        <translation>解讀為：NTSTATUS</translation>
    </message>
    <message>
        <source>Severity: %1 (%2)</source>
        <translation>嚴重性：%1（%2）</translation>
    </message>
    <message>
        <source>Customer bit: %1</source>
        <translation>客戶位元：%1</translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation>設施：%1</translation>
    </message>
    <message>
        <source>Code: 0x%1 (%2)</source>
        <translation>代碼：0x%1（%2）</translation>
    </message>
    <message>
        <source>Read as: HRESULT with the N bit set (an NTSTATUS wrapped by HRESULT_FROM_NT)</source>
        <translation>解讀為：設定了 N 位元的 HRESULT（以 HRESULT_FROM_NT 包裝的 NTSTATUS）</translation>
    </message>
    <message>
        <source>Wrapped NTSTATUS: %1</source>
        <translation>包裝的 NTSTATUS：%1</translation>
    </message>
    <message>
        <source>Read as: HRESULT</source>
        <translation>解讀為：HRESULT</translation>
    </message>
    <message>
        <source>Severity bit (S): %1 (%2)</source>
        <translation>嚴重性位元（S）：%1（%2）</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Read as: a plain number, a success code or a Win32 error code (no facility bits)</source>
        <translation>解讀為：一般數字、成功碼或 Win32 錯誤碼（沒有設施位元）</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代碼：%1</translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <translation>已知名稱：%1</translation>
    </message>
    <message>
        <source>%1 lies in the SSPI block of the security facility, but winerror.h defines no SEC_E_ or SEC_I_ macro with this value. It may come from a newer Windows version, a third-party security package, or a mistyped number.</source>
        <translation>%1 位於安全性設施的 SSPI 區塊內，但 winerror.h 並未以此值定義任何 SEC_E_ 或 SEC_I_ 巨集。它可能來自較新的 Windows 版本、協力廠商的安全性套件，或是輸入錯誤的數字。</translation>
    </message>
    <message>
        <source>%1 is an NTSTATUS value of the SSPI facility, not an SSPI status code; its SSPI counterpart (if any) is listed with the matching SEC_E_ code.</source>
        <translation>%1 是 SSPI 設施的 NTSTATUS 值，不是 SSPI 狀態碼；若有對應的 SSPI 狀態碼，會以相符的 SEC_E_ 狀態碼列出。</translation>
    </message>
    <message>
        <source>%1 is an NTSTATUS value (kernel or LSA status), not an SSPI status code.</source>
        <translation>%1 是 NTSTATUS 值（核心或 LSA 狀態），不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>%1 is an HRESULT that wraps an NTSTATUS value, not an SSPI status code.</source>
        <translation>%1 是包裝 NTSTATUS 值的 HRESULT，不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>%1 is an HRESULT of the security facility outside the SSPI block (CryptoAPI, certificate or key storage), not an SSPI status code.</source>
        <translation>%1 是安全性設施中 SSPI 區塊以外的 HRESULT（CryptoAPI、憑證或金鑰儲存），不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>%1 is a Win32 error code wrapped as an HRESULT (HRESULT_FROM_WIN32 of error %2), not an SSPI status code.</source>
        <translation>%1 是包裝成 HRESULT 的 Win32 錯誤碼（錯誤 %2 的 HRESULT_FROM_WIN32），不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>%1 is an HRESULT of another facility, not an SSPI status code.</source>
        <translation>%1 是其他設施的 HRESULT，不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>%1 has no facility bits: it is a plain number, a success value or a Win32 error code, not an SSPI status code.</source>
        <translation>%1 沒有設施位元：它是一般數字、成功值或 Win32 錯誤碼，不是 SSPI 狀態碼。</translation>
    </message>
    <message>
        <source>It is known as %1.</source>
        <translation>其已知名稱為 %1。</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Informational</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Success &amp; continuation</source>
        <translation>成功與繼續</translation>
    </message>
    <message>
        <source>Credentials &amp; logon</source>
        <translation>認證與登入</translation>
    </message>
    <message>
        <source>Security context &amp; tokens</source>
        <translation>安全性內容與權杖</translation>
    </message>
    <message>
        <source>Messages &amp; cryptography</source>
        <translation>訊息與密碼編譯</translation>
    </message>
    <message>
        <source>Certificates &amp; smart cards</source>
        <translation>憑證與智慧卡</translation>
    </message>
    <message>
        <source>Kerberos &amp; KDC</source>
        <translation>Kerberos 與 KDC</translation>
    </message>
    <message>
        <source>Security packages &amp; system</source>
        <translation>安全性套件與系統</translation>
    </message>
    <message>
        <source>A call referred to a security package by an ID number that matches no package loaded in the LSA of this machine.</source>
        <translation>呼叫以 ID 編號參照安全性套件，但此編號不對應到這部電腦 LSA 中已載入的任何套件。</translation>
    </message>
    <message>
        <source>Windows identifies every loaded security package by a small number as well as by its name, and this code means a call used a number the local security authority (LSA) does not know. Applications almost never pass package numbers themselves, so in the field it points to a package that did not load, was removed from the configuration or was blocked inside LSASS. It is raised on the machine making the SSPI call, not by a domain controller, and it is rare: a trace of the calling application is usually needed to tell which package was meant.</source>
        <translation>Windows 除了名稱之外，也會以一個小編號識別每個已載入的安全性套件；此代碼表示呼叫使用了本機安全性授權單位（LSA）不認得的編號。應用程式幾乎不會自行傳遞套件編號，因此在實務上，它代表某個套件未能載入、已從設定中移除，或在 LSASS 內遭到封鎖。此錯誤由發出 SSPI 呼叫的電腦本身產生，而非網域控制站；它很少見，通常需要呼叫端應用程式的追蹤記錄，才能判斷原本要使用哪個套件。</translation>
    </message>
    <message>
        <source>A third-party security or authentication package (SSO agent, smart card or MFA middleware) was blocked from loading into LSASS because LSA protection (RunAsPPL) only admits properly signed plug-ins</source>
        <translation>協力廠商的安全性或驗證套件（SSO 代理程式、智慧卡或 MFA 中介軟體）無法載入 LSASS，因為 LSA 保護（RunAsPPL）只允許經過適當簽署的外掛程式</translation>
    </message>
    <message>
        <source>The &apos;Security Packages&apos; list under HKLM\SYSTEM\CurrentControlSet\Control\Lsa was changed by a hardening script or an uninstaller and the machine has not been restarted since</source>
        <translation>HKLM\SYSTEM\CurrentControlSet\Control\Lsa 下的「Security Packages」清單被強化指令碼或解除安裝程式修改過，而電腦之後尚未重新啟動</translation>
    </message>
    <message>
        <source>An application kept package information from before LSASS restarted or the package list changed, and now uses an ID that no longer exists</source>
        <translation>應用程式保留了 LSASS 重新啟動或套件清單變更之前的套件資訊，現在使用的 ID 已不存在</translation>
    </message>
    <message>
        <source>A custom SSP or test tool passes an uninitialised or hard-coded package identifier (a programming error that fails on every call)</source>
        <translation>自訂 SSP 或測試工具傳遞未初始化或硬式編碼的套件識別碼（程式設計錯誤，每次呼叫都會失敗）</translation>
    </message>
    <message>
        <source>Security package DLLs damaged by a failed update, so a package listed for loading never finished initialising</source>
        <translation>安全性套件的 DLL 因更新失敗而損毀，導致列入載入清單的套件始終無法完成初始化</translation>
    </message>
    <message>
        <source>List the packages LSA is configured to load and compare the list with a healthy machine of the same build</source>
        <translation>列出 LSA 設定要載入的套件，並與相同組建的正常電腦比較清單</translation>
    </message>
    <message>
        <source>On Windows 10 / Windows Server 2016 and later, also check the OSConfig copy of the list</source>
        <translation>在 Windows 10 / Windows Server 2016 及更新版本上，也請檢查 OSConfig 下的清單副本</translation>
    </message>
    <message>
        <source>Check whether LSA protection is enabled (RunAsPPL 1 or 2), which blocks plug-ins that are not signed for it</source>
        <translation>檢查 LSA 保護是否已啟用（RunAsPPL 為 1 或 2），此功能會封鎖未針對它簽署的外掛程式</translation>
    </message>
    <message>
        <source>Look for LSASS plug-ins that Code Integrity refused to load (events 3033 and 3063) and note the DLL names</source>
        <translation>尋找程式碼完整性拒絕載入的 LSASS 外掛程式（事件 3033 與 3063），並記下 DLL 名稱</translation>
    </message>
    <message>
        <source>Repair damaged system files, then restart the machine so LSASS loads its packages again</source>
        <translation>修復損毀的系統檔案，然後重新啟動電腦，讓 LSASS 重新載入其套件</translation>
    </message>
    <message>
        <source>The same problem when the package is requested by name instead of by number</source>
        <translation>同樣的問題，但套件是以名稱而非編號要求</translation>
    </message>
    <message>
        <source>A package that failed to initialise at start-up, which can leave its ID unregistered</source>
        <translation>在啟動時初始化失敗的套件，可能使其 ID 未被註冊</translation>
    </message>
    <message>
        <source>Also seen when the LSA side of SSPI is unhealthy</source>
        <translation>LSA 端的 SSPI 狀況不良時也會出現</translation>
    </message>
    <message>
        <source>The security context in use has expired or was already closed, so it can no longer sign, encrypt or decrypt data.</source>
        <translation>使用中的安全性內容已過期或已關閉，因此無法再簽署、加密或解密資料。</translation>
    </message>
    <message>
        <source>Every security context has a lifetime: a Kerberos context ends with the service ticket it was built from (10 hours by default), and a TLS (Schannel) context ends once either side has shut the connection down. Calls such as EncryptMessage or MakeSignature on a context past that point fail with this code on whichever side, client or server, still holds the handle. Administrators usually meet it on long-lived connections that fail after hours of working normally, or in applications that keep using a TLS connection after the peer closed it.</source>
        <translation>每個安全性內容都有存留期：Kerberos 安全性內容會隨其所依據的服務票證一起結束（預設 10 小時），而 TLS（Schannel）安全性內容則在任一方關閉連線後結束。在超過此時間點的安全性內容上呼叫 EncryptMessage 或 MakeSignature 等函式，會在仍持有控制代碼的一方（用戶端或伺服器）以此代碼失敗。系統管理員通常會在正常運作數小時後突然失敗的長時間連線上遇到它，或在對方已關閉 TLS 連線後仍繼續使用該連線的應用程式中遇到它。</translation>
    </message>
    <message>
        <source>A long-lived connection (LDAP with signing or sealing, RPC/DCOM, a pooled database or WinRM session) stayed open past the end time of its Kerberos service ticket and the application does not re-authenticate</source>
        <translation>長時間連線（使用簽署或密封的 LDAP、RPC/DCOM、集區化的資料庫連線或 WinRM 工作階段）在其 Kerberos 服務票證的結束時間之後仍保持開啟，而應用程式不會重新驗證</translation>
    </message>
    <message>
        <source>The application keeps calling EncryptMessage or DecryptMessage after the TLS peer sent close_notify (first reported as SEC_I_CONTEXT_EXPIRED) or after it shut the connection down itself</source>
        <translation>應用程式在 TLS 連線的對方送出 close_notify（首先回報為 SEC_I_CONTEXT_EXPIRED）之後，或在自己關閉連線之後，仍持續呼叫 EncryptMessage 或 DecryptMessage</translation>
    </message>
    <message>
        <source>The system clock jumped forward (VM resumed from a saved state or snapshot, manual time change, bad NTP source), so contexts expire early</source>
        <translation>系統時鐘向前跳動（VM 從已儲存狀態或快照繼續執行、手動變更時間、NTP 來源有誤），導致安全性內容提早過期</translation>
    </message>
    <message>
        <source>The domain Kerberos policy shortens &apos;Maximum lifetime for service ticket&apos; (for example to 60 minutes), so contexts expire much sooner than the application expects</source>
        <translation>網域 Kerberos 原則縮短了「服務票證最長存留期」（Maximum lifetime for service ticket，例如縮短為 60 分鐘），因此安全性內容過期的時間比應用程式預期早得多</translation>
    </message>
    <message>
        <source>An application or connection pool caches a context handle and reuses it beyond the expiry time it was given when the context was built</source>
        <translation>應用程式或連線集區快取了安全性內容控制代碼，並在建立時取得的到期時間之後繼續重複使用</translation>
    </message>
    <message>
        <source>On the client, check the start, end and renew times of the service ticket used by the failing connection</source>
        <translation>在用戶端上，檢查失敗連線所使用服務票證的開始、結束與續訂時間</translation>
    </message>
    <message>
        <source>Purge the tickets and reconnect; if the error returns after the same interval, the application is not renewing its contexts</source>
        <translation>清除票證並重新連線；如果錯誤在相同的時間間隔後再次出現，表示應用程式沒有重新建立其安全性內容</translation>
    </message>
    <message>
        <source>For services running as SYSTEM or NETWORK SERVICE, purge the computer account&apos;s tickets instead</source>
        <translation>對於以 SYSTEM 或 NETWORK SERVICE 執行的服務，改為清除電腦帳戶的票證</translation>
    </message>
    <message>
        <source>Look for clock jumps around the failures: Kernel-General event 1 records every change of the system time</source>
        <translation>尋找失敗前後的時鐘跳動：Kernel-General 事件 1 會記錄每一次系統時間變更</translation>
    </message>
    <message>
        <source>Check &apos;Maximum lifetime for service ticket&apos; under Kerberos Policy in the Default Domain Policy GPO</source>
        <translation>檢查網域的預設 GPO「Default Domain Policy」中「Kerberos 原則」下的「服務票證最長存留期」（Maximum lifetime for service ticket）</translation>
    </message>
    <message>
        <source>For a TLS connection, capture a trace and check whether the peer sent a close_notify alert before the failing call (stop with netsh trace stop)</source>
        <translation>若是 TLS 連線，請擷取追蹤，並檢查對方是否在失敗的呼叫之前送出 close_notify 警示（以 netsh trace stop 停止）</translation>
    </message>
    <message>
        <source>Informational code Schannel returns when the peer closes the TLS connection; using the context afterwards gives this error</source>
        <translation>對方關閉 TLS 連線時 Schannel 傳回的資訊代碼；之後再使用該安全性內容就會得到此錯誤</translation>
    </message>
    <message>
        <source>Clock problems make contexts expire early and also break new Kerberos logons</source>
        <translation>時鐘問題會讓安全性內容提早過期，也會使新的 Kerberos 登入失敗</translation>
    </message>
    <message>
        <source>Returned instead once the expired context has been deleted</source>
        <translation>過期的安全性內容被刪除後，改為傳回此代碼</translation>
    </message>
    <message>
        <source>The input buffer holds only part of a TLS record or token; the caller has to read more data from the network and call again.</source>
        <translation>輸入緩衝區只包含 TLS 記錄或權杖的一部分；呼叫端必須從網路讀取更多資料，然後再次呼叫。</translation>
    </message>
    <message>
        <source>Schannel (and Kerberos when it is given stream buffers) only processes complete records. When the data read from the socket ends in the middle of a record, the call returns this code with a hint of how many more bytes are needed, and a well-written application reads more and retries, so in detailed traces it is often part of normal flow. It signals a real problem only when it is the last status before a connection fails or times out, which means the rest of the record never arrived.</source>
        <translation>Schannel（以及收到串流緩衝區時的 Kerberos）只處理完整的記錄。當從通訊端讀到的資料在某筆記錄中間結束時，呼叫會傳回此代碼，並提示還需要多少位元組；撰寫良好的應用程式會繼續讀取並重試，因此在詳細追蹤中它常是正常流程的一部分。只有當它是連線失敗或逾時前的最後一個狀態時，才表示真的有問題，也就是記錄的其餘部分始終沒有送達。</translation>
    </message>
    <message>
        <source>The peer or a device in the path closed or reset the connection in the middle of the TLS handshake, for example a server that drops the connection instead of sending an alert when it dislikes the ClientHello</source>
        <translation>對方或路徑中的裝置在 TLS 交握中途關閉或重設連線，例如伺服器不接受 ClientHello 時直接中斷連線，而不是送出警示</translation>
    </message>
    <message>
        <source>A firewall, IPS or VPN drops large packets, typically the server&apos;s Certificate message with a long chain, so the handshake stalls (a path MTU black hole)</source>
        <translation>防火牆、IPS 或 VPN 丟棄大型封包，通常是憑證鏈結很長的伺服器 Certificate 訊息，導致交握停滯（路徑 MTU 黑洞）</translation>
    </message>
    <message>
        <source>The application treats this code as fatal instead of reading more data and calling again, a bug exposed by slow or fragmented networks</source>
        <translation>應用程式將此代碼視為嚴重錯誤，而不是讀取更多資料後再次呼叫；這種程式錯誤會在緩慢或分段的網路上暴露出來</translation>
    </message>
    <message>
        <source>A TLS-inspection proxy, load balancer or WAN optimiser truncates records</source>
        <translation>TLS 檢查 Proxy、負載平衡器或 WAN 最佳化裝置截斷了記錄</translation>
    </message>
    <message>
        <source>The service is overloaded or hung and never sends the rest of the record</source>
        <translation>服務超載或停止回應，始終沒有送出記錄的其餘部分</translation>
    </message>
    <message>
        <source>Check that the TLS port is reachable from the client</source>
        <translation>確認可從用戶端連線到 TLS 連接埠</translation>
    </message>
    <message>
        <source>Test the path MTU with Don&apos;t Fragment set; if 1472-byte pings fail while smaller ones pass, look for a device dropping large packets</source>
        <translation>在設定「不要分段」（Don&apos;t Fragment）旗標的情況下測試路徑 MTU；如果 1472 位元組的 ping 失敗而較小的成功，請找出丟棄大型封包的裝置</translation>
    </message>
    <message>
        <source>Repeat the handshake with a known-good Schannel client and note where it stops</source>
        <translation>以已知正常的 Schannel 用戶端重複交握，並記下停止的位置</translation>
    </message>
    <message>
        <source>Capture a failing attempt and check who closes or resets the connection and whether records arrive truncated (stop with netsh trace stop)</source>
        <translation>擷取一次失敗的嘗試，檢查是哪一方關閉或重設連線，以及記錄是否被截斷（以 netsh trace stop 停止）</translation>
    </message>
    <message>
        <source>Check the Schannel events in the System log on both sides at the time of the failure</source>
        <translation>檢查雙方在失敗時間點的系統記錄檔中的 Schannel 事件</translation>
    </message>
    <message>
        <source>What the handshake turns into when the data that does arrive is not valid TLS</source>
        <translation>實際送達的資料不是有效的 TLS 時，交握會變成此錯誤</translation>
    </message>
    <message>
        <source>The normal handshake status that surrounds this code in traces</source>
        <translation>追蹤中圍繞此代碼出現的正常交握狀態</translation>
    </message>
    <message>
        <source>Returned when a complete record arrives but fails its integrity check</source>
        <translation>完整記錄已送達但未通過完整性檢查時傳回</translation>
    </message>
    <message>
        <source>The credentials given to the package lack a required part, in practice a usable client certificate for TLS client authentication.</source>
        <translation>提供給安全性套件的認證缺少必要部分，實務上是缺少可用於 TLS 用戶端驗證的用戶端憑證。</translation>
    </message>
    <message>
        <source>The package could not build the context because the credentials it was handed were missing something it needs. With Schannel this belongs to TLS client authentication: the server asked for a client certificate and the client&apos;s credentials held no usable one. Current Windows versions usually report that situation with the informational twin SEC_I_INCOMPLETE_CREDENTIALS (0x00090320), which many applications and wrappers turn into this error or print with its text, so the troubleshooting is the same; it is reported on the client.</source>
        <translation>安全性套件無法建立安全性內容，因為交給它的認證缺少所需的部分。在 Schannel 中，這屬於 TLS 用戶端驗證：伺服器要求用戶端憑證，而用戶端的認證中沒有可用的憑證。目前的 Windows 版本通常以資訊性的對應代碼 SEC_I_INCOMPLETE_CREDENTIALS（0x00090320）回報這種情況，許多應用程式與包裝程式庫會把它轉成此錯誤或印出其文字，因此疑難排解方式相同；此錯誤由用戶端回報。</translation>
    </message>
    <message>
        <source>The server requires a client certificate (IIS set to require client certificates, an API gateway, a mutual-TLS web service) and the calling account has no certificate with the Client Authentication EKU</source>
        <translation>伺服器要求用戶端憑證（IIS 設定為要求用戶端憑證、API 閘道、相互 TLS 驗證的 Web 服務），而呼叫的帳戶沒有具備「用戶端驗證」EKU 的憑證</translation>
    </message>
    <message>
        <source>A client certificate exists but was issued by a CA that is missing from the list of acceptable issuers the server sends, so Windows does not offer it</source>
        <translation>用戶端憑證存在，但簽發它的 CA 不在伺服器所送出的可接受簽發者清單中，因此 Windows 不會提供它</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key cannot be read by the account the application runs as (service account, IIS application pool identity), or it sits on a smart card or token that is not inserted</source>
        <translation>應用程式的執行帳戶（服務帳戶、IIS 應用程式集區身分識別）無法讀取憑證的私密金鑰，或金鑰位於未插入的智慧卡或權杖裝置上</translation>
    </message>
    <message>
        <source>The application turned off automatic client certificate selection (ISC_REQ_USE_SUPPLIED_CREDS) and does not react when the server asks for a certificate</source>
        <translation>應用程式關閉了自動選取用戶端憑證（ISC_REQ_USE_SUPPLIED_CREDS），而且在伺服器要求憑證時沒有任何處理</translation>
    </message>
    <message>
        <source>The certificate was imported into the current user store while the service looks in the local computer store, or the other way round</source>
        <translation>憑證匯入到目前使用者存放區，而服務查看的是本機電腦存放區，或情況相反</translation>
    </message>
    <message>
        <source>List the user&apos;s personal certificates and look for one with Client Authentication and a private key</source>
        <translation>列出使用者的個人憑證，尋找具備「用戶端驗證」用途且有私密金鑰的憑證</translation>
    </message>
    <message>
        <source>For services and application pools, check the local computer store instead</source>
        <translation>對於服務與應用程式集區，改為檢查本機電腦存放區</translation>
    </message>
    <message>
        <source>See which CA names the server accepts for client certificates (the &apos;Acceptable client certificate CA names&apos; section)</source>
        <translation>查看伺服器接受哪些 CA 名稱的用戶端憑證（「Acceptable client certificate CA names」區段）</translation>
    </message>
    <message>
        <source>On an IIS / HTTP.sys server, check whether the binding negotiates client certificates and which CTL store limits them</source>
        <translation>在 IIS / HTTP.sys 伺服器上，檢查繫結是否協商用戶端憑證，以及由哪個 CTL 存放區限制它們</translation>
    </message>
    <message>
        <source>On the server, check the Schannel settings that control the trusted issuer list (SendTrustedIssuerList, ClientAuthTrustMode)</source>
        <translation>在伺服器上，檢查控制受信任簽發者清單的 Schannel 設定（SendTrustedIssuerList、ClientAuthTrustMode）</translation>
    </message>
    <message>
        <source>Test from the client with an explicitly chosen certificate</source>
        <translation>從用戶端以明確指定的憑證進行測試</translation>
    </message>
    <message>
        <source>Informational twin with the same low bits, returned when a TLS server asks for a client certificate</source>
        <translation>低位元相同的資訊性對應代碼，在 TLS 伺服器要求用戶端憑證時傳回</translation>
    </message>
    <message>
        <source>Returned when no usable credentials or private key can be found at all</source>
        <translation>完全找不到可用的認證或私密金鑰時傳回</translation>
    </message>
    <message>
        <source>Returned when the certificate or key supplied cannot be used by Schannel</source>
        <translation>Schannel 無法使用所提供的憑證或金鑰時傳回</translation>
    </message>
    <message>
        <source>What the client sees when the server rejects the certificate it did send</source>
        <translation>伺服器拒絕用戶端實際送出的憑證時，用戶端看到的代碼</translation>
    </message>
    <message>
        <source>An output buffer given to SSPI is too small for the token or message, often a Kerberos ticket enlarged by many group memberships.</source>
        <translation>提供給 SSPI 的輸出緩衝區太小，容不下權杖或訊息，常見原因是 Kerberos 票證因大量群組成員資格而變大。</translation>
    </message>
    <message>
        <source>The caller supplied a buffer that cannot hold what the package has to write: an authentication token, a TLS record header or trailer, or attribute data. For administrators the usual form is Kerberos token bloat: the user belongs to so many groups that the ticket outgrows the buffer the application sized from MaxTokenSize, and the client logs Kerberos event 6 in its System log. Otherwise it is a programming error in the calling application, reported on the side that made the call.</source>
        <translation>呼叫端提供的緩衝區容納不下安全性套件必須寫入的內容：驗證權杖、TLS 記錄的標頭或尾端，或屬性資料。對系統管理員而言，最常見的形式是 Kerberos 權杖膨脹：使用者所屬群組多到票證超過應用程式依 MaxTokenSize 決定大小的緩衝區，用戶端會在系統記錄檔中記錄 Kerberos 事件 6。其他情況則是呼叫端應用程式的程式設計錯誤，由發出呼叫的一方回報。</translation>
    </message>
    <message>
        <source>The user is a member of hundreds of groups (nested groups, SID history from migrations), so the Kerberos ticket exceeds the token buffer (Kerberos event 6 on the client)</source>
        <translation>使用者是數百個群組的成員（巢狀群組、移轉留下的 SID 歷程記錄），因此 Kerberos 票證超過權杖緩衝區（用戶端上的 Kerberos 事件 6）</translation>
    </message>
    <message>
        <source>MaxTokenSize under HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters is set below the 48000-byte default, often a leftover 12000 from old guidance</source>
        <translation>HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters 下的 MaxTokenSize 設得比預設的 48000 位元組小，常是依舊指引設定而遺留的 12000</translation>
    </message>
    <message>
        <source>Claims and compound authentication (Dynamic Access Control) add data to the ticket and push an already large token over the limit</source>
        <translation>宣告與複合驗證（動態存取控制）會在票證中加入資料，使原本已很大的權杖超過上限</translation>
    </message>
    <message>
        <source>The application allocates fixed-size token buffers instead of using cbMaxToken from QuerySecurityPackageInfo or ISC_REQ_ALLOCATE_MEMORY</source>
        <translation>應用程式使用固定大小的權杖緩衝區，而不是採用 QuerySecurityPackageInfo 傳回的 cbMaxToken 或 ISC_REQ_ALLOCATE_MEMORY</translation>
    </message>
    <message>
        <source>A TLS application sizes EncryptMessage or DecryptMessage buffers without the header and trailer sizes from SECPKG_ATTR_STREAM_SIZES</source>
        <translation>TLS 應用程式在決定 EncryptMessage 或 DecryptMessage 緩衝區大小時，未納入 SECPKG_ATTR_STREAM_SIZES 提供的標頭與尾端大小</translation>
    </message>
    <message>
        <source>Count the groups in the user&apos;s token; several hundred is a strong sign of token bloat</source>
        <translation>計算使用者權杖中的群組數；數百個就是權杖膨脹的強烈跡象</translation>
    </message>
    <message>
        <source>Look for Kerberos event 6 on the client, which states the token size and the buffer size that was too small</source>
        <translation>在用戶端上尋找 Kerberos 事件 6，其中會列出權杖大小以及過小的緩衝區大小</translation>
    </message>
    <message>
        <source>Check whether MaxTokenSize is overridden on the client (no value means the 48000-byte default)</source>
        <translation>檢查用戶端上是否覆寫了 MaxTokenSize（沒有此值表示使用預設的 48000 位元組）</translation>
    </message>
    <message>
        <source>If web servers answer HTTP 400 &apos;Request header too long&apos; for the same users, review MaxFieldLength and MaxRequestBytes of HTTP.sys</source>
        <translation>如果 Web 伺服器對相同使用者回應 HTTP 400「Request header too long」，請檢查 HTTP.sys 的 MaxFieldLength 與 MaxRequestBytes</translation>
    </message>
    <message>
        <source>Reduce the user&apos;s group memberships or clean up SID history; developers should size buffers from cbMaxToken or let SSPI allocate them</source>
        <translation>減少使用者的群組成員資格或清理 SID 歷程記錄；開發人員應依 cbMaxToken 決定緩衝區大小，或讓 SSPI 自行分配</translation>
    </message>
    <message>
        <source>The package could not allocate memory, sometimes for the same oversized token</source>
        <translation>安全性套件無法分配記憶體，有時正是為了同一個過大的權杖</translation>
    </message>
    <message>
        <source>Too few buffers were supplied rather than buffers that are too small</source>
        <translation>提供的緩衝區數量太少，而不是緩衝區太小</translation>
    </message>
    <message>
        <source>The same problem for the buffer that receives TLS extensions</source>
        <translation>接收 TLS 擴充功能的緩衝區發生相同的問題</translation>
    </message>
    <message>
        <source>Very large tokens also break CredSSP (Remote Desktop) encryption on older systems</source>
        <translation>過大的權杖也會使較舊系統上的 CredSSP（遠端桌面）加密失敗</translation>
    </message>
    <message>
        <source>The server that answered is not the identity the client asked for: the Kerberos ticket or the TLS certificate name does not fit.</source>
        <translation>回應的伺服器不是用戶端要求的身分識別：Kerberos 票證或 TLS 憑證名稱不符。</translation>
    </message>
    <message>
        <source>With Kerberos, the service could not decrypt the ticket the client presented because it was encrypted for a different account; the server answers KRB_AP_ERR_MODIFIED, the client logs Kerberos event 4, and tools such as SQL Server clients, repadmin or Remote Desktop show this code. With Schannel (TLS), the client reports it when the name in the server&apos;s certificate does not match the name it connected to. Either way, the name the client used leads to a different identity than the one that answered.</source>
        <translation>使用 Kerberos 時，服務無法解密用戶端出示的票證，因為該票證是針對另一個帳戶加密的；伺服器回應 KRB_AP_ERR_MODIFIED，用戶端記錄 Kerberos 事件 4，而 SQL Server 用戶端、repadmin 或遠端桌面等工具則顯示此代碼。使用 Schannel（TLS）時，若伺服器憑證中的名稱與用戶端連線所用的名稱不符，用戶端就會回報此代碼。無論哪一種，用戶端使用的名稱都指向與實際回應者不同的身分識別。</translation>
    </message>
    <message>
        <source>The SPN (for example HTTP/web01.contoso.com or MSSQLSvc/sql01.contoso.com:1433) is registered on a different account than the one the service runs as, e.g. after moving the service from LocalSystem to a domain service account</source>
        <translation>服務主體名稱（SPN，例如 HTTP/web01.contoso.com 或 MSSQLSvc/sql01.contoso.com:1433）註冊在與服務執行帳戶不同的帳戶上，例如將服務從 LocalSystem 改為網域服務帳戶之後</translation>
    </message>
    <message>
        <source>The same SPN is registered on two accounts, so the KDC encrypts the ticket for the wrong one</source>
        <translation>同一個 SPN 註冊在兩個帳戶上，因此金鑰發佈中心（KDC）以錯誤帳戶的金鑰加密票證</translation>
    </message>
    <message>
        <source>DNS, a hosts-file entry or a load-balanced name points to another machine than the one owning the SPN (stale A record, cloned server, virtual IP without a shared service account)</source>
        <translation>DNS、hosts 檔案項目或負載平衡名稱指向的電腦，並不是擁有該 SPN 的電腦（過時的 A 記錄、複製的伺服器、沒有共用服務帳戶的虛擬 IP）</translation>
    </message>
    <message>
        <source>The computer account password is out of sync with Active Directory (VM snapshot rolled back, server restored from backup), so the machine cannot decrypt tickets for its own SPNs; between DCs repadmin shows -2146893022</source>
        <translation>電腦帳戶密碼與 Active Directory 不同步（VM 快照被還原、伺服器從備份還原），因此該電腦無法解密其本身 SPN 的票證；網域控制站之間的 repadmin 會顯示 -2146893022</translation>
    </message>
    <message>
        <source>TLS: the server certificate&apos;s Subject or SAN does not contain the name the client used (connection by IP address, short name or alias)</source>
        <translation>TLS：伺服器憑證的主體或主體別名（SAN）不包含用戶端使用的名稱（以 IP 位址、短名稱或別名連線）</translation>
    </message>
    <message>
        <source>The client still holds a ticket obtained before the SPN was moved and keeps presenting it until it is purged or expires</source>
        <translation>用戶端仍持有 SPN 移動前取得的票證，並持續出示，直到清除或過期為止</translation>
    </message>
    <message>
        <source>Find which account owns the SPN the client requests and compare it with the logon account of the service</source>
        <translation>找出擁有用戶端所要求 SPN 的帳戶，並與服務的登入帳戶比較</translation>
    </message>
    <message>
        <source>Search the whole forest for duplicate SPNs</source>
        <translation>在整個樹系中搜尋重複的 SPN</translation>
    </message>
    <message>
        <source>Check that the name resolves to the server that really runs the service (check the client&apos;s hosts file too)</source>
        <translation>確認名稱解析到實際執行該服務的伺服器（也請檢查用戶端的 hosts 檔案）</translation>
    </message>
    <message>
        <source>Purge the client&apos;s tickets, reconnect, and check with klist which service ticket it obtains</source>
        <translation>清除用戶端的票證並重新連線，然後用 klist 檢查它取得了哪張服務票證</translation>
    </message>
    <message>
        <source>On the server, test the computer account&apos;s secure channel; repair it with -Repair if the test fails</source>
        <translation>在伺服器上測試電腦帳戶的安全通道；若測試失敗，請加上 -Repair 修復</translation>
    </message>
    <message>
        <source>For TLS, check the certificate&apos;s Subject and Subject Alternative Name against the name clients use</source>
        <translation>若為 TLS，請比對憑證的主體與主體別名是否包含用戶端使用的名稱</translation>
    </message>
    <message>
        <source>Returned when the SPN does not exist at all rather than pointing to the wrong account</source>
        <translation>SPN 完全不存在（而非指向錯誤的帳戶）時傳回</translation>
    </message>
    <message>
        <source>Also means the server&apos;s identity could not be confirmed</source>
        <translation>同樣表示無法確認伺服器的身分識別</translation>
    </message>
    <message>
        <source>The other common TLS certificate failure, often fixed together with a name mismatch</source>
        <translation>另一種常見的 TLS 憑證失敗，常與名稱不符一起修正</translation>
    </message>
    <message>
        <source>Can follow when Kerberos fails and the NTLM fallback is refused</source>
        <translation>Kerberos 失敗且退回使用 NTLM 遭拒時可能接著出現</translation>
    </message>
    <message>
        <source>Kerberos rejected the request because the clocks of the client and the DC or server differ by more than the allowed tolerance.</source>
        <translation>Kerberos 拒絕了要求，因為用戶端與網域控制站或伺服器的時鐘差距超過允許的容錯範圍。</translation>
    </message>
    <message>
        <source>Kerberos tickets and authenticators carry timestamps, and a KDC or service rejects them when its clock differs from the sender&apos;s by more than the allowed skew (5 minutes by default), which protects against replayed messages. The client reports this code when the domain controller or the target server answers with KRB_AP_ERR_SKEW. Negotiate may then fall back to NTLM, so the visible symptom can be slow or partly failing logons rather than a clean error.</source>
        <translation>Kerberos 票證與驗證器帶有時間戳記，當金鑰發佈中心（KDC）或服務的時鐘與傳送者相差超過允許的時鐘誤差（預設 5 分鐘）時，就會拒絕它們，以防範重送的訊息。當網域控制站或目標伺服器回應 KRB_AP_ERR_SKEW 時，用戶端會回報此代碼。Negotiate 之後可能退回使用 NTLM，因此可見的症狀可能是登入變慢或部分失敗，而不是明確的錯誤。</translation>
    </message>
    <message>
        <source>The client&apos;s clock differs from the DC&apos;s by more than 5 minutes (the default &apos;Maximum tolerance for computer clock synchronization&apos;)</source>
        <translation>用戶端時鐘與網域控制站相差超過 5 分鐘（即「電腦時鐘同步處理的最大容錯」（Maximum tolerance for computer clock synchronization）的預設值）</translation>
    </message>
    <message>
        <source>The Windows Time service on the client or server is stopped, disabled or pointed at an unreachable manual NTP source, so it never syncs from the domain hierarchy</source>
        <translation>用戶端或伺服器上的 Windows Time 服務已停止、已停用，或指向無法連線的手動 NTP 來源，因此從未與網域階層同步</translation>
    </message>
    <message>
        <source>The PDC emulator of the forest root domain syncs from its own hardware clock or an unreliable external source, so the whole domain drifts</source>
        <translation>樹系根網域的 PDC 模擬器從自己的硬體時鐘或不可靠的外部來源同步，導致整個網域的時間漂移</translation>
    </message>
    <message>
        <source>A virtual machine takes its time from a hypervisor host whose clock is wrong, overriding the domain time</source>
        <translation>虛擬機器從時鐘錯誤的 Hypervisor 主機取得時間，蓋過了網域時間</translation>
    </message>
    <message>
        <source>The clock shows the right local time but the time zone is wrong, so the UTC time that Kerberos compares is off by hours</source>
        <translation>時鐘顯示的當地時間正確，但時區錯誤，因此 Kerberos 比較的 UTC 時間相差數小時</translation>
    </message>
    <message>
        <source>The machine resumed from sleep, a saved state or a snapshot with a stale clock and has not resynchronised yet</source>
        <translation>電腦從睡眠、已儲存狀態或快照以過時的時鐘繼續執行，而且尚未重新同步</translation>
    </message>
    <message>
        <source>Measure the offset between this machine and a domain controller</source>
        <translation>測量這部電腦與網域控制站之間的時間差</translation>
    </message>
    <message>
        <source>Check the time source and the last successful sync; &apos;Local CMOS Clock&apos; or &apos;Free-running System Clock&apos; means it is not syncing</source>
        <translation>檢查時間來源與上次成功同步的時間；「Local CMOS Clock」或「Free-running System Clock」表示沒有在同步</translation>
    </message>
    <message>
        <source>Force a resynchronisation with the domain hierarchy</source>
        <translation>強制與網域階層重新同步</translation>
    </message>
    <message>
        <source>Find the PDC emulator, then check its own time source</source>
        <translation>找出 PDC 模擬器，然後檢查它本身的時間來源</translation>
    </message>
    <message>
        <source>Compare the offsets of all domain controllers in the domain</source>
        <translation>比較網域中所有網域控制站的時間差</translation>
    </message>
    <message>
        <source>Review the Time-Service events for synchronisation failures</source>
        <translation>檢查 Time-Service 事件中的同步失敗</translation>
    </message>
    <message>
        <source>A jumping clock also makes existing contexts expire early</source>
        <translation>跳動的時鐘也會讓既有的安全性內容提早過期</translation>
    </message>
    <message>
        <source>A wrong clock also makes valid certificates look expired or not yet valid</source>
        <translation>錯誤的時鐘也會讓有效的憑證看起來已過期或尚未生效</translation>
    </message>
    <message>
        <source>Applications often show a generic logon failure instead</source>
        <translation>應用程式常改為顯示一般的登入失敗</translation>
    </message>
    <message>
        <source>The TLS peer&apos;s certificate chain ends at a root CA that this machine does not trust.</source>
        <translation>TLS 連線的對方所提供的憑證鏈結，終止於這部電腦不信任的根憑證授權單位（CA）。</translation>
    </message>
    <message>
        <source>During the TLS (Schannel) handshake the receiving side builds the chain of the certificate it was given, and the chain ended at a root that is not in its Trusted Root Certification Authorities store, or could not be completed at all. It is normally reported by the client about the server&apos;s certificate, the well-known SQL Server, LDAPS, RDP and WinRM message &quot;The certificate chain was issued by an authority that is not trusted&quot;, and by a Windows side that receives TLS alert unknown_ca (48) from its peer.</source>
        <translation>在 TLS（Schannel）交握期間，接收端會為收到的憑證建立鏈結，而該鏈結終止於不在其「受信任的根憑證授權單位」存放區中的根，或根本無法完成。通常由用戶端針對伺服器憑證回報，也就是 SQL Server、LDAPS、RDP 與 WinRM 常見的訊息「此憑證鏈結是由不受信任的授權單位發出的」（The certificate chain was issued by an authority that is not trusted）；收到對方 TLS 警示 unknown_ca（48）的 Windows 端也會回報此代碼。</translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate (the one SQL Server generates, the default RDP certificate, a test certificate) that clients have no reason to trust</source>
        <translation>伺服器使用自我簽署憑證（SQL Server 自動產生的憑證、預設的 RDP 憑證、測試憑證），用戶端沒有理由信任它</translation>
    </message>
    <message>
        <source>The certificate comes from an internal enterprise CA whose root is not in the client&apos;s Trusted Root store (non-domain-joined machine, workgroup server, other forest)</source>
        <translation>憑證來自內部企業 CA，而其根憑證不在用戶端的「受信任的根憑證授權單位」存放區中（未加入網域的電腦、工作群組伺服器、其他樹系）</translation>
    </message>
    <message>
        <source>Newer SQL Server drivers (Microsoft.Data.SqlClient 4.0 and later, ODBC Driver 18) encrypt by default, exposing a SQL Server certificate that was never validated before</source>
        <translation>較新的 SQL Server 驅動程式（Microsoft.Data.SqlClient 4.0 及更新版本、ODBC Driver 18）預設會加密，因而暴露出從未驗證過的 SQL Server 憑證</translation>
    </message>
    <message>
        <source>The server does not send its intermediate CA certificates and the client cannot download them from the AIA URL, so the chain never reaches a trusted root</source>
        <translation>伺服器沒有送出其中繼 CA 憑證，而用戶端無法從 AIA URL 下載，因此憑證鏈結始終到不了受信任的根</translation>
    </message>
    <message>
        <source>A TLS-inspection proxy or firewall re-signs traffic with its own CA, which has not been deployed to this client</source>
        <translation>TLS 檢查 Proxy 或防火牆以自己的 CA 重新簽署流量，而該 CA 尚未部署到此用戶端</translation>
    </message>
    <message>
        <source>Automatic root certificate updates are turned off on an offline server, so a newer public root is missing</source>
        <translation>離線伺服器關閉了根憑證自動更新，因此缺少較新的公用根憑證</translation>
    </message>
    <message>
        <source>Save the peer&apos;s certificate and build its chain; the output names the element that fails</source>
        <translation>儲存對方的憑證並建立其鏈結；輸出會指出鏈結中驗證失敗的是哪一張憑證</translation>
    </message>
    <message>
        <source>See exactly which certificates the server sends during the handshake</source>
        <translation>查看伺服器在交握期間實際送出哪些憑證</translation>
    </message>
    <message>
        <source>Check whether the issuing root is in the machine&apos;s Trusted Root store</source>
        <translation>檢查簽發的根憑證是否在電腦的「受信任的根憑證授權單位」存放區中</translation>
    </message>
    <message>
        <source>Import the correct root CA certificate (in a domain, deploy it by Group Policy instead)</source>
        <translation>匯入正確的根 CA 憑證（在網域中請改用群組原則部署）</translation>
    </message>
    <message>
        <source>Check the Schannel events on the side that rejected the certificate</source>
        <translation>在拒絕該憑證的一方檢查 Schannel 事件</translation>
    </message>
    <message>
        <source>Use TrustServerCertificate=True or similar switches only briefly to confirm the diagnosis; the fix is a certificate from a trusted CA</source>
        <translation>TrustServerCertificate=True 或類似參數只可短暫用來確認診斷；真正的修正方式是使用受信任 CA 簽發的憑證</translation>
    </message>
    <message>
        <source>Other certificate rejections that do not concern the root</source>
        <translation>與根憑證無關的其他憑證拒絕情況</translation>
    </message>
    <message>
        <source>The other frequent certificate failure in the same handshake</source>
        <translation>同一交握中另一種常見的憑證失敗</translation>
    </message>
    <message>
        <source>Reported when the chain is trusted but the name does not match</source>
        <translation>憑證鏈結受信任但名稱不符時回報</translation>
    </message>
    <message>
        <source>The Kerberos smart card counterpart of an untrusted CA</source>
        <translation>不受信任 CA 在 Kerberos 智慧卡登入中的對應代碼</translation>
    </message>
    <message>
        <source>The TLS handshake broke down: the peer sent a fatal alert, or data that is not valid TLS at this point.</source>
        <translation>TLS 交握失敗：對方送出了嚴重警示，或在此階段送出不是有效 TLS 的資料。</translation>
    </message>
    <message>
        <source>Schannel returns this code when it receives a TLS message it cannot accept, and when the peer aborts with a fatal alert that has no more specific mapping, most often handshake_failure (40). On a client it usually means the server rejected the ClientHello: no shared cipher suite or signature algorithm, or a client certificate it required was not sent. On a server, Schannel errors with this code often come from clients or scanners that send plain text or handshakes it does not support.</source>
        <translation>當 Schannel 收到無法接受的 TLS 訊息，或對方以沒有更具體對應代碼的嚴重警示中止時（最常見的是 handshake_failure（40）），就會傳回此代碼。在用戶端上，它通常表示伺服器拒絕了 ClientHello：雙方沒有共用的加密套件或簽章演算法，或沒有送出伺服器要求的用戶端憑證。在伺服器上，帶有此代碼的 Schannel 錯誤常來自送出純文字或不支援之交握的用戶端或掃描器。</translation>
    </message>
    <message>
        <source>The server aborted with alert 40 (handshake_failure) because the two sides share no cipher suite or signature algorithm, e.g. a hardened server allowing only ECDHE-GCM suites and an old client offering only CBC or RSA key exchange</source>
        <translation>伺服器以警示 40（handshake_failure）中止，因為雙方沒有共用的加密套件或簽章演算法，例如經過強化、只允許 ECDHE-GCM 套件的伺服器，遇到只提供 CBC 或 RSA 金鑰交換的舊用戶端</translation>
    </message>
    <message>
        <source>The server requires a client certificate (mutual TLS) and the client sent none, or one it cannot use</source>
        <translation>伺服器要求用戶端憑證（相互 TLS 驗證），而用戶端沒有送出，或送出的憑證無法使用</translation>
    </message>
    <message>
        <source>The port does not speak TLS directly: plain HTTP, or a STARTTLS service such as SMTP on 25/587 or LDAP on 389 contacted with implicit TLS</source>
        <translation>該連接埠並不直接使用 TLS：例如純 HTTP，或以隱含式 TLS 連線到 SMTP 25/587、LDAP 389 等使用 STARTTLS 的服務</translation>
    </message>
    <message>
        <source>A middlebox (TLS inspection, load balancer, IPS) interferes with or rewrites the handshake</source>
        <translation>中間設備（TLS 檢查、負載平衡器、IPS）妨礙或改寫了交握</translation>
    </message>
    <message>
        <source>A Schannel regression in a Windows update breaks handshakes with some servers (for example the October 2022 updates, fixed by the out-of-band update KB5020435)</source>
        <translation>Windows 更新中的 Schannel 回歸問題導致與某些伺服器的交握失敗（例如 2022 年 10 月的更新，已由頻外更新 KB5020435 修正）</translation>
    </message>
    <message>
        <source>On servers: vulnerability scanners, monitoring probes or outdated clients sending malformed or plain-text hellos</source>
        <translation>在伺服器上：弱點掃描器、監視探查或過時的用戶端送出格式錯誤或純文字的 hello 訊息</translation>
    </message>
    <message>
        <source>Read the Schannel events on both sides; 36887 gives the alert number received and 36888 the alert sent</source>
        <translation>讀取雙方的 Schannel 事件；36887 顯示收到的警示編號，36888 顯示送出的警示</translation>
    </message>
    <message>
        <source>Compare the cipher suites enabled on the client and on the server</source>
        <translation>比較用戶端與伺服器上啟用的加密套件</translation>
    </message>
    <message>
        <source>Check which TLS versions are enabled or disabled on both sides</source>
        <translation>檢查雙方啟用或停用了哪些 TLS 版本</translation>
    </message>
    <message>
        <source>List the protocols and cipher suites the server really accepts</source>
        <translation>列出伺服器實際接受的通訊協定與加密套件</translation>
    </message>
    <message>
        <source>Reproduce with a minimal Schannel client and see at which step the handshake fails</source>
        <translation>以最精簡的 Schannel 用戶端重現問題，看交握在哪一步失敗</translation>
    </message>
    <message>
        <source>.NET Framework 4.x applications: check that strong cryptography is enabled so they can offer TLS 1.2 and modern suites</source>
        <translation>.NET Framework 4.x 應用程式：確認已啟用強式加密，讓它們能提供 TLS 1.2 與新式加密套件</translation>
    </message>
    <message>
        <source>Reported instead when Schannel itself finds no common algorithm or receives alert 71</source>
        <translation>Schannel 本身找不到共同的演算法或收到警示 71 時，改為回報此代碼</translation>
    </message>
    <message>
        <source>Reported instead for alert 70 (protocol_version), when TLS versions do not overlap</source>
        <translation>收到警示 70（protocol_version）、TLS 版本沒有交集時，改為回報此代碼</translation>
    </message>
    <message>
        <source>Shows that the server asked for a client certificate earlier in the same handshake</source>
        <translation>表示伺服器在同一次交握中較早要求了用戶端憑證</translation>
    </message>
    <message>
        <source>Seen when the connection is cut instead of closed with an alert</source>
        <translation>連線被切斷而不是以警示關閉時出現</translation>
    </message>
    <message>
        <source>A certificate in the TLS handshake was rejected for a reason no more specific code covers, usually by the peer through an alert.</source>
        <translation>TLS 交握中的憑證因沒有更具體代碼可涵蓋的原因而遭拒，通常是對方透過警示拒絕。</translation>
    </message>
    <message>
        <source>Schannel uses this code as its catch-all for certificate problems: Windows reports it when the peer sends TLS alert bad_certificate (42), unsupported_certificate (43) or certificate_unknown (46), and when local processing of a certificate fails in a way it does not classify. It is usually reported by the side whose certificate was refused: a client about its own certificate in mutual TLS, or a server whose certificate a non-Windows client rejected. The peer&apos;s own log normally names the precise reason.</source>
        <translation>Schannel 將此代碼用於無法歸類的憑證問題：當對方送出 TLS 警示 bad_certificate（42）、unsupported_certificate（43）或 certificate_unknown（46），以及本機處理憑證時發生無法分類的失敗時，Windows 都會回報此代碼。通常由憑證被拒絕的一方回報：在相互 TLS 驗證中是用戶端針對自己的憑證回報，或是伺服器的憑證被非 Windows 用戶端拒絕。對方自己的記錄通常會寫出確切原因。</translation>
    </message>
    <message>
        <source>A mutual-TLS server (often Java, OpenSSL or a network appliance) rejected the client certificate: wrong EKU, an issuer it does not trust, or no mapping to an account</source>
        <translation>相互 TLS 驗證的伺服器（通常是 Java、OpenSSL 或網路設備）拒絕了用戶端憑證：EKU 錯誤、簽發者不受其信任，或無法對應到帳戶</translation>
    </message>
    <message>
        <source>A non-Windows client rejected the server certificate for a reason it only reports generically, such as a SHA-1 signature, an RSA key shorter than 2048 bits or a missing Server Authentication EKU</source>
        <translation>非 Windows 用戶端以籠統的原因拒絕了伺服器憑證，例如 SHA-1 簽章、短於 2048 位元的 RSA 金鑰，或缺少「伺服器驗證」EKU</translation>
    </message>
    <message>
        <source>The certificate uses a key type or elliptic curve the peer does not support or has disabled</source>
        <translation>憑證使用對方不支援或已停用的金鑰類型或橢圓曲線</translation>
    </message>
    <message>
        <source>The revocation status could not be checked and the peer treats that as fatal (CRL or OCSP URL unreachable from the peer)</source>
        <translation>無法檢查撤銷狀態，而對方將此視為嚴重錯誤（對方無法連線到 CRL 或 OCSP URL）</translation>
    </message>
    <message>
        <source>The certificate is malformed or carries a critical extension the peer does not understand</source>
        <translation>憑證格式錯誤，或帶有對方無法識別的重要延伸</translation>
    </message>
    <message>
        <source>Read the Schannel events; 36887 shows which alert (42, 43 or 46) the peer sent</source>
        <translation>讀取 Schannel 事件；36887 會顯示對方送出了哪個警示（42、43 或 46）</translation>
    </message>
    <message>
        <source>Check the signature algorithm, key length, Enhanced Key Usage and critical extensions of the certificate</source>
        <translation>檢查憑證的簽章演算法、金鑰長度、增強金鑰使用方法與重要延伸</translation>
    </message>
    <message>
        <source>Verify the chain and that every CRL and OCSP URL in it is reachable</source>
        <translation>驗證鏈結，並確認其中每個 CRL 與 OCSP URL 都能連線</translation>
    </message>
    <message>
        <source>On an HTTP.sys server that uses client certificates, check the binding&apos;s revocation and client certificate settings</source>
        <translation>在使用用戶端憑證的 HTTP.sys 伺服器上，檢查繫結的撤銷與用戶端憑證設定</translation>
    </message>
    <message>
        <source>Ask for the peer&apos;s TLS log (Java -Djavax.net.debug=ssl, the OpenSSL error line, the appliance log), which names the exact reason</source>
        <translation>向對方索取 TLS 記錄（Java -Djavax.net.debug=ssl、OpenSSL 錯誤行、設備記錄），其中會寫出確切原因</translation>
    </message>
    <message>
        <source>The specific code when the certificate&apos;s usage (EKU) is the problem</source>
        <translation>問題出在憑證用途（EKU）時的專用代碼</translation>
    </message>
    <message>
        <source>Alert 48 (unknown_ca) maps to this code instead</source>
        <translation>警示 48（unknown_ca）改為對應到此代碼</translation>
    </message>
    <message>
        <source>Alert 45 (certificate_expired) maps to this code instead</source>
        <translation>警示 45（certificate_expired）改為對應到此代碼</translation>
    </message>
    <message>
        <source>Seen when the client had no certificate to send at all</source>
        <translation>用戶端根本沒有憑證可送出時出現</translation>
    </message>
    <message>
        <source>A certificate in the TLS handshake is outside its validity period: expired, or not yet valid according to this machine&apos;s clock.</source>
        <translation>TLS 交握中的憑證不在有效期間內：已過期，或依這部電腦的時鐘尚未生效。</translation>
    </message>
    <message>
        <source>Schannel checks the validity dates of every certificate in the chain against the local clock. A client reports this code when the server certificate or one of its intermediate CA certificates has expired, and a Windows side also returns it when the peer sends alert certificate_expired (45) about the certificate it presented. The typical picture is HTTPS, LDAPS, RDP or SQL Server connections that all start failing at the same moment.</source>
        <translation>Schannel 會依本機時鐘檢查鏈結中每個憑證的有效日期。當伺服器憑證或其任一中繼 CA 憑證過期時，用戶端會回報此代碼；當對方針對所出示的憑證送出警示 certificate_expired（45）時，Windows 端也會傳回此代碼。典型情況是 HTTPS、LDAPS、RDP 或 SQL Server 連線在同一時刻全部開始失敗。</translation>
    </message>
    <message>
        <source>The server certificate reached its expiry date because the renewal was missed</source>
        <translation>伺服器憑證因錯過更新而到期</translation>
    </message>
    <message>
        <source>A renewed certificate is installed but the service still uses the old thumbprint (HTTP.sys/IIS binding, RDP listener, SQL Server, AD FS) until it is rebound or restarted</source>
        <translation>已安裝更新後的憑證，但服務仍使用舊的指紋（HTTP.sys/IIS 繫結、RDP 接聽程式、SQL Server、AD FS），直到重新繫結或重新啟動為止</translation>
    </message>
    <message>
        <source>An intermediate CA certificate in the chain has expired, or the server still sends an old cached intermediate</source>
        <translation>鏈結中的中繼 CA 憑證已過期，或伺服器仍送出快取的舊中繼憑證</translation>
    </message>
    <message>
        <source>The local clock is wrong (CMOS reset, bad time source), so a valid certificate looks expired or not yet valid</source>
        <translation>本機時鐘錯誤（CMOS 重設、時間來源有誤），使有效的憑證看起來已過期或尚未生效</translation>
    </message>
    <message>
        <source>A client certificate used for mutual TLS has expired and the server rejected it with alert 45</source>
        <translation>用於相互 TLS 驗證的用戶端憑證已過期，伺服器以警示 45 拒絕</translation>
    </message>
    <message>
        <source>List the computer&apos;s certificates with their expiry dates and thumbprints</source>
        <translation>列出電腦的憑證及其到期日與指紋</translation>
    </message>
    <message>
        <source>Compare the certificate hash bound to each IP:port or host name with the thumbprint of the renewed certificate</source>
        <translation>比較每個 IP:連接埠或主機名稱所繫結的憑證雜湊，與更新後憑證的指紋</translation>
    </message>
    <message>
        <source>Check which certificate the Remote Desktop listener uses</source>
        <translation>檢查遠端桌面接聽程式使用哪一個憑證</translation>
    </message>
    <message>
        <source>Verify the whole chain, including the intermediate CA certificates</source>
        <translation>驗證整個鏈結，包括中繼 CA 憑證</translation>
    </message>
    <message>
        <source>Check the local clock and its time source</source>
        <translation>檢查本機時鐘及其時間來源</translation>
    </message>
    <message>
        <source>A wrong clock causes both certificate date errors and Kerberos failures</source>
        <translation>錯誤的時鐘會同時造成憑證日期錯誤與 Kerberos 失敗</translation>
    </message>
    <message>
        <source>The same problem for a smart card logon certificate</source>
        <translation>智慧卡登入憑證發生的相同問題</translation>
    </message>
    <message>
        <source>The same problem for the domain controller certificate used in smart card logon</source>
        <translation>智慧卡登入所用的網域控制站憑證發生的相同問題</translation>
    </message>
    <message>
        <source>The package could not encrypt data with the session; most often seen as a Remote Desktop (CredSSP) authentication error.</source>
        <translation>安全性套件無法使用此工作階段加密資料；最常以遠端桌面（CredSSP）驗證錯誤的形式出現。</translation>
    </message>
    <message>
        <source>EncryptMessage or an internal encryption step failed even though the security context exists. It is uncommon, and the best-known case is CredSSP, which Remote Desktop uses for Network Level Authentication: the client shows &quot;An authentication error has occurred&quot; with the text &quot;The specified data could not be encrypted&quot; when it cannot wrap the user&apos;s credentials for the server. Outside CredSSP it usually points to a key or crypto provider problem on the reporting machine rather than to the network.</source>
        <translation>雖然安全性內容存在，但 EncryptMessage 或內部的加密步驟失敗。這並不常見，最知名的情況是 CredSSP：遠端桌面以它進行網路層級驗證，當用戶端無法為伺服器包裝使用者的認證時，會顯示「發生驗證錯誤」（An authentication error has occurred）以及「無法加密指定的資料」（The specified data could not be encrypted）文字。在 CredSSP 以外，它通常表示回報端電腦上的金鑰或密碼編譯提供者有問題，而不是網路問題。</translation>
    </message>
    <message>
        <source>The user&apos;s Kerberos token is very large (many group memberships) and CredSSP cannot encrypt it; Windows Server 2008 and 2008 R2 failed above 16 KB until hotfixes KB975943 and KB978918</source>
        <translation>使用者的 Kerberos 權杖非常大（群組成員資格很多），CredSSP 無法加密；Windows Server 2008 與 2008 R2 在超過 16 KB 時會失敗，直到安裝 Hotfix KB975943 與 KB978918</translation>
    </message>
    <message>
        <source>Client and server run builds with different CredSSP or Schannel fixes; installing current updates on both ends removes known encryption bugs</source>
        <translation>用戶端與伺服器執行的組建包含不同的 CredSSP 或 Schannel 修正；在兩端安裝最新更新可消除已知的加密錯誤</translation>
    </message>
    <message>
        <source>The private key needed for the operation is on a smart card, TPM or HSM that is not available, or the CNG Key Isolation service (KeyIso) is not running</source>
        <translation>作業所需的私密金鑰位於無法使用的智慧卡、TPM 或 HSM 上，或 CNG 金鑰隔離服務（KeyIso）沒有執行</translation>
    </message>
    <message>
        <source>Third-party software hooked into LSASS or the crypto stack (endpoint protection, smart card middleware, TLS inspection agents) interferes with the operation</source>
        <translation>掛入 LSASS 或密碼編譯堆疊的協力廠商軟體（端點防護、智慧卡中介軟體、TLS 檢查代理程式）妨礙了作業</translation>
    </message>
    <message>
        <source>Count the user&apos;s groups, then try the same connection with an account that has few groups</source>
        <translation>計算使用者的群組數，然後以群組很少的帳戶嘗試相同的連線</translation>
    </message>
    <message>
        <source>Compare the update level of both machines and install current cumulative updates where they lag</source>
        <translation>比較兩部電腦的更新層級，並在落後的一方安裝最新的累積更新</translation>
    </message>
    <message>
        <source>Check that the CNG Key Isolation service is running</source>
        <translation>確認 CNG 金鑰隔離服務正在執行</translation>
    </message>
    <message>
        <source>Check that the certificate&apos;s private key is present and usable (look for &apos;Encryption test passed&apos;)</source>
        <translation>確認憑證的私密金鑰存在且可用（尋找「Encryption test passed」）</translation>
    </message>
    <message>
        <source>Enable the CAPI2 operational log, reproduce the failure, and look for key or provider errors</source>
        <translation>啟用 CAPI2 作業記錄檔，重現失敗，並尋找金鑰或提供者錯誤</translation>
    </message>
    <message>
        <source>The receiving side&apos;s counterpart</source>
        <translation>接收端的對應代碼</translation>
    </message>
    <message>
        <source>Another symptom of oversized Kerberos tokens</source>
        <translation>Kerberos 權杖過大的另一種症狀</translation>
    </message>
    <message>
        <source>Returned instead when the context offers no encryption at all</source>
        <translation>安全性內容完全不提供加密時，改為傳回此代碼</translation>
    </message>
    <message>
        <source>Returned for crypto failures that map to no SSPI code</source>
        <translation>無法對應到任何 SSPI 代碼的密碼編譯失敗時傳回</translation>
    </message>
    <message>
        <source>Data or a handshake step could not be decrypted or verified; in TLS the peer usually sent alert decrypt_error.</source>
        <translation>無法解密或驗證資料或交握步驟；在 TLS 中通常是對方送出了警示 decrypt_error。</translation>
    </message>
    <message>
        <source>Schannel reports this code when decrypting a record fails and, more often in practice, when the peer sends TLS alert decrypt_error (51) or decryption_failed (21). Decrypt_error means the peer could not verify a signature in the handshake or the Finished message, so the two sides computed different keys or disagree on how a signature is made. It appears on the side that receives the alert, usually the client, and tends to be intermittent or tied to one cipher suite or one certificate.</source>
        <translation>解密記錄失敗時 Schannel 會回報此代碼；實務上更常見的情況是對方送出 TLS 警示 decrypt_error（51）或 decryption_failed（21）。decrypt_error 表示對方無法驗證交握中的簽章或 Finished 訊息，也就是雙方算出的金鑰不同，或對簽章方式的理解不一致。此代碼出現在收到警示的一方（通常是用戶端），而且往往是間歇性的，或只與某個加密套件或某個憑證有關。</translation>
    </message>
    <message>
        <source>A key exchange computed differently by the two TLS stacks, e.g. intermittent failures with TLS_DHE_* suites between Windows builds with and without the 2020 &apos;leading zero&apos; fix, or with non-Windows peers</source>
        <translation>兩個 TLS 堆疊以不同方式計算金鑰交換，例如具有與不具有 2020 年「leading zero」修正的 Windows 組建之間，或與非 Windows 對方之間，使用 TLS_DHE_* 套件時的間歇性失敗</translation>
    </message>
    <message>
        <source>A client certificate whose key is held in a TPM or smart card produces RSA-PSS signatures the server rejects (known with older TPM 2.0 firmware)</source>
        <translation>金鑰存放在 TPM 或智慧卡中的用戶端憑證產生的 RSA-PSS 簽章遭伺服器拒絕（已知發生於較舊的 TPM 2.0 韌體）</translation>
    </message>
    <message>
        <source>A TLS-inspection proxy, load balancer or WAN optimiser alters handshake or application records in transit</source>
        <translation>TLS 檢查 Proxy、負載平衡器或 WAN 最佳化裝置在傳輸途中改動了交握或應用程式記錄</translation>
    </message>
    <message>
        <source>Faulty NIC offloading or network equipment corrupting packets, seen as random failures on otherwise healthy connections</source>
        <translation>有問題的網路卡（NIC）卸載功能或網路設備損壞封包，表現為原本正常的連線隨機失敗</translation>
    </message>
    <message>
        <source>Check the Schannel events; 36887 with alert 51 or 21 confirms the peer could not decrypt or verify the handshake</source>
        <translation>檢查 Schannel 事件；36887 搭配警示 51 或 21，可確認對方無法解密或驗證交握</translation>
    </message>
    <message>
        <source>List the enabled cipher suites and note whether TLS_DHE_* suites are offered</source>
        <translation>列出已啟用的加密套件，並注意是否提供 TLS_DHE_* 套件</translation>
    </message>
    <message>
        <source>As a test, disable the DHE suites on the client (repeat for each TLS_DHE_* name) and retry</source>
        <translation>可先在用戶端停用 DHE 套件（每個 TLS_DHE_* 名稱都要停用）再重試，測試看看</translation>
    </message>
    <message>
        <source>Capture a failing handshake to see which side sends the alert and which cipher suite was chosen (stop with netsh trace stop)</source>
        <translation>擷取一次失敗的交握，查看由哪一方送出警示，以及選用了哪個加密套件（以 netsh trace stop 停止）</translation>
    </message>
    <message>
        <source>If the client certificate is TPM-backed, update the TPM firmware or test with a certificate whose key is in software</source>
        <translation>如果用戶端憑證由 TPM 保護，請更新 TPM 韌體，或改用金鑰存放在軟體中的憑證測試</translation>
    </message>
    <message>
        <source>What Schannel reports for alert 20 (bad_record_mac) instead</source>
        <translation>Schannel 對警示 20（bad_record_mac）改為回報的代碼</translation>
    </message>
    <message>
        <source>The sending side&apos;s counterpart</source>
        <translation>傳送端的對應代碼</translation>
    </message>
    <message>
        <source>Other handshake alerts from the same peer map to this code</source>
        <translation>同一對方送出的其他交握警示會對應到此代碼</translation>
    </message>
    <message>
        <source>Also tied to the cipher suite configuration of both sides</source>
        <translation>同樣與雙方的加密套件設定有關</translation>
    </message>
    <message>
        <source>Client and server share no TLS protocol version, cipher suite or key type that both are allowed to use.</source>
        <translation>用戶端與伺服器沒有雙方都允許使用的共同 TLS 通訊協定版本、加密套件或金鑰類型。</translation>
    </message>
    <message>
        <source>Schannel returns this code when it finds no combination of protocol version, cipher suite, signature algorithm and certificate key type that both sides permit, and when the peer ends the handshake with alert insufficient_security (71). It is the classic result of hardening one side (turning off TLS 1.0/1.1, removing cipher suites) while an older client, driver or runtime has nothing newer to offer. Servers usually log Schannel event 36874, and clients such as SQL Server drivers show the Windows message in their pre-login handshake error.</source>
        <translation>當 Schannel 找不到雙方都允許的通訊協定版本、加密套件、簽章演算法與憑證金鑰類型組合，或對方以警示 insufficient_security（71）結束交握時，就會傳回此代碼。這是強化其中一方（停用 TLS 1.0/1.1、移除加密套件），而較舊的用戶端、驅動程式或執行階段沒有更新的選項可提供時的典型結果。伺服器通常會記錄 Schannel 事件 36874，而 SQL Server 驅動程式等用戶端則會在登入前交握錯誤中顯示 Windows 訊息。</translation>
    </message>
    <message>
        <source>One side allows only TLS 1.2/1.3 while the other offers only TLS 1.0/1.1, e.g. an old SQL Server build, Windows Server 2008 R2 without TLS 1.2 enabled, or a .NET Framework application without SchUseStrongCrypto</source>
        <translation>一方只允許 TLS 1.2/1.3，另一方只提供 TLS 1.0/1.1，例如舊版 SQL Server 組建、未啟用 TLS 1.2 的 Windows Server 2008 R2，或未設定 SchUseStrongCrypto 的 .NET Framework 應用程式</translation>
    </message>
    <message>
        <source>A cipher-suite policy (the GPO &apos;SSL Cipher Suite Order&apos; or a hardening tool) left no suite in common, e.g. only ECDHE-GCM suites on the server and only CBC or RSA suites on the client</source>
        <translation>加密套件原則（GPO「SSL 加密套件順序」（SSL Cipher Suite Order）或強化工具）使雙方沒有任何共同套件，例如伺服器只有 ECDHE-GCM 套件，而用戶端只有 CBC 或 RSA 套件</translation>
    </message>
    <message>
        <source>The server certificate&apos;s key type matches none of the enabled suites, e.g. an ECDSA certificate while no ECDHE_ECDSA suite is enabled</source>
        <translation>伺服器憑證的金鑰類型不符合任何已啟用的套件，例如使用 ECDSA 憑證，卻沒有啟用任何 ECDHE_ECDSA 套件</translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is stored in a legacy CryptoAPI provider that cannot create the SHA-256 signatures TLS 1.2 needs</source>
        <translation>憑證的私密金鑰存放在舊版 CryptoAPI 提供者中，無法產生 TLS 1.2 所需的 SHA-256 簽章</translation>
    </message>
    <message>
        <source>FIPS mode (&apos;System cryptography: Use FIPS compliant algorithms&apos;) on one side limits it to suites the other side does not offer</source>
        <translation>其中一方啟用了 FIPS 模式（「系統密碼編譯: 使用 FIPS 相容演算法於加密、雜湊及簽章」（System cryptography: Use FIPS compliant algorithms for encryption, hashing, and signing）），只能使用另一方未提供的套件</translation>
    </message>
    <message>
        <source>Check the Schannel events; on the server 36874 means no common cipher suite, on the client 36887 with alert 71 points the same way</source>
        <translation>檢查 Schannel 事件；伺服器上的 36874 表示沒有共同的加密套件，用戶端上的 36887 搭配警示 71 也指向相同問題</translation>
    </message>
    <message>
        <source>Check whether a Group Policy cipher-suite order overrides the defaults</source>
        <translation>檢查是否有群組原則的加密套件順序覆寫了預設值</translation>
    </message>
    <message>
        <source>.NET Framework 4.x applications: check SchUseStrongCrypto (and SystemDefaultTlsVersions), also under WOW6432Node for 32-bit apps</source>
        <translation>.NET Framework 4.x 應用程式：檢查 SchUseStrongCrypto（及 SystemDefaultTlsVersions），32 位元應用程式也要檢查 WOW6432Node 下的值</translation>
    </message>
    <message>
        <source>The client-side symptom when the server answers with alert 40 (handshake_failure)</source>
        <translation>伺服器以警示 40（handshake_failure）回應時，用戶端看到的症狀</translation>
    </message>
    <message>
        <source>Reported for alert 70 (protocol_version) when the TLS versions do not overlap</source>
        <translation>收到警示 70（protocol_version）、TLS 版本沒有交集時回報</translation>
    </message>
    <message>
        <source>Kerberos counterpart: the peer demands stronger cryptography than is available</source>
        <translation>Kerberos 的對應代碼：對方要求比本機能提供的更強的密碼編譯</translation>
    </message>
    <message>
        <source>The Kerberos form of &apos;no common algorithm&apos;: no shared encryption type</source>
        <translation>Kerberos 版的「沒有共同演算法」：沒有共用的加密類型</translation>
    </message>
    <message>
        <source>A context could not be built with the protection the caller demanded, such as mutual authentication or delegation.</source>
        <translation>無法以呼叫端要求的保護（例如相互驗證或委派）建立安全性內容。</translation>
    </message>
    <message>
        <source>The application insists on mutual authentication or delegation, but Negotiate used NTLM (connection by IP address or alias, missing SPN), and NTLM provides neither</source>
        <translation>應用程式堅持要求相互驗證或委派，但 Negotiate 使用了 NTLM（以 IP 位址或別名連線、缺少 SPN），而 NTLM 兩者都無法提供</translation>
    </message>
    <message>
        <source>Delegation is requested but not possible: the service account is not trusted for delegation, or the user is marked &apos;Account is sensitive and cannot be delegated&apos; or belongs to Protected Users</source>
        <translation>要求委派但無法進行：服務帳戶未設定為信任委派，或使用者帳戶勾選了「這是機密帳戶，無法委派」（Account is sensitive and cannot be delegated），或屬於 Protected Users 群組</translation>
    </message>
    <message>
        <source>A web server or custom service asks the Digest package for a context feature it does not support</source>
        <translation>Web 伺服器或自訂服務向 Digest 套件要求它不支援的安全性內容功能</translation>
    </message>
    <message>
        <source>A custom or third-party application passes requirement flags that are invalid for the package or contradict each other (a programming error)</source>
        <translation>自訂或協力廠商應用程式傳入對該套件無效或彼此矛盾的需求旗標（程式設計錯誤）</translation>
    </message>
    <message>
        <source>On the client, check for a Kerberos service ticket for the target; if there is none, NTLM was used</source>
        <translation>在用戶端上檢查是否有目標的 Kerberos 服務票證；若沒有，表示使用了 NTLM</translation>
    </message>
    <message>
        <source>Check that an SPN exists for the exact name the client uses</source>
        <translation>確認用戶端所用的確切名稱已有對應的 SPN</translation>
    </message>
    <message>
        <source>On the server, check the Authentication Package field (Kerberos or NTLM) of recent logon events</source>
        <translation>在伺服器上檢查近期登入事件的「驗證封裝」（Authentication Package）欄位（Kerberos 或 NTLM）</translation>
    </message>
    <message>
        <source>Check the delegation settings of the service&apos;s account</source>
        <translation>檢查服務帳戶的委派設定</translation>
    </message>
    <message>
        <source>Check whether the user account may be delegated at all</source>
        <translation>檢查使用者帳戶是否允許被委派</translation>
    </message>
    <message>
        <source>For custom applications, log the requirement flags passed and the attributes returned by InitializeSecurityContext or AcceptSecurityContext</source>
        <translation>對於自訂應用程式，記錄傳入的需求旗標，以及 InitializeSecurityContext 或 AcceptSecurityContext 傳回的屬性</translation>
    </message>
    <message>
        <source>Reports specifically that the server&apos;s identity could not be verified</source>
        <translation>專門回報無法驗證伺服器的身分識別</translation>
    </message>
    <message>
        <source>Reported when an operation needs delegation that is not configured</source>
        <translation>作業需要尚未設定的委派時回報</translation>
    </message>
    <message>
        <source>The per-message counterpart: the requested protection is not available</source>
        <translation>個別訊息層級的對應代碼：無法提供所要求的保護</translation>
    </message>
    <message>
        <source>Returned instead by some packages for a requirement flag they do not accept</source>
        <translation>某些套件對不接受的需求旗標改為傳回此代碼</translation>
    </message>
    <message>
        <source>A logon handshake was abandoned half-way: the security context was torn down before authentication finished.</source>
        <translation>登入交握在中途被放棄：驗證尚未完成，安全性內容就已被刪除。</translation>
    </message>
    <message>
        <source>The server (acceptor) had started a security context from the client&apos;s first token, but the context was deleted before the final leg arrived, so the LSA records it as a failed logon. Administrators mostly meet it as Status or Sub Status 0xC00002EE in event 4625 on the server, often in bursts with logon type 3 or 10. It says that the handshake was cut off, not that a password was wrong.</source>
        <translation>伺服器（接受端）已根據用戶端的第一個權杖建立安全性內容，但在最後一段抵達之前該安全性內容就被刪除，因此 LSA 將其記錄為登入失敗。系統管理員多半是在伺服器的事件 4625 中看到「狀態」或「子狀態」（Status／Sub Status）為 0xC00002EE，且常以登入類型 3 或 10 成批出現。它代表交握被中斷，而不是密碼錯誤。</translation>
    </message>
    <message>
        <source>Internet-facing RDP with NLA: scanners and password-spraying tools open a CredSSP/NTLM handshake and disconnect, producing a stream of 4625 events with 0xC00002EE</source>
        <translation>對網際網路公開且啟用 NLA 的 RDP：掃描器與密碼噴灑工具開啟 CredSSP/NTLM 交握後隨即中斷連線，產生大量 0xC00002EE 的 4625 事件</translation>
    </message>
    <message>
        <source>A user cancelled the credential prompt (browser, RDP client, mapped drive) after the first NTLM or Negotiate leg, or the network dropped mid-handshake</source>
        <translation>使用者在第一段 NTLM 或 Negotiate 交握之後取消了認證提示（瀏覽器、RDP 用戶端、對應的網路磁碟機），或網路在交握途中中斷</translation>
    </message>
    <message>
        <source>A load balancer or reverse proxy sends the legs of one NTLM handshake over different connections or to different back-end servers (no connection persistence, keep-alive disabled)</source>
        <translation>負載平衡器或反向 Proxy 將同一個 NTLM 交握的各段透過不同連線送出，或送到不同的後端伺服器（未設定連線持續性，或停用了 keep-alive）</translation>
    </message>
    <message>
        <source>The server application deletes pending contexts on its own timeout, which is shorter than the time the client needs (for example a slow DC lookup on the client side)</source>
        <translation>伺服器應用程式依自己的逾時設定刪除未完成的安全性內容，而該逾時比用戶端所需的時間還短（例如用戶端尋找 DC 的速度很慢）</translation>
    </message>
    <message>
        <source>Monitoring probes or health checks that start Negotiate authentication but never complete it</source>
        <translation>監視探查或健康情況檢查啟動了 Negotiate 驗證，卻從未完成</translation>
    </message>
    <message>
        <source>On the server, list recent failed logons and note Source Network Address, Logon Type and the process for the 0xC00002EE entries</source>
        <translation>在伺服器上列出最近的登入失敗事件，記下 0xC00002EE 項目的「來源網路位址」（Source Network Address）、「登入類型」（Logon Type）與處理序</translation>
    </message>
    <message>
        <source>If the sources are public addresses you do not recognise, treat it as attack noise: restrict RDP to a VPN or an RD Gateway and check that the Windows Firewall rule scope is limited</source>
        <translation>如果來源是您不認得的公用位址，請視為攻擊雜訊：將 RDP 限制為只能經由 VPN 或 RD 閘道存取，並確認 Windows 防火牆規則的範圍已受限制</translation>
    </message>
    <message>
        <source>Behind a load balancer or proxy, enable connection persistence (sticky sessions) and HTTP keep-alive so the whole NTLM handshake stays on one connection to one server</source>
        <translation>在負載平衡器或 Proxy 後方，請啟用連線持續性（黏性工作階段）與 HTTP keep-alive，讓整個 NTLM 交握都留在同一條連線、同一部伺服器上</translation>
    </message>
    <message>
        <source>For an internal client, capture a trace while reproducing and check which side closes the connection between the challenge and the final token</source>
        <translation>若是內部用戶端，請在重現問題時擷取追蹤，檢查在挑戰訊息與最後一個權杖之間是哪一端關閉了連線</translation>
    </message>
    <message>
        <source>Stop the trace and open the .etl in Microsoft Network Monitor or convert it for Wireshark</source>
        <translation>停止追蹤，並以 Microsoft Network Monitor 開啟 .etl 檔案，或轉換後以 Wireshark 開啟</translation>
    </message>
    <message>
        <source>NTSTATUS form; appears as Status or Sub Status 0xC00002EE in event 4625.</source>
        <translation>NTSTATUS 形式；在事件 4625 中顯示為「狀態」或「子狀態」（Status／Sub Status）0xC00002EE。</translation>
    </message>
    <message>
        <source>The failure a completed handshake gives when the credentials themselves are rejected.</source>
        <translation>交握完成但認證本身遭拒時所傳回的失敗碼。</translation>
    </message>
    <message>
        <source>The intermediate step after which the client went away.</source>
        <translation>用戶端在這個中間步驟之後就中斷了。</translation>
    </message>
    <message>
        <source>Seen instead when the next leg arrives but is truncated or mixed up between connections.</source>
        <translation>若下一段有抵達，但內容被截斷或在不同連線之間混用，則會改為出現此代碼。</translation>
    </message>
    <message>
        <source>The server demanded Kerberos user-to-user authentication but did not send its TGT, so the client cannot continue.</source>
        <translation>伺服器要求使用 Kerberos 使用者對使用者驗證，卻沒有送出自己的 TGT，因此用戶端無法繼續。</translation>
    </message>
    <message>
        <source>In user-to-user (U2U) Kerberos the server has no long-term key to decrypt a normal service ticket, so it answers with KRB_AP_ERR_USER_TO_USER_REQUIRED and must include its own TGT; the client then asks the KDC for a ticket tied to that TGT. The client raises this code when the error arrives without the TGT. It is rare and almost always involves a service running as a user account or a non-Windows acceptor.</source>
        <translation>在使用者對使用者（U2U）Kerberos 中，伺服器沒有可用來解密一般服務票證的長期金鑰，因此會回覆 KRB_AP_ERR_USER_TO_USER_REQUIRED，並且必須附上自己的 TGT；用戶端再向金鑰發佈中心（KDC）要求一張與該 TGT 繫結的票證。若該錯誤抵達時沒有附上 TGT，用戶端就會傳回此代碼。這種情況很少見，幾乎都與以使用者帳戶執行的服務或非 Windows 的接受端有關。</translation>
    </message>
    <message>
        <source>The service runs in a user logon session that has no password-derived keys (the account signed in with a smart card or Windows Hello) and that session also has no usable TGT to hand back</source>
        <translation>服務執行於沒有密碼衍生金鑰的使用者登入工作階段中（該帳戶是以智慧卡或 Windows Hello 登入），而且該工作階段也沒有可交回的可用 TGT</translation>
    </message>
    <message>
        <source>The SPN is registered on a user account instead of the service or computer account that actually runs the service, so the target needs U2U</source>
        <translation>服務主體名稱（SPN）註冊在使用者帳戶上，而不是實際執行該服務的服務帳戶或電腦帳戶上，因此目標需要 U2U</translation>
    </message>
    <message>
        <source>A non-Windows acceptor (Java GSS, Heimdal, a custom Kerberos stack) asks for user-to-user but omits the TGT from the error data</source>
        <translation>非 Windows 的接受端（Java GSS、Heimdal、自訂的 Kerberos 堆疊）要求使用者對使用者驗證，卻沒有在錯誤資料中附上 TGT</translation>
    </message>
    <message>
        <source>The server&apos;s TGT has expired and could not be renewed (for example the DC was unreachable from the server)</source>
        <translation>伺服器的 TGT 已過期且無法續訂（例如伺服器無法連線到 DC）</translation>
    </message>
    <message>
        <source>Find which account owns the SPN the client is using; it should be the account the service runs as</source>
        <translation>找出用戶端所使用的 SPN 屬於哪個帳戶；它應該是執行該服務的帳戶</translation>
    </message>
    <message>
        <source>On the server, list the logon sessions and check that the service&apos;s session holds a current TGT</source>
        <translation>在伺服器上列出登入工作階段，確認服務所在的工作階段持有目前有效的 TGT</translation>
    </message>
    <message>
        <source>For a service running as the computer account, inspect the machine&apos;s ticket cache (LUID 0x3e7)</source>
        <translation>若服務以電腦帳戶執行，請檢查電腦的票證快取（LUID 0x3e7）</translation>
    </message>
    <message>
        <source>Run the service under an account with a password (or a gMSA) and register the SPN on that account instead of relying on user-to-user</source>
        <translation>改以有密碼的帳戶（或 gMSA）執行服務，並將 SPN 註冊在該帳戶上，而不要依賴使用者對使用者驗證</translation>
    </message>
    <message>
        <source>On the client, drop cached tickets and retry so a fresh service ticket is requested</source>
        <translation>在用戶端清除快取的票證後重試，以便要求新的服務票證</translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, seen in LSA and Kerberos traces.</source>
        <translation>相同狀況的 NTSTATUS 形式，可在 LSA 與 Kerberos 追蹤中看到。</translation>
    </message>
    <message>
        <source>The acceptor-side error when the server has no key for the ticket it received.</source>
        <translation>伺服器沒有金鑰可解開收到的票證時，接受端所傳回的錯誤。</translation>
    </message>
    <message>
        <source>Raised instead when the SPN sits on the wrong account and a ticket is issued anyway.</source>
        <translation>若 SPN 位於錯誤的帳戶上而票證仍被核發，則會改為出現此代碼。</translation>
    </message>
    <message>
        <source>The server process has no Kerberos credentials at all.</source>
        <translation>伺服器處理序完全沒有 Kerberos 認證。</translation>
    </message>
    <message>
        <source>Kerberos needed a local IP address for the request but the computer had none that it could use.</source>
        <translation>Kerberos 的要求需要本機 IP 位址，但電腦沒有任何可用的位址。</translation>
    </message>
    <message>
        <source>Some Kerberos messages carry the sender&apos;s network address, for example the KRB-PRIV message used by the Kerberos password change protocol, and address-bound tickets. When the client finds no usable local address it stops with this code before anything is sent. It points at the machine&apos;s network state, not at Active Directory.</source>
        <translation>有些 Kerberos 訊息會帶有傳送端的網路位址，例如 Kerberos 密碼變更通訊協定所使用的 KRB-PRIV 訊息，以及繫結位址的票證。用戶端找不到可用的本機位址時，會在送出任何資料之前就以此代碼停止。問題出在這部電腦的網路狀態，而不是 Active Directory。</translation>
    </message>
    <message>
        <source>The network adapter is disconnected, disabled or still waiting for DHCP when the request is made</source>
        <translation>發出要求時，網路介面卡已中斷連線、已停用，或仍在等待 DHCP</translation>
    </message>
    <message>
        <source>A service or scheduled task authenticates early at boot, before the network stack has an address</source>
        <translation>服務或排程工作在開機初期、網路堆疊尚未取得位址時就進行驗證</translation>
    </message>
    <message>
        <source>The VPN or Wi-Fi connection that provides the only address is not up yet (common on laptops at sign-in or when changing a password off the corporate network)</source>
        <translation>提供唯一位址的 VPN 或 Wi-Fi 連線尚未建立（筆記型電腦在登入時，或在公司網路外變更密碼時很常見）</translation>
    </message>
    <message>
        <source>A broken network stack or a third-party filter driver hides the adapters, so no IPv4 address is reported</source>
        <translation>網路堆疊損毀，或協力廠商的篩選驅動程式隱藏了介面卡，因此回報不到任何 IPv4 位址</translation>
    </message>
    <message>
        <source>The machine has only an address type the Kerberos client cannot place in the message (for example IPv6 only on older Windows builds)</source>
        <translation>電腦只有 Kerberos 用戶端無法放入訊息的位址類型（例如在較舊的 Windows 組建上只有 IPv6）</translation>
    </message>
    <message>
        <source>Check that the computer has an IPv4 address and a default gateway at the time of the failure</source>
        <translation>確認電腦在失敗當時具有 IPv4 位址與預設閘道</translation>
    </message>
    <message>
        <source>List addresses and adapter status; an adapter in Disconnected or Disabled state explains the error</source>
        <translation>列出位址與介面卡狀態；若介面卡處於「已中斷連線」或「已停用」狀態，即可解釋此錯誤</translation>
    </message>
    <message>
        <source>If a service fails only at boot, make it start after the network is ready</source>
        <translation>如果服務只在開機時失敗，請讓它在網路就緒之後才啟動</translation>
    </message>
    <message>
        <source>Once an address is present, confirm a DC is reachable before retrying</source>
        <translation>取得位址後，先確認可以連線到 DC 再重試</translation>
    </message>
    <message>
        <source>If adapters are present but show no address, reset the Winsock catalog and reboot (removes layered providers left by broken software)</source>
        <translation>如果介面卡存在卻沒有位址，請重設 Winsock 目錄並重新開機（可移除損毀軟體留下的分層服務提供者）</translation>
    </message>
    <message>
        <source>The usual next error once an address exists but no DC answers.</source>
        <translation>已有位址但沒有 DC 回應時，通常接著出現的錯誤。</translation>
    </message>
    <message>
        <source>Generic LSA failure sometimes logged alongside network start-up problems.</source>
        <translation>一般性的 LSA 失敗，有時會與網路啟動問題一起記錄。</translation>
    </message>
    <message>
        <source>The program continued a handshake with a different credential handle from the one it started it with.</source>
        <translation>程式在交握途中改用了與開始時不同的認證控制代碼。</translation>
    </message>
    <message>
        <source>A security context is bound to the credential handle used on the first InitializeSecurityContext or AcceptSecurityContext call. If a later call for the same context passes another credential handle, the security package refuses with this code. It is an application-side problem (a bug or identity switching in connection reuse), reported by the program that makes the call.</source>
        <translation>安全性內容會繫結在第一次呼叫 InitializeSecurityContext 或 AcceptSecurityContext 時所使用的認證控制代碼上。若之後針對同一個安全性內容的呼叫傳入另一個認證控制代碼，安全性套件就會以此代碼拒絕。這是應用程式端的問題（程式缺陷，或重複使用連線時切換了身分），由發出呼叫的程式回報。</translation>
    </message>
    <message>
        <source>The application passes a different credential handle on the second or later call of the same handshake, for example after a code change in its authentication loop</source>
        <translation>應用程式在同一次交握的第二次或之後的呼叫中傳入了不同的認證控制代碼，例如修改了驗證迴圈的程式碼之後</translation>
    </message>
    <message>
        <source>Connection pooling reuses a connection whose context was started for another user or another impersonation level</source>
        <translation>連線集區重複使用了一條連線，而該連線的安全性內容是為另一位使用者或另一種模擬等級所建立的</translation>
    </message>
    <message>
        <source>The credential handle was freed and acquired again (after a password change or token refresh) while a context was still in progress</source>
        <translation>安全性內容仍在進行時，認證控制代碼被釋放後又重新取得（例如在變更密碼或重新整理權杖之後）</translation>
    </message>
    <message>
        <source>A third-party authentication package or credential provider wraps Kerberos and passes the error through</source>
        <translation>協力廠商的驗證套件或認證提供者包裝了 Kerberos，並將此錯誤直接傳回</translation>
    </message>
    <message>
        <source>Identify the process and the call that fails from the application&apos;s own log; the fix is in that program or its library, not in Active Directory</source>
        <translation>從應用程式自己的記錄檔找出失敗的處理序與呼叫；要修正的是該程式或其程式庫，而不是 Active Directory</translation>
    </message>
    <message>
        <source>Check which account the failing process runs as, to spot identity switching</source>
        <translation>檢查失敗的處理序以哪個帳戶執行，以找出身分切換的情況</translation>
    </message>
    <message>
        <source>Reproduce with connection pooling disabled or with a fresh process; if the error disappears, the pool is mixing identities</source>
        <translation>停用連線集區或改用新的處理序重現問題；若錯誤消失，表示連線集區混用了不同身分</translation>
    </message>
    <message>
        <source>Capture an authentication trace while reproducing to see the sequence of calls and tickets</source>
        <translation>重現問題時擷取驗證追蹤，以查看呼叫與票證的順序</translation>
    </message>
    <message>
        <source>Update the application or library and give the vendor the call sequence from the trace</source>
        <translation>更新應用程式或程式庫，並將追蹤中的呼叫順序提供給廠商</translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, returned inside the LSA.</source>
        <translation>相同狀況的 NTSTATUS 形式，在 LSA 內部傳回。</translation>
    </message>
    <message>
        <source>The sibling error when the handle is not valid at all rather than mismatched.</source>
        <translation>控制代碼根本無效（而不是不相符）時的相關錯誤。</translation>
    </message>
    <message>
        <source>Raised when the credentials behind the handle cannot be used.</source>
        <translation>控制代碼背後的認證無法使用時傳回。</translation>
    </message>
    <message>
        <source>Raised when the handle carries no usable credentials for the package.</source>
        <translation>控制代碼沒有攜帶此安全性套件可用的認證時傳回。</translation>
    </message>
    <message>
        <source>The encryption or checksum algorithm the exchange needs is not available or not allowed on this computer.</source>
        <translation>這次交換所需的加密或總和檢查碼演算法，在這部電腦上無法使用或不被允許。</translation>
    </message>
    <message>
        <source>Kerberos and Digest look up an implementation for the negotiated encryption type or checksum; when the local system has none (disabled by policy, FIPS mode or a damaged component), the package stops with this code. It is reported on the side that has to encrypt, decrypt or check the message, and is typically found after crypto hardening or when talking to old peers.</source>
        <translation>Kerberos 與 Digest 會為協商出的加密類型或總和檢查碼尋找實作；若本機系統沒有對應的實作（遭原則停用、FIPS 模式或元件損毀），安全性套件就會以此代碼停止。回報此代碼的是必須加密、解密或檢查訊息的那一端，通常出現在加密強化設定之後，或與舊型的對方通訊時。</translation>
    </message>
    <message>
        <source>The Kerberos encryption type in use (DES, or RC4 after hardening) is disabled locally by the policy &quot;Network security: Configure encryption types allowed for Kerberos&quot;</source>
        <translation>使用中的 Kerberos 加密類型（DES，或強化後的 RC4）已在本機被「網路安全性: 設定 Kerberos 允許的加密類型」（Network security: Configure encryption types allowed for Kerberos）原則停用</translation>
    </message>
    <message>
        <source>FIPS mode (&quot;System cryptography: Use FIPS compliant algorithms&quot;) removes RC4/MD5-based algorithms an old peer or keytab still uses</source>
        <translation>FIPS 模式（「系統密碼編譯: 使用 FIPS 相容演算法於加密、雜湊及簽章」（System cryptography: Use FIPS compliant algorithms for encryption, hashing, and signing））移除了舊型的對方或 keytab 仍在使用的 RC4/MD5 類演算法</translation>
    </message>
    <message>
        <source>A Digest client cannot match any cipher the server asked for when confidentiality (auth-conf) is requested, for example an LDAP Digest-MD5 bind with encryption</source>
        <translation>伺服器要求機密性（auth-conf）時，Digest 用戶端無法配合伺服器要求的任何加密演算法，例如要求加密的 LDAP Digest-MD5 繫結</translation>
    </message>
    <message>
        <source>Damaged or replaced system cryptography files, or security software that hooks the LSA crypto functions</source>
        <translation>系統密碼編譯檔案損毀或遭取代，或有安全性軟體攔截了 LSA 的密碼編譯函式</translation>
    </message>
    <message>
        <source>Check which Kerberos encryption types the local policy allows (0x18 = AES only; 0x1C adds RC4)</source>
        <translation>檢查本機原則允許哪些 Kerberos 加密類型（0x18 = 僅 AES；0x1C 另加 RC4）</translation>
    </message>
    <message>
        <source>Check whether FIPS mode is on (Enabled = 1)</source>
        <translation>檢查 FIPS 模式是否開啟（Enabled = 1）</translation>
    </message>
    <message>
        <source>Look at the encryption types of the tickets actually in use</source>
        <translation>查看實際使用中的票證所用的加密類型</translation>
    </message>
    <message>
        <source>Move the peer or service account to AES (reset the password so AES keys exist) rather than re-enabling DES or RC4</source>
        <translation>將對方或服務帳戶改用 AES（重設密碼以產生 AES 金鑰），而不要重新啟用 DES 或 RC4</translation>
    </message>
    <message>
        <source>If the policy allows the algorithm, verify the system files</source>
        <translation>如果原則允許該演算法，請驗證系統檔案</translation>
    </message>
    <message>
        <source>The KDC-side view of the same encryption type mismatch.</source>
        <translation>同一個加密類型不相符問題在 KDC 端的呈現。</translation>
    </message>
    <message>
        <source>No algorithm in common between the two sides.</source>
        <translation>雙方沒有共同的演算法。</translation>
    </message>
    <message>
        <source>The peer requires stronger algorithms than this side offers.</source>
        <translation>對方要求的演算法比本機能提供的更強。</translation>
    </message>
    <message>
        <source>The requested protection level cannot be provided by the package.</source>
        <translation>安全性套件無法提供所要求的保護等級。</translation>
    </message>
    <message>
        <source>The Kerberos client followed too many cross-realm referrals without reaching the service&apos;s realm.</source>
        <translation>Kerberos 用戶端跟隨了太多次跨領域轉介，仍未抵達服務所在的領域。</translation>
    </message>
    <message>
        <source>For a service in another domain or forest the client&apos;s KDC hands out referral tickets, and the client follows them realm by realm. To avoid endless loops the Windows Kerberos client caps the number of hops and fails with this code when the cap is reached. It is reported on the client and almost always means a referral loop or a broken trust path, not a long but valid one.</source>
        <translation>若服務位於其他網域或樹系，用戶端的金鑰發佈中心（KDC）會發出轉介票證，用戶端再依序跟隨各個領域的轉介。為了避免無窮迴圈，Windows Kerberos 用戶端會限制躍點數，達到上限時便以此代碼失敗。此代碼由用戶端回報，幾乎都表示轉介形成迴圈或信任路徑損壞，而不是路徑雖長但有效。</translation>
    </message>
    <message>
        <source>Two forests or realms both claim the same DNS suffix or SPN, so each KDC refers the client to the other (forest trust name suffix routing conflict)</source>
        <translation>兩個樹系或領域都宣告擁有相同的 DNS 尾碼或 SPN，因此兩邊的 KDC 互相把用戶端轉介給對方（樹系信任的名稱尾碼路由衝突）</translation>
    </message>
    <message>
        <source>A realm mapping (ksetup /addhosttorealmmap, or [domain_realm] / capaths on an MIT KDC) points the host back into a realm that refers it again</source>
        <translation>領域對應（ksetup /addhosttorealmmap，或 MIT KDC 上的 [domain_realm] / capaths）把主機又指回會再次轉介它的領域</translation>
    </message>
    <message>
        <source>The SPN is registered in one forest while DNS places the host in another, so the KDCs keep redirecting</source>
        <translation>SPN 註冊在一個樹系中，DNS 卻把主機放在另一個樹系，因此 KDC 不斷互相重新導向</translation>
    </message>
    <message>
        <source>A very long chain of parent/child and external trusts without shortcut trusts</source>
        <translation>父系/子系網域與外部信任串成很長的鏈，且沒有捷徑信任</translation>
    </message>
    <message>
        <source>Reproduce from a clean cache and watch which krbtgt/ referral tickets pile up</source>
        <translation>從清空的快取重現問題，觀察累積了哪些 krbtgt/ 轉介票證</translation>
    </message>
    <message>
        <source>Request the ticket directly and note the error and the realms involved</source>
        <translation>直接要求票證，記下錯誤與所涉及的領域</translation>
    </message>
    <message>
        <source>List all trusts with their direction and attributes</source>
        <translation>列出所有信任關係及其方向與屬性</translation>
    </message>
    <message>
        <source>Check forest trust name suffixes for a suffix claimed by both forests</source>
        <translation>檢查樹系信任的名稱尾碼，找出被兩個樹系同時宣告的尾碼</translation>
    </message>
    <message>
        <source>Show the client&apos;s realm and host-to-realm mappings (for MIT interop)</source>
        <translation>顯示用戶端的領域與主機對領域的對應（用於與 MIT 互通）</translation>
    </message>
    <message>
        <source>Look for the same SPN registered in more than one place</source>
        <translation>尋找在多處註冊的相同 SPN</translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, seen in Kerberos client traces.</source>
        <translation>相同狀況的 NTSTATUS 形式，可在 Kerberos 用戶端追蹤中看到。</translation>
    </message>
    <message>
        <source>The KDC could not produce a referral at all.</source>
        <translation>KDC 根本無法產生轉介。</translation>
    </message>
    <message>
        <source>The usual result when the SPN cannot be found in any realm.</source>
        <translation>在任何領域都找不到 SPN 時的常見結果。</translation>
    </message>
    <message>
        <source>No KDC reachable for one of the realms along the path.</source>
        <translation>路徑上某個領域沒有可連線的 KDC。</translation>
    </message>
    <message>
        <source>A KDC-only operation was requested on a machine that is not acting as a domain controller KDC.</source>
        <translation>在一部並未擔任網域控制站 KDC 的電腦上，要求執行只有 KDC 才能做的作業。</translation>
    </message>
    <message>
        <source>Some Kerberos functions, such as starting the KDC service or validating a PAC signature with the krbtgt key, can only run on a domain controller whose Kerberos Key Distribution Center is loaded. Elsewhere the Kerberos package returns this code. It is uncommon and usually reflects a service configuration problem on a DC or a tool run on the wrong machine.</source>
        <translation>有些 Kerberos 函式（例如啟動 KDC 服務，或以 krbtgt 金鑰驗證 PAC 簽章）只能在已載入金鑰發佈中心（KDC）的網域控制站上執行。在其他電腦上，Kerberos 安全性套件會傳回此代碼。這並不常見，通常代表 DC 上的服務設定有問題，或在錯誤的電腦上執行了工具。</translation>
    </message>
    <message>
        <source>The Kerberos Key Distribution Center service (kdc) is stopped or disabled on a domain controller, so PAC validation requests forwarded to it by member servers fail</source>
        <translation>網域控制站上的 Kerberos 金鑰發佈中心服務（kdc）已停止或停用，因此成員伺服器轉送給它的 PAC 驗證要求都會失敗</translation>
    </message>
    <message>
        <source>Someone enabled or tried to start the kdc service on a member server or workstation (for example a hardening script or a cloned former DC image)</source>
        <translation>有人在成員伺服器或工作站上啟用或嘗試啟動 kdc 服務（例如強化指令碼，或從前 DC 複製出來的映像）</translation>
    </message>
    <message>
        <source>A half-finished promotion or demotion left the server&apos;s product type and its services out of step</source>
        <translation>未完成的升級或降級作業，使伺服器的產品類型與其服務不一致</translation>
    </message>
    <message>
        <source>A management tool or script that calls a DC-only Kerberos function was run on a non-DC</source>
        <translation>在非 DC 的電腦上執行了會呼叫 DC 專用 Kerberos 函式的管理工具或指令碼</translation>
    </message>
    <message>
        <source>On the DC, check that the KDC service is running and set to Automatic</source>
        <translation>在 DC 上確認 KDC 服務正在執行，且啟動類型為「自動」</translation>
    </message>
    <message>
        <source>Confirm the machine really is a DC (ProductType 2 = domain controller)</source>
        <translation>確認這部電腦確實是 DC（ProductType 2 = 網域控制站）</translation>
    </message>
    <message>
        <source>Look for service start failures of the KDC in the System log</source>
        <translation>在系統記錄檔中尋找 KDC 服務啟動失敗的事件</translation>
    </message>
    <message>
        <source>Check the services a DC needs with dcdiag</source>
        <translation>以 dcdiag 檢查 DC 所需的服務</translation>
    </message>
    <message>
        <source>From a client, confirm which DC currently answers as KDC</source>
        <translation>從用戶端確認目前是哪一部 DC 以 KDC 身分回應</translation>
    </message>
    <message>
        <source>NTSTATUS form; the KDC service exits with it when started on a non-DC.</source>
        <translation>NTSTATUS 形式；在非 DC 上啟動 KDC 服務時，服務會以此代碼結束。</translation>
    </message>
    <message>
        <source>Clients report this when no working KDC answers.</source>
        <translation>沒有正常運作的 KDC 回應時，用戶端會回報此代碼。</translation>
    </message>
    <message>
        <source>Generic LSA failure often logged at the same time on a damaged DC.</source>
        <translation>一般性的 LSA 失敗，常在同一部損壞的 DC 上同時記錄。</translation>
    </message>
    <message>
        <source>The peer insists on strong (128-bit class) encryption that this side cannot offer.</source>
        <translation>對方堅持使用強式加密（128 位元等級），但本機無法提供。</translation>
    </message>
    <message>
        <source>The code dates from export-restricted cryptography, when some Windows builds could only do 40- or 56-bit encryption and a peer could require more. Current Windows always has strong cryptography, so the code is rare today; when it appears it usually involves an old operating system, an embedded device or a third-party security provider on one side of the exchange.</source>
        <translation>此代碼源自加密技術受出口管制的年代，當時部分 Windows 組建只能使用 40 或 56 位元加密，而對方可能要求更強的加密。現今的 Windows 一律具備強式加密，因此這個代碼已很少見；若出現，通常表示交換的某一端是舊作業系統、內嵌式裝置或協力廠商的安全性提供者。</translation>
    </message>
    <message>
        <source>A legacy system or embedded device with export-grade or no 128-bit crypto talks to a server that requires 128-bit session security</source>
        <translation>只有出口等級加密或沒有 128 位元加密的舊系統或內嵌式裝置，與要求 128 位元工作階段安全性的伺服器通訊</translation>
    </message>
    <message>
        <source>&quot;Network security: Minimum session security for NTLM SSP based clients/servers&quot; is set to require 128-bit encryption and the peer cannot negotiate it</source>
        <translation>「網路安全性: NTLM SSP 為主的 (包含安全 RPC) 用戶端／伺服器的最小工作階段安全性」（Network security: Minimum session security for NTLM SSP based clients/servers）設為要求 128 位元加密，而對方無法協商</translation>
    </message>
    <message>
        <source>A third-party SSP or SMB/NTLM implementation that does not advertise 128-bit support</source>
        <translation>協力廠商的 SSP 或 SMB/NTLM 實作沒有宣告支援 128 位元</translation>
    </message>
    <message>
        <source>A peer limited to DES for Kerberos while this side requires stronger encryption types</source>
        <translation>對方的 Kerberos 只支援 DES，而本機要求更強的加密類型</translation>
    </message>
    <message>
        <source>Check the NTLM minimum session security on both sides (0x20080000 = NTLMv2 and 128-bit required)</source>
        <translation>檢查雙方的 NTLM 最小工作階段安全性（0x20080000 = 要求 NTLMv2 與 128 位元）</translation>
    </message>
    <message>
        <source>Check the server-side value as well</source>
        <translation>一併檢查伺服器端的值</translation>
    </message>
    <message>
        <source>Identify the peer&apos;s operating system or firmware version and upgrade it instead of weakening the policy</source>
        <translation>確認對方的作業系統或韌體版本並加以升級，而不是放寬原則</translation>
    </message>
    <message>
        <source>For Kerberos, look at the encryption types of the tickets in use</source>
        <translation>若是 Kerberos，請查看使用中票證的加密類型</translation>
    </message>
    <message>
        <source>The general case: no algorithm both sides accept.</source>
        <translation>一般情況：沒有雙方都接受的演算法。</translation>
    </message>
    <message>
        <source>The needed algorithm exists in principle but is unavailable locally.</source>
        <translation>所需的演算法原則上存在，但在本機無法使用。</translation>
    </message>
    <message>
        <source>The requested message protection level cannot be provided.</source>
        <translation>無法提供所要求的訊息保護等級。</translation>
    </message>
    <message>
        <source>A principal name in a Kerberos message had a shape Windows does not accept (more than one name where one was expected).</source>
        <translation>Kerberos 訊息中的主體名稱格式不被 Windows 接受（在應只有一個名稱的位置出現了多個名稱）。</translation>
    </message>
    <message>
        <source>The Windows Kerberos client found a principal name whose format allows a single component (for example the Microsoft name type NT-MS-PRINCIPAL) but which carried several. This is a parsing failure on the client and is rare; in practice it points to a non-Windows KDC, client library or appliance that builds names differently. Duplicate SPNs or UPNs in Active Directory produce other errors (KDC event 11).</source>
        <translation>Windows Kerberos 用戶端發現某個主體名稱的格式只允許單一元件（例如 Microsoft 名稱類型 NT-MS-PRINCIPAL），實際上卻帶有多個元件。這是用戶端的剖析失敗，相當少見；實務上通常表示有非 Windows 的 KDC、用戶端程式庫或設備以不同方式建立名稱。Active Directory 中重複的 SPN 或 UPN 會產生其他錯誤（KDC 事件 11）。</translation>
    </message>
    <message>
        <source>A non-Windows KDC or Kerberos proxy returns a principal with a Microsoft name type but several name components</source>
        <translation>非 Windows 的 KDC 或 Kerberos Proxy 傳回的主體使用 Microsoft 名稱類型，卻帶有多個名稱元件</translation>
    </message>
    <message>
        <source>A third-party or custom Kerberos library builds the service or client name with the wrong name type</source>
        <translation>協力廠商或自訂的 Kerberos 程式庫以錯誤的名稱類型建立服務或用戶端名稱</translation>
    </message>
    <message>
        <source>A realm mapping sends the client to a non-Windows KDC it was not meant to use</source>
        <translation>領域對應把用戶端送到原本不該使用的非 Windows KDC</translation>
    </message>
    <message>
        <source>Corrupted Kerberos traffic rewritten by a middlebox that inspects port 88</source>
        <translation>會深入檢查連接埠 88 流量的中間設備改寫了 Kerberos 訊息，導致內容損毀</translation>
    </message>
    <message>
        <source>Purge the ticket cache and reproduce so the failing exchange is captured cleanly</source>
        <translation>清除票證快取並重現問題，以便在不受快取影響的情況下擷取失敗的交換過程</translation>
    </message>
    <message>
        <source>Capture the Kerberos exchange and inspect the name-type and name-string fields of the reply</source>
        <translation>擷取 Kerberos 交換過程，檢查回覆中的 name-type 與 name-string 欄位</translation>
    </message>
    <message>
        <source>Check which KDC the client uses and whether realm mappings send it to a non-Windows KDC</source>
        <translation>確認用戶端使用哪個 KDC，以及領域對應是否把它送到非 Windows 的 KDC</translation>
    </message>
    <message>
        <source>Rule out duplicate SPNs in the forest (a different problem that is often suspected first)</source>
        <translation>排除樹系中重複的 SPN（這是另一個問題，但常被最先懷疑）</translation>
    </message>
    <message>
        <source>Update the third-party Kerberos library, proxy or appliance firmware involved</source>
        <translation>更新相關的協力廠商 Kerberos 程式庫、Proxy 或設備韌體</translation>
    </message>
    <message>
        <source>What a missing or duplicate SPN usually produces instead.</source>
        <translation>SPN 遺失或重複時通常改為出現的代碼。</translation>
    </message>
    <message>
        <source>The ticket was issued for a principal other than the one the server runs as.</source>
        <translation>票證是為伺服器執行身分以外的另一個主體所核發。</translation>
    </message>
    <message>
        <source>The KDC-side counterpart for a malformed request.</source>
        <translation>格式錯誤的要求在 KDC 端的對應代碼。</translation>
    </message>
    <message>
        <source>The KDC asked for pre-authentication but gave no hint (ETYPE-INFO) about which encryption type and salt to use.</source>
        <translation>KDC 要求預先驗證，卻沒有提供應使用哪種加密類型與 salt 的提示（ETYPE-INFO）。</translation>
    </message>
    <message>
        <source>When a KDC answers an AS request with &apos;pre-authentication required&apos;, it normally includes PA-ETYPE-INFO2 data telling the client which encryption type and salt turn the password into a key. Without it the Windows client cannot build the encrypted timestamp and fails with this code. A Windows KDC also uses it as the extended error when a TGS request arrives without its authenticator. It is mostly an interop issue.</source>
        <translation>KDC 以「需要預先驗證」回應 AS 要求時，通常會附上 PA-ETYPE-INFO2 資料，告訴用戶端要用哪種加密類型與 salt 將密碼轉成金鑰。少了這項資料，Windows 用戶端就無法建立加密的時間戳記，並以此代碼失敗。當 TGS 要求沒有附上驗證器時，Windows KDC 也會以此代碼作為延伸錯誤。這多半是互通性問題。</translation>
    </message>
    <message>
        <source>A Windows client authenticates against a non-Windows KDC (MIT, Heimdal, an appliance) that does not send ETYPE-INFO2 hints</source>
        <translation>Windows 用戶端向不會送出 ETYPE-INFO2 提示的非 Windows KDC（MIT、Heimdal、設備）進行驗證</translation>
    </message>
    <message>
        <source>The account on that KDC has no keys of any encryption type the client offered, so the KDC has nothing to advertise</source>
        <translation>該帳戶在那個 KDC 上沒有任何用戶端所提供加密類型的金鑰，因此 KDC 沒有可告知的內容</translation>
    </message>
    <message>
        <source>A non-Windows client or tool sends a TGS request without the PA-TGS-REQ data (the DC answers with KDC_ERR_PADATA_TYPE_NOSUPP and this as extended error)</source>
        <translation>非 Windows 的用戶端或工具送出的 TGS 要求沒有 PA-TGS-REQ 資料（DC 會以 KDC_ERR_PADATA_TYPE_NOSUPP 回應，並以此代碼作為延伸錯誤）</translation>
    </message>
    <message>
        <source>A firewall truncates the KDC&apos;s error reply on UDP, dropping the padata</source>
        <translation>防火牆截斷了 KDC 透過 UDP 傳送的錯誤回覆，使 padata 遺失</translation>
    </message>
    <message>
        <source>Turn on Kerberos event logging on the client and reproduce; look for event 3 in the System log</source>
        <translation>在用戶端開啟 Kerberos 事件記錄並重現問題；在系統記錄檔中尋找事件 3</translation>
    </message>
    <message>
        <source>Show which realm and KDC the client is configured to use</source>
        <translation>顯示用戶端設定使用的領域與 KDC</translation>
    </message>
    <message>
        <source>On an MIT KDC, check which key types the principal has</source>
        <translation>在 MIT KDC 上檢查該主體有哪些金鑰類型</translation>
    </message>
    <message>
        <source>Force Kerberos over TCP to rule out truncated UDP replies</source>
        <translation>強制 Kerberos 改用 TCP，以排除 UDP 回覆被截斷的可能</translation>
    </message>
    <message>
        <source>Capture the AS exchange and check the PREAUTH_REQUIRED error for PA-ETYPE-INFO2</source>
        <translation>擷取 AS 交換過程，檢查 PREAUTH_REQUIRED 錯誤中是否有 PA-ETYPE-INFO2</translation>
    </message>
    <message>
        <source>NTSTATUS form; also seen as the extended error inside KDC replies.</source>
        <translation>NTSTATUS 形式；也會以延伸錯誤的形式出現在 KDC 回覆中。</translation>
    </message>
    <message>
        <source>No encryption type in common between client and KDC.</source>
        <translation>用戶端與 KDC 之間沒有共同的加密類型。</translation>
    </message>
    <message>
        <source>The KDC or client does not support the offered pre-authentication type.</source>
        <translation>KDC 或用戶端不支援所提供的預先驗證類型。</translation>
    </message>
    <message>
        <source>The suggested encryption type is unavailable locally.</source>
        <translation>建議的加密類型在本機無法使用。</translation>
    </message>
    <message>
        <source>Certificate logon failed: the certificate&apos;s UPN is missing or does not match the account (or the KDC certificate name).</source>
        <translation>憑證登入失敗：憑證中的 UPN 不存在或與帳戶不符（或與 KDC 憑證名稱不符）。</translation>
    </message>
    <message>
        <source>In a smart card, Windows Hello certificate or virtual smart card logon (PKINIT), the KDC maps the client certificate to an account, normally through the UPN in its Subject Alternative Name. If there is no UPN, or it names a different account than the one in the request, the DC rejects it (KDC_ERR_CLIENT_NAME_MISMATCH, 0x4B); the client reports the same code when the DC&apos;s own certificate does not carry the expected name (KDC_ERR_KDC_NAME_MISMATCH, 0x4C).</source>
        <translation>在智慧卡、Windows Hello 憑證或虛擬智慧卡登入（PKINIT）中，金鑰發佈中心（KDC）會將用戶端憑證對應到帳戶，通常是透過其主體別名中的 UPN。如果沒有 UPN，或 UPN 指向的帳戶與要求中的帳戶不同，DC 就會拒絕（KDC_ERR_CLIENT_NAME_MISMATCH，0x4B）；若 DC 本身的憑證沒有預期的名稱，用戶端也會回報同一個代碼（KDC_ERR_KDC_NAME_MISMATCH，0x4C）。</translation>
    </message>
    <message>
        <source>The certificate has no UPN in the Subject Alternative Name, for example a template without &apos;User principal name (UPN)&apos; or a card issued by an external PKI</source>
        <translation>憑證的主體別名中沒有 UPN，例如範本未包含「使用者主體名稱 (UPN)」，或卡片是由外部 PKI 所簽發</translation>
    </message>
    <message>
        <source>The user&apos;s UPN changed (rename, new UPN suffix) after the certificate was issued</source>
        <translation>使用者的 UPN 在憑證簽發之後變更了（改名、新的 UPN 尾碼）</translation>
    </message>
    <message>
        <source>The user typed or selected another account (such as an admin account) than the one the certificate maps to</source>
        <translation>使用者輸入或選取的帳戶（例如系統管理員帳戶）不是憑證所對應的帳戶</translation>
    </message>
    <message>
        <source>The DC certificate lacks the domain DNS name or the KDC Authentication EKU, and strict KDC validation is enabled on clients</source>
        <translation>DC 憑證缺少網域的 DNS 名稱或 KDC 驗證 EKU，而用戶端已啟用嚴格的 KDC 驗證</translation>
    </message>
    <message>
        <source>Read the certificates on the card and check the UPN (Principal Name) in each</source>
        <translation>讀取卡片上的憑證，並檢查每張憑證中的 UPN（主體名稱）</translation>
    </message>
    <message>
        <source>Dump an exported certificate to compare its SAN with the account</source>
        <translation>傾印匯出的憑證，將其主體別名與帳戶比對</translation>
    </message>
    <message>
        <source>Compare with the account&apos;s UPN and explicit mappings</source>
        <translation>與帳戶的 UPN 及明確對應進行比對</translation>
    </message>
    <message>
        <source>On the DC, find failure code 0x4B in events 4768/4771 for the user</source>
        <translation>在 DC 上，於該使用者的事件 4768/4771 中尋找失敗碼 0x4B</translation>
    </message>
    <message>
        <source>Check the DC certificates used for PKINIT (KDC Authentication EKU, DNS names)</source>
        <translation>檢查用於 PKINIT 的 DC 憑證（KDC 驗證 EKU、DNS 名稱）</translation>
    </message>
    <message>
        <source>NTSTATUS form; shown on logon failure events for certificate logons.</source>
        <translation>NTSTATUS 形式；會顯示在憑證登入的登入失敗事件中。</translation>
    </message>
    <message>
        <source>The certificate maps to more than one account instead of the wrong one.</source>
        <translation>憑證對應到多個帳戶，而不是對應到錯誤的帳戶。</translation>
    </message>
    <message>
        <source>The client certificate was rejected for another reason.</source>
        <translation>用戶端憑證因其他原因遭拒。</translation>
    </message>
    <message>
        <source>The UPN itself is malformed.</source>
        <translation>UPN 本身格式錯誤。</translation>
    </message>
    <message>
        <source>Policy forcing smart card logon, often enabled in the same rollout.</source>
        <translation>強制使用智慧卡登入的原則，常在同一次部署中啟用。</translation>
    </message>
    <message>
        <source>Policy requires a smart card (or Windows Hello) for this logon, but a password was used.</source>
        <translation>原則要求此次登入必須使用智慧卡（或 Windows Hello），卻使用了密碼。</translation>
    </message>
    <message>
        <source>Either the account has &apos;Smart card is required for interactive logon&apos; set, or the computer enforces &apos;Interactive logon: Require Windows Hello for Business or smart card&apos;, and the attempt used a password. The DC or the local logon process refuses it with this code. Users see a sign-in error; administrators meet it in services, scheduled tasks and RDP connections that still carry a stored password.</source>
        <translation>可能是帳戶設定了「互動式登入必須使用智慧卡」（Smart card is required for interactive logon），或電腦強制執行「互動式登入: 需要 Windows Hello 企業版或智慧卡」（Interactive logon: Require Windows Hello for Business or smart card），而這次登入使用的是密碼。DC 或本機登入處理序會以此代碼拒絕。使用者會看到登入錯誤；系統管理員則多半是在仍帶有已儲存密碼的服務、排程工作與 RDP 連線中遇到它。</translation>
    </message>
    <message>
        <source>The account has &apos;Smart card is required for interactive logon&apos; set (its password is then random and never given to the user) and someone signed in with a password</source>
        <translation>帳戶設定了「互動式登入必須使用智慧卡」（此時其密碼是隨機產生且從未提供給使用者），卻有人以密碼登入</translation>
    </message>
    <message>
        <source>The target computer enforces the &apos;Require Windows Hello for Business or smart card&apos; policy, including for RDP sign-ins with saved passwords</source>
        <translation>目標電腦強制執行「需要 Windows Hello 企業版或智慧卡」（Require Windows Hello for Business or smart card）原則，連以已儲存密碼進行的 RDP 登入也包括在內</translation>
    </message>
    <message>
        <source>A service, scheduled task or script is configured with the password of an account that was later switched to smart card only</source>
        <translation>服務、排程工作或指令碼設定了某個帳戶的密碼，而該帳戶後來改為只能使用智慧卡</translation>
    </message>
    <message>
        <source>Stored credentials in Credential Manager for the account are replayed automatically</source>
        <translation>認證管理員中為該帳戶儲存的認證被自動重複送出</translation>
    </message>
    <message>
        <source>Check whether the account is marked smart card only</source>
        <translation>檢查帳戶是否標示為只能使用智慧卡</translation>
    </message>
    <message>
        <source>Check whether the computer requires smart card logon (scforceoption = 1)</source>
        <translation>檢查電腦是否要求智慧卡登入（scforceoption = 1）</translation>
    </message>
    <message>
        <source>Find which GPO sets the requirement</source>
        <translation>找出是哪個 GPO 設定了此要求</translation>
    </message>
    <message>
        <source>Look for saved passwords that are replayed for the account</source>
        <translation>尋找會為該帳戶自動送出的已儲存密碼</translation>
    </message>
    <message>
        <source>For services and tasks, use a separate service account or gMSA instead of a smart card only account</source>
        <translation>服務與工作請改用獨立的服務帳戶或 gMSA，而不要使用只能以智慧卡登入的帳戶</translation>
    </message>
    <message>
        <source>NTSTATUS form; shown on failed logon events for the account.</source>
        <translation>NTSTATUS 形式；會顯示在該帳戶的登入失敗事件中。</translation>
    </message>
    <message>
        <source>Generic logon failure shown by some applications for the same attempt.</source>
        <translation>部分應用程式針對同一次嘗試所顯示的一般登入失敗。</translation>
    </message>
    <message>
        <source>The next hurdle once the smart card is used.</source>
        <translation>開始使用智慧卡之後的下一個關卡。</translation>
    </message>
    <message>
        <source>A smart card logon fails because the card certificate expired.</source>
        <translation>智慧卡憑證過期導致智慧卡登入失敗。</translation>
    </message>
    <message>
        <source>Authentication was refused because Windows is shutting down or restarting.</source>
        <translation>因為 Windows 正在關機或重新啟動，驗證遭到拒絕。</translation>
    </message>
    <message>
        <source>During shutdown the LSA stops accepting new authentication work, so any security package call made in that window fails with this code. It is logged by the local programs still trying to authenticate. A single burst at reboot time is harmless; repeated entries without a reboot point to a shutdown that hangs.</source>
        <translation>關機期間 LSA 會停止接受新的驗證工作，因此在這段時間內呼叫任何安全性套件都會以此代碼失敗。記錄此代碼的是仍在嘗試驗證的本機程式。重新開機時出現一批是無害的；若沒有重新開機卻反覆出現，表示關機作業停滯了。</translation>
    </message>
    <message>
        <source>The computer is restarting (updates, scheduled reboot) and services or scheduled tasks still try to authenticate while the LSA winds down</source>
        <translation>電腦正在重新啟動（更新、排程的重新開機），而服務或排程工作在 LSA 結束運作時仍嘗試驗證</translation>
    </message>
    <message>
        <source>Group Policy shutdown scripts or backup agents that access network resources during shutdown</source>
        <translation>群組原則關機指令碼或備份代理程式在關機期間存取網路資源</translation>
    </message>
    <message>
        <source>A shutdown was started but hangs on a service that does not stop, leaving the system in the shutdown state for minutes</source>
        <translation>關機已開始，但卡在某個無法停止的服務上，使系統停留在關機狀態達數分鐘</translation>
    </message>
    <message>
        <source>A hypervisor or cluster is shutting down the VM while applications inside it are still working</source>
        <translation>Hypervisor 或叢集正在關閉 VM，而其中的應用程式仍在運作</translation>
    </message>
    <message>
        <source>Check whether a shutdown or restart was initiated at that time, and by whom</source>
        <translation>檢查當時是否有人起始關機或重新啟動，以及由誰起始</translation>
    </message>
    <message>
        <source>If the machine is not meant to restart, abort a pending shutdown</source>
        <translation>如果這部電腦不該重新啟動，請中止擱置中的關機</translation>
    </message>
    <message>
        <source>Find the service that delays shutdown (look for services stuck in the StopPending state)</source>
        <translation>找出拖延關機的服務（尋找停在 StopPending 狀態的服務）</translation>
    </message>
    <message>
        <source>Schedule jobs and scripts that need the network outside maintenance reboot windows</source>
        <translation>將需要網路的工作與指令碼排在維護重新開機時段之外</translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, returned by the LSA during shutdown.</source>
        <translation>相同狀況的 NTSTATUS 形式，由 LSA 在關機期間傳回。</translation>
    </message>
    <message>
        <source>Other LSA failures often logged during the same shutdown.</source>
        <translation>同一次關機期間常一併記錄的其他 LSA 失敗。</translation>
    </message>
    <message>
        <source>Seen by clients when a DC that is shutting down stops answering.</source>
        <translation>正在關機的 DC 停止回應時，用戶端會看到此代碼。</translation>
    </message>
    <message>
        <source>The KDC rejected a Kerberos request as malformed or asking for options it will not grant.</source>
        <translation>KDC 拒絕了 Kerberos 要求，因為格式錯誤，或要求了它不會授與的選項。</translation>
    </message>
    <message>
        <source>The domain controller&apos;s KDC checked an AS, TGS or password change request and found a missing field, an inconsistent option or a request it will not honour for that ticket. On the wire this usually travels as the extended error next to KDC_ERR_BADOPTION (0xD). Windows clients rarely trigger it; suspect non-Windows clients, custom tools or delegation requests.</source>
        <translation>網域控制站的金鑰發佈中心（KDC）檢查 AS、TGS 或密碼變更要求時，發現缺少欄位、選項不一致，或要求了它不會為該票證授與的內容。在網路上，此代碼通常是與 KDC_ERR_BADOPTION（0xD）一起出現的延伸錯誤。Windows 用戶端很少觸發它；請懷疑非 Windows 用戶端、自訂工具或委派要求。</translation>
    </message>
    <message>
        <source>A non-Windows Kerberos client, appliance or custom code sends a request with a missing field, for example an AS request without a server name</source>
        <translation>非 Windows 的 Kerberos 用戶端、設備或自訂程式碼送出缺少欄位的要求，例如沒有伺服器名稱的 AS 要求</translation>
    </message>
    <message>
        <source>A ticket renewal or validation asks for a different service or options than the original ticket allows</source>
        <translation>票證續訂或驗證要求的服務或選項，與原始票證所允許的不同</translation>
    </message>
    <message>
        <source>A delegation request (S4U2Self/S4U2Proxy) asks for options the KDC refuses for that account, logged as 4769 with failure code 0xD</source>
        <translation>委派要求（S4U2Self/S4U2Proxy）要求了 KDC 不允許該帳戶使用的選項，記錄為失敗碼 0xD 的 4769 事件</translation>
    </message>
    <message>
        <source>A password change (kpasswd) request from a third-party tool is malformed or truncated</source>
        <translation>協力廠商工具送出的密碼變更（kpasswd）要求格式錯誤或遭截斷</translation>
    </message>
    <message>
        <source>A middlebox inspecting port 88 rewrites or truncates Kerberos messages</source>
        <translation>會深入檢查連接埠 88 流量的中間設備改寫或截斷了 Kerberos 訊息</translation>
    </message>
    <message>
        <source>On the DC, find the failing requests (failure code 0xD) and note the client address and service</source>
        <translation>在 DC 上找出失敗的要求（失敗碼 0xD），記下用戶端位址與服務</translation>
    </message>
    <message>
        <source>Compare with a Windows client requesting the same ticket; if Windows succeeds, the fault is in the other client</source>
        <translation>與要求同一張票證的 Windows 用戶端比較；若 Windows 成功，問題就出在另一個用戶端</translation>
    </message>
    <message>
        <source>For delegation, check the front-end account&apos;s delegation settings</source>
        <translation>若涉及委派，請檢查前端帳戶的委派設定</translation>
    </message>
    <message>
        <source>Capture the exchange and inspect the request&apos;s kdc-options and padata</source>
        <translation>擷取交換過程，檢查要求中的 kdc-options 與 padata</translation>
    </message>
    <message>
        <source>Update the third-party Kerberos library, appliance firmware or tool</source>
        <translation>更新協力廠商的 Kerberos 程式庫、設備韌體或工具</translation>
    </message>
    <message>
        <source>NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.</source>
        <translation>NTSTATUS 形式；以延伸錯誤（KERB-EXT-ERROR）的形式出現在 KDC 回覆中。</translation>
    </message>
    <message>
        <source>A different, more specific KDC rejection: the encryption type.</source>
        <translation>另一種更具體的 KDC 拒絕：加密類型。</translation>
    </message>
    <message>
        <source>The KDC rejected the pre-authentication type.</source>
        <translation>KDC 拒絕了預先驗證類型。</translation>
    </message>
    <message>
        <source>Delegation requests the DC cannot process.</source>
        <translation>DC 無法處理的委派要求。</translation>
    </message>
    <message>
        <source>The client-side counterpart for a malformed name.</source>
        <translation>名稱格式錯誤時在用戶端的對應代碼。</translation>
    </message>
    <message>
        <source>The KDC knows the service is in another realm but has no trust path to refer the client there.</source>
        <translation>KDC 知道服務位於另一個領域，卻沒有信任路徑可將用戶端轉介過去。</translation>
    </message>
    <message>
        <source>For a service outside its own domain, the KDC must find a trusted domain on the way to the target realm and issue a referral ticket. When no such route exists, it fails the request with this extended error, normally alongside KDC_ERR_S_PRINCIPAL_UNKNOWN. The client then often falls back to NTLM, or reports that the target is not known.</source>
        <translation>若服務不在自己的網域內，金鑰發佈中心（KDC）必須在通往目標領域的路徑上找到受信任的網域，並核發轉介票證。若沒有這樣的路徑，它就會以此延伸錯誤讓要求失敗，通常伴隨 KDC_ERR_S_PRINCIPAL_UNKNOWN。用戶端接著常會退回使用 NTLM，或回報找不到目標。</translation>
    </message>
    <message>
        <source>There is no trust between the domains, or only a one-way trust in the wrong direction</source>
        <translation>網域之間沒有信任關係，或只有方向錯誤的單向信任</translation>
    </message>
    <message>
        <source>The server&apos;s DNS suffix differs from its AD domain (disjoint namespace), so the KDC cannot tell which trusted realm owns the SPN</source>
        <translation>伺服器的 DNS 尾碼與其 AD 網域不同（不連續命名空間），因此 KDC 無法判斷 SPN 屬於哪個受信任的領域</translation>
    </message>
    <message>
        <source>Name suffix routing for that suffix is disabled or in conflict on the forest trust</source>
        <translation>樹系信任上該尾碼的名稱尾碼路由已停用或發生衝突</translation>
    </message>
    <message>
        <source>The trust is broken (trust password out of sync) or the trusted domain&apos;s DCs are unreachable</source>
        <translation>信任關係損壞（信任密碼不同步），或無法連線到受信任網域的 DC</translation>
    </message>
    <message>
        <source>An external (non-forest) trust or an MIT realm mapping does not cover the host name used in the SPN</source>
        <translation>外部（非樹系）信任或 MIT 領域對應，沒有涵蓋 SPN 中使用的主機名稱</translation>
    </message>
    <message>
        <source>List the trusts the domain has, with direction and type</source>
        <translation>列出網域擁有的信任關係及其方向與類型</translation>
    </message>
    <message>
        <source>Verify the trust itself</source>
        <translation>驗證信任關係本身</translation>
    </message>
    <message>
        <source>Check forest trust settings and name suffixes</source>
        <translation>檢查樹系信任設定與名稱尾碼</translation>
    </message>
    <message>
        <source>Request the ticket directly to see the error from the client side</source>
        <translation>直接要求票證，從用戶端查看錯誤</translation>
    </message>
    <message>
        <source>If the host&apos;s DNS suffix differs from its domain, map it to the right realm (or use an SPN with the domain&apos;s DNS name)</source>
        <translation>如果主機的 DNS 尾碼與其網域不同，請將它對應到正確的領域（或使用帶有網域 DNS 名稱的 SPN）</translation>
    </message>
    <message>
        <source>Referrals exist but loop instead of leading to the target.</source>
        <translation>轉介存在，但形成迴圈而無法抵達目標。</translation>
    </message>
    <message>
        <source>What the client typically reports when no referral can be made.</source>
        <translation>無法產生轉介時用戶端通常回報的代碼。</translation>
    </message>
    <message>
        <source>Another cross-realm failure, for delegated credentials.</source>
        <translation>另一種跨領域失敗，發生在委派的認證上。</translation>
    </message>
    <message>
        <source>The KDC and the client or service account share no Kerberos encryption type it is allowed to use.</source>
        <translation>KDC 與用戶端或服務帳戶之間，沒有任何一種允許使用的共同 Kerberos 加密類型。</translation>
    </message>
    <message>
        <source>The KDC returned KDC_ERR_ETYPE_NOTSUPP (0xE): none of the encryption types the client offered are both enabled on the DC and available as keys for the account or service involved. It is common after disabling RC4 or DES, and with accounts whose passwords have not been changed since AES was introduced. The DC logs events 4768/4769 with code 0xE and often KDC events 14, 16, 26 or 27.</source>
        <translation>金鑰發佈中心（KDC）傳回了 KDC_ERR_ETYPE_NOTSUPP（0xE）：用戶端提供的加密類型中，沒有任何一種既在 DC 上啟用、又是相關帳戶或服務所擁有的金鑰。這在停用 RC4 或 DES 之後很常見，也常見於自 AES 推出以來從未變更密碼的帳戶。DC 會記錄失敗碼為 0xE 的事件 4768/4769，且常伴隨 KDC 事件 14、16、26 或 27。</translation>
    </message>
    <message>
        <source>RC4 was disabled on DCs or clients, but the service or user account has only RC4 keys (password not reset since the domain gained AES support)</source>
        <translation>DC 或用戶端已停用 RC4，但服務或使用者帳戶只有 RC4 金鑰（網域開始支援 AES 之後從未重設密碼）</translation>
    </message>
    <message>
        <source>msDS-SupportedEncryptionTypes on the service account lists only types the DC no longer allows (for example DES)</source>
        <translation>服務帳戶的 msDS-SupportedEncryptionTypes 只列出 DC 已不再允許的類型（例如 DES）</translation>
    </message>
    <message>
        <source>A Linux or Java client or keytab is limited to DES or RC4 (default_tkt_enctypes, permitted_enctypes in krb5.conf)</source>
        <translation>Linux 或 Java 用戶端或 keytab 僅限使用 DES 或 RC4（krb5.conf 中的 default_tkt_enctypes、permitted_enctypes）</translation>
    </message>
    <message>
        <source>The account has &apos;Use Kerberos DES encryption types for this account&apos; set</source>
        <translation>帳戶設定了「此帳戶使用 Kerberos DES 加密類型」（Use Kerberos DES encryption types for this account）</translation>
    </message>
    <message>
        <source>A trust&apos;s key is RC4 only while AES is required across the trust</source>
        <translation>信任關係的金鑰只有 RC4，而跨越該信任關係時要求使用 AES</translation>
    </message>
    <message>
        <source>On the DC, find 4768/4769 events with failure code 0xE and note the account and ticket options</source>
        <translation>在 DC 上找出失敗碼為 0xE 的 4768/4769 事件，記下帳戶與票證選項</translation>
    </message>
    <message>
        <source>Read the KDC&apos;s explanation of the missing key</source>
        <translation>閱讀 KDC 對缺少金鑰的說明</translation>
    </message>
    <message>
        <source>Check the account&apos;s allowed types and when its password was last set (AES keys exist only after a reset on a 2008+ domain)</source>
        <translation>檢查帳戶允許的類型與上次設定密碼的時間（在 2008 以上的網域中，重設密碼後才會有 AES 金鑰）</translation>
    </message>
    <message>
        <source>Check the encryption types configured for a trust</source>
        <translation>檢查信任關係所設定的加密類型</translation>
    </message>
    <message>
        <source>After fixing the account, get a new ticket and confirm its encryption type</source>
        <translation>修正帳戶後，取得新票證並確認其加密類型</translation>
    </message>
    <message>
        <source>The encryption type exists but is unavailable on the local machine.</source>
        <translation>加密類型存在，但在本機無法使用。</translation>
    </message>
    <message>
        <source>The service has no key for the ticket&apos;s encryption type.</source>
        <translation>服務沒有該票證加密類型的金鑰。</translation>
    </message>
    <message>
        <source>The KDC gave no encryption type hint for pre-authentication.</source>
        <translation>KDC 沒有提供預先驗證所需的加密類型提示。</translation>
    </message>
    <message>
        <source>General no-common-algorithm failure.</source>
        <translation>一般性的無共同演算法失敗。</translation>
    </message>
    <message>
        <source>The Kerberos pre-authentication method used (or demanded) is not supported by the other side.</source>
        <translation>所使用（或被要求）的 Kerberos 預先驗證方法不受另一端支援。</translation>
    </message>
    <message>
        <source>Before issuing a TGT the KDC verifies the client with a pre-authentication method: an encrypted timestamp for passwords, or PKINIT for certificates and smart cards. This code means the KDC rejected the method the client offered (KDC_ERR_PADATA_TYPE_NOSUPP, 0x10) or the client could not use any method the KDC asked for. In Windows domains it is nearly always a smart card or certificate logon against a DC without a usable KDC certificate.</source>
        <translation>在核發 TGT 之前，金鑰發佈中心（KDC）會以預先驗證方法驗證用戶端：密碼使用加密的時間戳記，憑證與智慧卡則使用 PKINIT。此代碼表示 KDC 拒絕了用戶端提供的方法（KDC_ERR_PADATA_TYPE_NOSUPP，0x10），或用戶端無法使用 KDC 要求的任何方法。在 Windows 網域中，這幾乎都是向沒有可用 KDC 憑證的 DC 進行智慧卡或憑證登入。</translation>
    </message>
    <message>
        <source>Smart card or certificate logon against a DC that has no valid KDC certificate (Kerberos Authentication or Domain Controller Authentication template not enrolled, or expired)</source>
        <translation>向沒有有效 KDC 憑證的 DC 進行智慧卡或憑證登入（未註冊「Kerberos 驗證」或「網域控制站驗證」範本，或憑證已過期）</translation>
    </message>
    <message>
        <source>Windows Hello for Business key trust used against DCs older than Windows Server 2016</source>
        <translation>對 Windows Server 2016 之前的 DC 使用 Windows Hello 企業版金鑰信任</translation>
    </message>
    <message>
        <source>A non-Windows KDC (MIT, Heimdal) without PKINIT configured, or one that demands a method Windows lacks (OTP, SPAKE)</source>
        <translation>非 Windows 的 KDC（MIT、Heimdal）未設定 PKINIT，或要求 Windows 不具備的方法（OTP、SPAKE）</translation>
    </message>
    <message>
        <source>Kerberos armoring (FAST) required by policy while the client or DC does not support it</source>
        <translation>原則要求 Kerberos 防護（FAST），但用戶端或 DC 不支援</translation>
    </message>
    <message>
        <source>On the DC, look for events 4768/4771 with failure code 0x10 for the user</source>
        <translation>在 DC 上，於該使用者的事件 4768/4771 中尋找失敗碼 0x10</translation>
    </message>
    <message>
        <source>Check that every DC has a valid certificate for PKINIT</source>
        <translation>確認每部 DC 都有用於 PKINIT 的有效憑證</translation>
    </message>
    <message>
        <source>List the DC&apos;s machine certificates and their EKUs</source>
        <translation>列出 DC 的電腦憑證及其 EKU</translation>
    </message>
    <message>
        <source>Check that the issuing CA is in the NTAuth store</source>
        <translation>確認簽發 CA 位於 NTAuth 存放區中</translation>
    </message>
    <message>
        <source>Confirm the DC versions when using Windows Hello for Business key trust</source>
        <translation>使用 Windows Hello 企業版金鑰信任時，確認 DC 的版本</translation>
    </message>
    <message>
        <source>The client certificate was rejected during PKINIT.</source>
        <translation>用戶端憑證在 PKINIT 期間遭拒。</translation>
    </message>
    <message>
        <source>The DC&apos;s certificate for PKINIT expired.</source>
        <translation>DC 用於 PKINIT 的憑證已過期。</translation>
    </message>
    <message>
        <source>The DC certificate&apos;s CA is not trusted by the client.</source>
        <translation>DC 憑證的憑證授權單位（CA）不受用戶端信任。</translation>
    </message>
    <message>
        <source>The KDC gave no pre-authentication hint.</source>
        <translation>KDC 沒有提供預先驗證提示。</translation>
    </message>
    <message>
        <source>The operation needs Kerberos delegation, but the server is not trusted for it or the user&apos;s account cannot be delegated.</source>
        <translation>此作業需要 Kerberos 委派，但伺服器未設定為信任委派，或使用者帳戶無法被委派。</translation>
    </message>
    <message>
        <source>Some operations must reuse the user&apos;s identity on a second hop, which requires a forwardable Kerberos ticket, a server trusted for delegation and a user account that allows delegation. When any of these is missing the request fails with this code. The classic case is encrypting or decrypting EFS files on a remote share; it also appears in other double-hop scenarios.</source>
        <translation>有些作業必須在第二個躍點上沿用使用者的身分，這需要可轉送的 Kerberos 票證、已設定為信任委派的伺服器，以及允許委派的使用者帳戶。只要缺少其中任何一項，要求就會以此代碼失敗。典型的情況是在遠端共用資料夾上加密或解密 EFS 檔案；其他雙躍點情境中也會出現。</translation>
    </message>
    <message>
        <source>EFS operations on a file share: the file server&apos;s computer account is not trusted for delegation</source>
        <translation>在檔案共用上執行 EFS 作業：檔案伺服器的電腦帳戶未設定為信任委派</translation>
    </message>
    <message>
        <source>The user account has &apos;Account is sensitive and cannot be delegated&apos; set or is in Protected Users</source>
        <translation>使用者帳戶勾選了「這是機密帳戶，無法委派」（Account is sensitive and cannot be delegated），或屬於 Protected Users 群組</translation>
    </message>
    <message>
        <source>The front-end server uses constrained delegation but the back-end SPN (for example cifs/fs01) is not in its msDS-AllowedToDelegateTo list</source>
        <translation>前端伺服器使用限制委派，但後端 SPN（例如 cifs/fs01）不在其 msDS-AllowedToDelegateTo 清單中</translation>
    </message>
    <message>
        <source>The client reached the server with NTLM (IP address, CNAME without SPN), so there is no Kerberos ticket to delegate</source>
        <translation>用戶端以 NTLM 連線到伺服器（使用 IP 位址，或沒有 SPN 的 CNAME），因此沒有可委派的 Kerberos 票證</translation>
    </message>
    <message>
        <source>Check the server&apos;s delegation settings</source>
        <translation>檢查伺服器的委派設定</translation>
    </message>
    <message>
        <source>Check whether the user may be delegated</source>
        <translation>檢查使用者是否可以被委派</translation>
    </message>
    <message>
        <source>Check membership of Protected Users</source>
        <translation>檢查 Protected Users 群組的成員</translation>
    </message>
    <message>
        <source>On the client, check that the ticket for the server is forwardable and ok_as_delegate</source>
        <translation>在用戶端確認該伺服器的票證具有 forwardable 與 ok_as_delegate 旗標</translation>
    </message>
    <message>
        <source>After changing delegation settings, drop the client&apos;s tickets so new ones carry the new flags</source>
        <translation>變更委派設定後，清除用戶端的票證，讓新票證帶有新的旗標</translation>
    </message>
    <message>
        <source>The same need across a forest trust that blocks delegation.</source>
        <translation>跨越封鎖委派的樹系信任時的相同需求。</translation>
    </message>
    <message>
        <source>Delegation blocked by credential delegation policy.</source>
        <translation>委派遭認證委派原則封鎖。</translation>
    </message>
    <message>
        <source>Constrained delegation with protocol transition not supported by the DC.</source>
        <translation>DC 不支援具有通訊協定轉換的限制委派。</translation>
    </message>
    <message>
        <source>The requested delegation flag could not be granted for the context.</source>
        <translation>無法為此安全性內容授與所要求的委派旗標。</translation>
    </message>
    <message>
        <source>The client&apos;s channel binding token does not match the TLS channel the server sees (Extended Protection failure).</source>
        <translation>用戶端的通道繫結權杖與伺服器所見的 TLS 通道不符（延伸保護失敗）。</translation>
    </message>
    <message>
        <source>With Extended Protection for Authentication (EPA) the client ties its Kerberos or NTLM token to the TLS channel it sees, and the server compares that binding with its own channel. A mismatch or a missing binding where one is required fails with this code on the server. Typical places: LDAPS binds with channel binding enforced (LDAP error data 80090346), IIS, Exchange and AD FS with Extended Protection.</source>
        <translation>使用驗證的延伸保護（EPA）時，用戶端會將其 Kerberos 或 NTLM 權杖與它所見的 TLS 通道繫結，伺服器再將該繫結與自己的通道比對。若繫結不符，或在必須提供時缺少繫結，伺服器就會以此代碼失敗。常見位置：強制通道繫結的 LDAPS 繫結（LDAP 錯誤 data 80090346），以及啟用延伸保護的 IIS、Exchange 與 AD FS。</translation>
    </message>
    <message>
        <source>A load balancer, reverse proxy or TLS-inspecting firewall terminates TLS, so the client binds to the proxy&apos;s certificate and the server to its own</source>
        <translation>負載平衡器、反向 Proxy 或執行 TLS 檢查的防火牆終止了 TLS，因此用戶端繫結的是 Proxy 的憑證，伺服器繫結的卻是自己的憑證</translation>
    </message>
    <message>
        <source>LDAP channel binding is enforced on DCs (LdapEnforceChannelBinding = 2) and the client (older Windows, Java or Linux LDAP library, appliance) does not send channel bindings</source>
        <translation>DC 強制執行 LDAP 通道繫結（LdapEnforceChannelBinding = 2），而用戶端（較舊的 Windows、Java 或 Linux LDAP 程式庫、設備）不會送出通道繫結</translation>
    </message>
    <message>
        <source>IIS Windows authentication has Extended Protection set to Require and the client is an old or third-party HTTP stack</source>
        <translation>IIS Windows 驗證的延伸保護設為「需要」，而用戶端是舊版或協力廠商的 HTTP 堆疊</translation>
    </message>
    <message>
        <source>Exchange Extended Protection enabled while SSL offloading is in use</source>
        <translation>Exchange 已啟用延伸保護，同時又使用 SSL 卸載</translation>
    </message>
    <message>
        <source>On DCs, check the LDAP channel binding setting (0 never, 1 when supported, 2 always)</source>
        <translation>在 DC 上檢查 LDAP 通道繫結設定（0 永不、1 支援時、2 一律）</translation>
    </message>
    <message>
        <source>Enable LDAP interface diagnostic logging so failing clients are logged as event 3039</source>
        <translation>啟用 LDAP 介面診斷記錄，讓失敗的用戶端記錄為事件 3039</translation>
    </message>
    <message>
        <source>List the clients that failed channel binding validation</source>
        <translation>列出通道繫結驗證失敗的用戶端</translation>
    </message>
    <message>
        <source>On IIS, check the Extended Protection setting for the site</source>
        <translation>在 IIS 上檢查該網站的延伸保護設定</translation>
    </message>
    <message>
        <source>Test from a client that connects straight to the server, bypassing the load balancer or proxy; if it works, move TLS termination to the server or relax EPA for that path</source>
        <translation>從直接連線到伺服器、繞過負載平衡器或 Proxy 的用戶端測試；若可成功，請將 TLS 終止移到伺服器上，或放寬該路徑的 EPA</translation>
    </message>
    <message>
        <source>Some applications report the failed binding as a generic logon failure.</source>
        <translation>部分應用程式會將繫結失敗回報為一般登入失敗。</translation>
    </message>
    <message>
        <source>Seen when a proxy alters the authentication token itself.</source>
        <translation>Proxy 改動了驗證權杖本身時會出現此代碼。</translation>
    </message>
    <message>
        <source>TLS-inspecting proxies often cause certificate trust errors as well.</source>
        <translation>TLS 檢查 Proxy 也常造成憑證信任錯誤。</translation>
    </message>
    <message>
        <source>The certificate could be mapped to more than one account, so Windows does not know which user it is.</source>
        <translation>憑證可以對應到多個帳戶，因此 Windows 無法判斷是哪位使用者。</translation>
    </message>
    <message>
        <source>Certificate logon (smart card, Windows Hello certificate, TLS client certificate mapped to AD accounts) must resolve the certificate to exactly one account. When the UPN or an explicit mapping matches several accounts, the DC or the Schannel server refuses with this code. Users can pick an account with a user name hint if that policy is enabled.</source>
        <translation>憑證登入（智慧卡、Windows Hello 憑證、對應到 AD 帳戶的 TLS 用戶端憑證）必須將憑證解析為恰好一個帳戶。當 UPN 或明確對應符合多個帳戶時，DC 或 Schannel 伺服器就會以此代碼拒絕。若啟用了相關原則，使用者可以透過使用者名稱提示選擇帳戶。</translation>
    </message>
    <message>
        <source>The same certificate is mapped explicitly (altSecurityIdentities) on two accounts, for example a user&apos;s normal and admin accounts sharing one smart card</source>
        <translation>同一張憑證明確對應（altSecurityIdentities）到兩個帳戶，例如使用者的一般帳戶與系統管理員帳戶共用一張智慧卡</translation>
    </message>
    <message>
        <source>Two accounts in the forest carry the same UPN (possible across domains) that appears in the certificate</source>
        <translation>樹系中有兩個帳戶帶有與憑證中相同的 UPN（跨網域時可能發生）</translation>
    </message>
    <message>
        <source>A broad mapping (issuer only, or issuer and subject) matches several accounts</source>
        <translation>範圍過寬的對應（只依簽發者，或依簽發者與主體）符合多個帳戶</translation>
    </message>
    <message>
        <source>A copy of an account (migration or test account) kept the old account&apos;s certificate mapping</source>
        <translation>帳戶的複本（移轉或測試帳戶）保留了原帳戶的憑證對應</translation>
    </message>
    <message>
        <source>Read the certificate&apos;s UPN, subject, issuer and serial number</source>
        <translation>讀取憑證的 UPN、主體、簽發者與序號</translation>
    </message>
    <message>
        <source>Search the whole forest (Global Catalog) for accounts with that UPN</source>
        <translation>在整個樹系（通用類別目錄）中搜尋具有該 UPN 的帳戶</translation>
    </message>
    <message>
        <source>List explicit certificate mappings and look for the same value on several accounts</source>
        <translation>列出明確的憑證對應，尋找出現在多個帳戶上的相同值</translation>
    </message>
    <message>
        <source>Remove the duplicate mapping, or enable the &apos;Allow user name hint&apos; smart card policy so users can name the account</source>
        <translation>移除重複的對應，或啟用「允許使用者名稱提示」（Allow user name hint）智慧卡原則，讓使用者可以指定帳戶</translation>
    </message>
    <message>
        <source>The certificate maps to the wrong account or to none.</source>
        <translation>憑證對應到錯誤的帳戶，或沒有對應到任何帳戶。</translation>
    </message>
    <message>
        <source>Schannel could not process the client certificate at all.</source>
        <translation>Schannel 完全無法處理用戶端憑證。</translation>
    </message>
    <message>
        <source>Generic failure some applications show for the same attempt.</source>
        <translation>部分應用程式針對同一次嘗試所顯示的一般失敗。</translation>
    </message>
    <message>
        <source>The server has no Kerberos key able to decrypt the ticket it received (KRB_AP_ERR_NOKEY).</source>
        <translation>伺服器沒有能解密所收到票證的 Kerberos 金鑰（KRB_AP_ERR_NOKEY）。</translation>
    </message>
    <message>
        <source>Windows returns this code for the Kerberos error KRB_AP_ERR_NOKEY (0x2D): the acceptor holds no key of the ticket&apos;s encryption type for the account the ticket was issued to. The Windows message for it is only the symbol name. It is seen on the server or in the client&apos;s report of the server&apos;s error, mostly with services on Linux or Java using a keytab, or with services running as accounts that have no password-derived keys.</source>
        <translation>Windows 會針對 Kerberos 錯誤 KRB_AP_ERR_NOKEY（0x2D）傳回此代碼：接受端沒有票證所屬帳戶、且符合票證加密類型的金鑰。此代碼的 Windows 訊息只有符號名稱。它會出現在伺服器上，或出現在用戶端對伺服器錯誤的回報中，多半與在 Linux 或 Java 上使用 keytab 的服務有關，或與以沒有密碼衍生金鑰的帳戶執行的服務有關。</translation>
    </message>
    <message>
        <source>A keytab (Linux, Java, appliance) lacks an entry for the ticket&apos;s encryption type, for example AES256 tickets while the keytab has only RC4</source>
        <translation>keytab（Linux、Java、設備）缺少票證加密類型的項目，例如票證是 AES256，keytab 卻只有 RC4</translation>
    </message>
    <message>
        <source>The service runs as a user that signed in with a smart card or Windows Hello, so its session has no long-term Kerberos key</source>
        <translation>服務以透過智慧卡或 Windows Hello 登入的使用者身分執行，因此其工作階段沒有長期 Kerberos 金鑰</translation>
    </message>
    <message>
        <source>The account&apos;s password was changed and the keytab or service was not updated with keys of the new type</source>
        <translation>帳戶的密碼已變更，但 keytab 或服務沒有更新為新類型的金鑰</translation>
    </message>
    <message>
        <source>msDS-SupportedEncryptionTypes on the service account was changed, so the KDC now issues tickets of a type the acceptor has no key for</source>
        <translation>服務帳戶的 msDS-SupportedEncryptionTypes 已變更，KDC 因此核發接受端沒有對應金鑰的票證類型</translation>
    </message>
    <message>
        <source>On the client, request the ticket and note its encryption type and key version</source>
        <translation>在用戶端要求票證，記下其加密類型與金鑰版本</translation>
    </message>
    <message>
        <source>On a Linux server, list keytab entries with their encryption types and key versions</source>
        <translation>在 Linux 伺服器上列出 keytab 項目及其加密類型與金鑰版本</translation>
    </message>
    <message>
        <source>Compare with the account&apos;s key version number and allowed encryption types</source>
        <translation>與帳戶的金鑰版本號碼及允許的加密類型比對</translation>
    </message>
    <message>
        <source>Regenerate the keytab with all encryption types the account supports, then purge client tickets</source>
        <translation>以帳戶支援的所有加密類型重新產生 keytab，然後清除用戶端的票證</translation>
    </message>
    <message>
        <source>NTSTATUS form; its message text explains the condition (no acceptable Kerberos credentials on the server).</source>
        <translation>NTSTATUS 形式；其訊息文字即說明此狀況（伺服器上沒有可接受的 Kerberos 認證）。</translation>
    </message>
    <message>
        <source>The key exists but does not decrypt the ticket (password or SPN mismatch).</source>
        <translation>金鑰存在，但無法解密票證（密碼或 SPN 不符）。</translation>
    </message>
    <message>
        <source>Encryption type mismatch already at the KDC.</source>
        <translation>在 KDC 就已發生的加密類型不符。</translation>
    </message>
    <message>
        <source>The user-to-user fallback used when a server has no long-term key.</source>
        <translation>伺服器沒有長期金鑰時所使用的使用者對使用者後援方式。</translation>
    </message>
    <message>
        <source>The certificate is not valid for this purpose (wrong or restricted EKU or key usage).</source>
        <translation>憑證不適用於此用途（EKU 或金鑰使用方法錯誤或受到限制）。</translation>
    </message>
    <message>
        <source>Schannel checks that a certificate is allowed for what it is being used for: Server Authentication for a TLS server, Client Authentication for a client certificate. If the Enhanced Key Usage, the key usage bits or a restriction higher up the chain rule that out, the handshake fails with this code. The side that validates the certificate reports it: the client for a server certificate, the server for a client certificate.</source>
        <translation>Schannel 會確認憑證可用於目前的用途：TLS 伺服器需要伺服器驗證，用戶端憑證需要用戶端驗證。如果增強金鑰使用方法、金鑰使用方法位元，或憑證鏈結上層的限制排除了該用途，交握就會以此代碼失敗。回報此代碼的是驗證憑證的一端：伺服器憑證由用戶端回報，用戶端憑證由伺服器回報。</translation>
    </message>
    <message>
        <source>The server certificate (IIS, RDP, LDAPS, SQL Server) lacks the Server Authentication EKU (1.3.6.1.5.5.7.3.1), for example it was issued from a User or Code Signing template</source>
        <translation>伺服器憑證（IIS、RDP、LDAPS、SQL Server）缺少伺服器驗證 EKU（1.3.6.1.5.5.7.3.1），例如它是以「使用者」或「程式碼簽署」範本簽發的</translation>
    </message>
    <message>
        <source>A TLS client certificate lacks the Client Authentication EKU (1.3.6.1.5.5.7.3.2)</source>
        <translation>TLS 用戶端憑證缺少用戶端驗證 EKU（1.3.6.1.5.5.7.3.2）</translation>
    </message>
    <message>
        <source>An intermediate CA certificate restricts EKUs, so the leaf certificate is not valid for server authentication even though it lists it</source>
        <translation>中繼 CA 憑證限制了 EKU，因此即使分葉憑證列出伺服器驗證，它仍不適用於伺服器驗證</translation>
    </message>
    <message>
        <source>The certificate&apos;s intended purposes were restricted in the local certificate store properties</source>
        <translation>憑證的「預定目的」（Intended Purposes）已在本機憑證存放區的內容中受到限制</translation>
    </message>
    <message>
        <source>The key usage extension does not allow what the negotiated cipher suite needs (for example no digital signature for ECDHE)</source>
        <translation>金鑰使用方法延伸不允許協商出的加密套件所需的用途（例如 ECDHE 需要數位簽章）</translation>
    </message>
    <message>
        <source>Dump the certificate and check Enhanced Key Usage and Key Usage</source>
        <translation>傾印憑證，檢查增強金鑰使用方法與金鑰使用方法</translation>
    </message>
    <message>
        <source>Validate the whole chain, including EKU restrictions on intermediate CAs</source>
        <translation>驗證整個憑證鏈結，包括中繼 CA 上的 EKU 限制</translation>
    </message>
    <message>
        <source>List the machine certificates with their EKUs to find the one in use</source>
        <translation>列出電腦憑證及其 EKU，找出正在使用的那一張</translation>
    </message>
    <message>
        <source>For RDP, find which certificate the listener uses</source>
        <translation>若是 RDP，找出接聽程式使用的是哪一張憑證</translation>
    </message>
    <message>
        <source>Read the Schannel errors for the failing handshake</source>
        <translation>閱讀失敗交握的 Schannel 錯誤</translation>
    </message>
    <message>
        <source>Schannel could not process the certificate for another reason.</source>
        <translation>Schannel 因其他原因無法處理憑證。</translation>
    </message>
    <message>
        <source>The chain ends at a root the client does not trust.</source>
        <translation>憑證鏈結的根憑證不受用戶端信任。</translation>
    </message>
    <message>
        <source>Another certificate validity failure in the same handshake.</source>
        <translation>同一次交握中的另一種憑證有效性失敗。</translation>
    </message>
    <message>
        <source>The peer often sends a fatal alert that surfaces as this code.</source>
        <translation>對方常會送出嚴重警示，並以此代碼呈現。</translation>
    </message>
    <message>
        <source>Negotiate could not use Kerberos because no domain controller answered, and it refused to fall back to NTLM.</source>
        <translation>因為沒有網域控制站回應，Negotiate 無法使用 Kerberos，並拒絕退回使用 NTLM。</translation>
    </message>
    <message>
        <source>The Negotiate package on the client tried Kerberos, but no domain controller (KDC) could be reached, and it declined to quietly switch to NTLM, because an attacker who blocks traffic to the DCs could force exactly that weaker fallback. The client reports it: RDP with Network Level Authentication, domain password changes and access to file shares from machines that are outside the corporate network or behind a broken VPN. Older Windows versions show the same code as &apos;a possible attempt to compromise security&apos;.</source>
        <translation>用戶端上的 Negotiate 安全性套件嘗試使用 Kerberos，但無法連絡任何網域控制站（金鑰發佈中心，KDC），而且它拒絕悄悄退回使用 NTLM，因為封鎖網域控制站流量的攻擊者正可藉此強迫降級為較弱的通訊協定。此錯誤由用戶端回報，常見於：使用網路層級驗證的 RDP、網域密碼變更，以及從公司網路外部或 VPN 故障的電腦存取檔案共用。較舊的 Windows 版本會將同一個代碼顯示為「可能有人企圖危害安全性」。</translation>
    </message>
    <message>
        <source>The client cannot reach any domain controller of contoso.com: VPN down, or a firewall blocks Kerberos (TCP/UDP 88) and LDAP (389) to the DCs</source>
        <translation>用戶端無法連線到 contoso.com 的任何網域控制站：VPN 已中斷，或防火牆封鎖了通往網域控制站的 Kerberos（TCP/UDP 88）與 LDAP（389）流量</translation>
    </message>
    <message>
        <source>The client&apos;s DNS cannot resolve the _kerberos._tcp and _ldap._tcp SRV records of the domain (public DNS configured, or a split-DNS gap on the VPN)</source>
        <translation>用戶端的 DNS 無法解析網域的 _kerberos._tcp 與 _ldap._tcp SRV 記錄（設定了公用 DNS，或 VPN 的分割 DNS 有缺漏）</translation>
    </message>
    <message>
        <source>A domain password change or reset runs while no DC is reachable; since the MS16-101 update Negotiate no longer falls back to NTLM for it</source>
        <translation>在無法連絡任何網域控制站時進行網域密碼變更或重設；自 MS16-101 更新起，Negotiate 不再為此退回使用 NTLM</translation>
    </message>
    <message>
        <source>RDP with Network Level Authentication to a domain server by its name from a laptop that is off the network, so the Kerberos leg fails before any NTLM attempt</source>
        <translation>從不在公司網路上的筆記型電腦，以名稱透過網路層級驗證 RDP 連線到網域伺服器，因此在嘗試 NTLM 之前 Kerberos 階段就已失敗</translation>
    </message>
    <message>
        <source>The DC the client has cached is offline and the DC locator has not yet found another one</source>
        <translation>用戶端快取的網域控制站已離線，而網域控制站定位器尚未找到其他網域控制站</translation>
    </message>
    <message>
        <source>Check that the client can locate a domain controller now; a failure here explains the error</source>
        <translation>確認用戶端現在能否找到網域控制站；若此處失敗，即可說明此錯誤的原因</translation>
    </message>
    <message>
        <source>Check that the Kerberos SRV records of the domain resolve from the client</source>
        <translation>確認用戶端能解析網域的 Kerberos SRV 記錄</translation>
    </message>
    <message>
        <source>Test the Kerberos port on the DC that the locator returned</source>
        <translation>測試定位器傳回之網域控制站上的 Kerberos 連接埠</translation>
    </message>
    <message>
        <source>Ask for a ticket to the target directly; an error here confirms that the Kerberos leg is the one failing</source>
        <translation>直接要求目標的票證；若此處出錯，即可確認失敗的是 Kerberos 階段</translation>
    </message>
    <message>
        <source>Reconnect the VPN or move to the corporate network and retry; change domain passwords only while a DC is reachable</source>
        <translation>重新連線 VPN 或回到公司網路後再試；請只在可連絡網域控制站時變更網域密碼</translation>
    </message>
    <message>
        <source>NTSTATUS twin: the same condition as seen by the LSA and kernel.</source>
        <translation>NTSTATUS 對應碼：LSA 與核心所看到的同一狀況。</translation>
    </message>
    <message>
        <source>Also means that no domain controller could be reached, without a refused NTLM fallback.</source>
        <translation>同樣表示無法連絡任何網域控制站，但不涉及退回使用 NTLM 遭拒。</translation>
    </message>
    <message>
        <source>The domain controller found the certificate on the user&apos;s smart card revoked, so smart card logon is refused.</source>
        <translation>網域控制站發現使用者智慧卡上的憑證已被撤銷，因此拒絕智慧卡登入。</translation>
    </message>
    <message>
        <source>During smart card logon (Kerberos PKINIT) the KDC on the domain controller checks the user&apos;s certificate against its CA&apos;s CRL or OCSP responder, and the certificate is listed as revoked. The client only shows the refusal; the DC&apos;s Security log records the failed ticket request with the certificate&apos;s issuer and serial number (failure code 0x48). Virtual smart cards and Windows Hello for Business certificate trust use the same path and fail the same way.</source>
        <translation>在智慧卡登入（Kerberos PKINIT）期間，網域控制站上的金鑰發佈中心（KDC）會以憑證授權單位（CA）的憑證撤銷清單（CRL）或 OCSP 回應程式檢查使用者的憑證，而該憑證已列為撤銷。用戶端只會顯示登入遭拒；網域控制站的安全性記錄檔會記下失敗的票證要求，並附上憑證的簽發者與序號（失敗碼 0x48）。虛擬智慧卡與 Windows Hello 企業版憑證信任走相同的路徑，也會以相同方式失敗。</translation>
    </message>
    <message>
        <source>The certificate was revoked on purpose (card reported lost, user left, card reissued) but is still on the card in use</source>
        <translation>憑證是刻意撤銷的（智慧卡報失、使用者離職、重新核發智慧卡），但仍留在使用中的智慧卡上</translation>
    </message>
    <message>
        <source>The card holds both an old, revoked certificate and a renewed one, and the old one is chosen at the logon screen</source>
        <translation>智慧卡上同時有已撤銷的舊憑證與更新後的憑證，而登入畫面選到了舊憑證</translation>
    </message>
    <message>
        <source>A bulk revocation on the CA (template clean-up, re-keying, compromise response) also hit certificates that are still used</source>
        <translation>憑證授權單位上的大量撤銷（範本清理、更換金鑰、入侵事件應變）也波及仍在使用的憑證</translation>
    </message>
    <message>
        <source>The certificate was put on hold (reason Certificate Hold) and never released from hold</source>
        <translation>憑證被暫時撤銷（原因為「憑證保留」（Certificate Hold）），之後一直未解除撤銷</translation>
    </message>
    <message>
        <source>On the client, list the certificates on the card and see which one fails chain validation</source>
        <translation>在用戶端上列出智慧卡上的憑證，查看哪一張無法通過鏈結驗證</translation>
    </message>
    <message>
        <source>Verify the exported user certificate with fresh revocation data and read the revocation reason</source>
        <translation>以最新的撤銷資料驗證匯出的使用者憑證，並查看撤銷原因</translation>
    </message>
    <message>
        <source>On the DC, read the failed ticket requests (events 4768/4771) for the certificate&apos;s serial number and failure code 0x48</source>
        <translation>在網域控制站上讀取失敗的票證要求（事件 4768/4771），查看憑證序號與失敗碼 0x48</translation>
    </message>
    <message>
        <source>On the CA, confirm the revocation and its reason; release it only if it was a Certificate Hold, otherwise enroll a new certificate and remove the revoked one from the card</source>
        <translation>在憑證授權單位上確認撤銷及其原因；只有在原因為「憑證保留」（Certificate Hold）時才解除撤銷，否則請註冊新憑證，並從智慧卡移除已撤銷的憑證</translation>
    </message>
    <message>
        <source>Returned instead when the DC cannot reach the revocation data at all.</source>
        <translation>網域控制站完全無法取得撤銷資料時，改為傳回此代碼。</translation>
    </message>
    <message>
        <source>The other usual reason why a card certificate stops working.</source>
        <translation>智慧卡憑證失效的另一個常見原因。</translation>
    </message>
    <message>
        <source>The same check failing for the domain controller&apos;s certificate instead of the user&apos;s.</source>
        <translation>同一項檢查失敗，但對象是網域控制站的憑證，而非使用者的憑證。</translation>
    </message>
    <message>
        <source>The smart card certificate chains to a CA that the domain controller does not trust for logon.</source>
        <translation>智慧卡憑證鏈結到網域控制站不信任用於登入的憑證授權單位。</translation>
    </message>
    <message>
        <source>The KDC on the domain controller could not build the user&apos;s smart card certificate up to a trusted root, or the issuing CA is not trusted for domain logon. The client&apos;s logon screen reports it, while the details are on the DC (failed ticket requests, KDC and CAPI2 events). It typically follows the introduction of a new or third-party PKI (for example government PIV/CAC cards) or a renewed CA certificate that has not reached the DCs yet.</source>
        <translation>網域控制站上的金鑰發佈中心（KDC）無法為使用者的智慧卡憑證建立通往受信任根憑證的鏈結，或簽發的憑證授權單位不受信任用於網域登入。用戶端的登入畫面會回報此錯誤，詳細資料則在網域控制站上（失敗的票證要求、KDC 與 CAPI2 事件）。通常發生在導入新的或協力廠商的 PKI（例如政府 PIV/CAC 卡）之後，或憑證授權單位的憑證更新後尚未發佈到網域控制站時。</translation>
    </message>
    <message>
        <source>The root CA of the card&apos;s certificate is missing from the Trusted Root Certification Authorities store of the DCs</source>
        <translation>網域控制站的「受信任的根憑證授權單位」存放區中沒有該智慧卡憑證的根憑證授權單位</translation>
    </message>
    <message>
        <source>An intermediate CA certificate is missing on the DCs and the certificate&apos;s AIA URL cannot be reached from them</source>
        <translation>網域控制站上缺少中繼憑證授權單位的憑證，且無法從網域控制站連線到憑證的 AIA URL</translation>
    </message>
    <message>
        <source>The issuing CA certificate is not published in the enterprise NTAuth store, or the DC has not yet received it by Group Policy</source>
        <translation>簽發憑證授權單位的憑證未發佈到企業 NTAuth 存放區，或網域控制站尚未透過群組原則收到它</translation>
    </message>
    <message>
        <source>The CA certificate was renewed and the new CA certificate was not distributed to the DCs and to NTAuth</source>
        <translation>憑證授權單位的憑證已更新，但新的憑證授權單位憑證未散發到網域控制站與 NTAuth</translation>
    </message>
    <message>
        <source>On the client, check the card; the output says whether the chain validates</source>
        <translation>在用戶端上檢查智慧卡；輸出會指出鏈結是否驗證成功</translation>
    </message>
    <message>
        <source>List the CAs in the enterprise NTAuth store and confirm that the issuing CA is there</source>
        <translation>列出企業 NTAuth 存放區中的憑證授權單位，確認簽發憑證授權單位在其中</translation>
    </message>
    <message>
        <source>If it is missing, publish the issuing CA certificate to NTAuth (as an Enterprise Admin)</source>
        <translation>若缺少，請將簽發憑證授權單位的憑證發佈到 NTAuth（需以 Enterprise Admins 成員身分執行）</translation>
    </message>
    <message>
        <source>On the DC, verify the user certificate as the DC sees it, fetching the AIA and CDP URLs</source>
        <translation>在網域控制站上，以網域控制站本身的角度驗證使用者憑證，並實際擷取 AIA 與 CDP URL</translation>
    </message>
    <message>
        <source>Refresh Group Policy on the DC so that the root and NTAuth copies are updated, then retry</source>
        <translation>在網域控制站上重新整理群組原則，讓根憑證與 NTAuth 的副本更新後再試</translation>
    </message>
    <message>
        <source>The broader &apos;certificate not trusted&apos; refusal for the same logon.</source>
        <translation>同一登入中範圍較廣的「憑證不受信任」拒絕。</translation>
    </message>
    <message>
        <source>The mirror case: the client does not trust the CA of the DC&apos;s certificate.</source>
        <translation>相反的情況：用戶端不信任網域控制站憑證的憑證授權單位。</translation>
    </message>
    <message>
        <source>The TLS (Schannel) counterpart of an untrusted chain.</source>
        <translation>TLS（Schannel）中對應的不受信任鏈結錯誤。</translation>
    </message>
    <message>
        <source>The DC could not find out whether the smart card certificate is revoked (CRL or OCSP unreachable or expired).</source>
        <translation>網域控制站無法判斷智慧卡憑證是否已撤銷（無法連線到 CRL 或 OCSP，或 CRL 已過期）。</translation>
    </message>
    <message>
        <source>Smart card logon requires the KDC to confirm that the user&apos;s certificate is not revoked. When the certificate&apos;s CRL distribution points or OCSP responder cannot be reached from the domain controller, or the only CRL it can get has expired, the KDC refuses the logon (failure code 0x49 or 0x4A on the DC). The user sees it at the logon screen; the cause is almost always on the path between the DC and the PKI.</source>
        <translation>智慧卡登入需要金鑰發佈中心（KDC）確認使用者的憑證未被撤銷。當網域控制站無法連線到憑證的 CRL 發佈點或 OCSP 回應程式，或只能取得已過期的 CRL 時，KDC 會拒絕登入（網域控制站上的失敗碼為 0x49 或 0x4A）。使用者會在登入畫面看到此錯誤；原因幾乎都出在網域控制站與 PKI 之間的路徑上。</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s CRL has passed its Next Update date because the CA stopped publishing (service down, publishing job failing)</source>
        <translation>簽發憑證授權單位的 CRL 已超過其「下次更新」日期，因為憑證授權單位停止發佈（服務停止、發佈作業失敗）</translation>
    </message>
    <message>
        <source>The DC cannot reach the CDP URL in the certificate: HTTP blocked by a firewall or proxy, or an LDAP CDP pointing at a removed CA object</source>
        <translation>網域控制站無法連線到憑證中的 CDP URL：HTTP 遭防火牆或 Proxy 封鎖，或 LDAP CDP 指向已移除的憑證授權單位物件</translation>
    </message>
    <message>
        <source>The offline root CA&apos;s CRL has expired, so the issuing CA&apos;s own certificate cannot be checked</source>
        <translation>離線根憑證授權單位的 CRL 已過期，因此無法檢查簽發憑證授權單位本身的憑證</translation>
    </message>
    <message>
        <source>The certificate has no CDP or OCSP location at all, as with some third-party or home-built PKIs</source>
        <translation>憑證完全沒有 CDP 或 OCSP 位置，某些協力廠商或自建的 PKI 就是如此</translation>
    </message>
    <message>
        <source>The certificate refers to a delta CRL that is not published</source>
        <translation>憑證參照了未發佈的差異 CRL</translation>
    </message>
    <message>
        <source>On the DC, verify the user certificate and note which URL fails</source>
        <translation>在網域控制站上驗證使用者憑證，並記下哪個 URL 失敗</translation>
    </message>
    <message>
        <source>Enable CAPI2 logging on the DC to record every revocation fetch</source>
        <translation>在網域控制站上啟用 CAPI2 記錄，以記下每一次撤銷資料擷取</translation>
    </message>
    <message>
        <source>After a failed logon, read the CAPI2 events for the URL and error</source>
        <translation>登入失敗後，讀取 CAPI2 事件以查看 URL 與錯誤</translation>
    </message>
    <message>
        <source>On the issuing CA, publish a fresh CRL and make sure it reaches every CDP location</source>
        <translation>在簽發憑證授權單位上發佈新的 CRL，並確認它已送達每個 CDP 位置</translation>
    </message>
    <message>
        <source>Only as a stopgap while the PKI is fixed: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under HKLM\SYSTEM\CurrentControlSet\Services\Kdc makes the KDC accept a revocation status it cannot determine; remove it afterwards</source>
        <translation>僅作為修復 PKI 期間的權宜之計：在 HKLM\SYSTEM\CurrentControlSet\Services\Kdc 下設定 DWORD 值 UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1，可讓 KDC 接受無法判斷的撤銷狀態；事後請移除</translation>
    </message>
    <message>
        <source>The same failure on the client while it checks the DC&apos;s certificate.</source>
        <translation>用戶端檢查網域控制站憑證時發生的相同失敗。</translation>
    </message>
    <message>
        <source>Returned instead when the check works and finds the certificate revoked.</source>
        <translation>檢查順利完成並發現憑證已撤銷時，改為傳回此代碼。</translation>
    </message>
    <message>
        <source>The domain controller did not trust the certificate presented for smart card (PKINIT) logon.</source>
        <translation>網域控制站不信任智慧卡（PKINIT）登入所出示的憑證。</translation>
    </message>
    <message>
        <source>The KDC rejected the certificate in the PKINIT pre-authentication request (Kerberos error KDC_ERR_CLIENT_NOT_TRUSTED, 0x3E, in the DC&apos;s failed ticket request events). It is the broad trust failure of certificate logon: NTAuth, chain, key usage and revocation problems can all end here. The logon screen on the client shows it; the reason is found on the domain controller.</source>
        <translation>金鑰發佈中心（KDC）拒絕了 PKINIT 預先驗證要求中的憑證（網域控制站的失敗票證要求事件中會顯示 Kerberos 錯誤 KDC_ERR_CLIENT_NOT_TRUSTED，0x3E）。這是憑證登入的廣義信任失敗：NTAuth、鏈結、金鑰使用方法與撤銷問題都可能導致此結果。用戶端的登入畫面會顯示此錯誤；原因要在網域控制站上尋找。</translation>
    </message>
    <message>
        <source>The issuing CA is missing from the enterprise NTAuth store, or the DC&apos;s local copy of NTAuth is out of date</source>
        <translation>企業 NTAuth 存放區中沒有簽發憑證授權單位，或網域控制站本機的 NTAuth 副本已過時</translation>
    </message>
    <message>
        <source>The root or an intermediate CA of the user certificate is not trusted on the DC</source>
        <translation>網域控制站不信任使用者憑證的根或中繼憑證授權單位</translation>
    </message>
    <message>
        <source>The DC could not check revocation for the certificate (CDP or OCSP unreachable, CRL expired)</source>
        <translation>網域控制站無法檢查憑證的撤銷狀態（無法連線到 CDP 或 OCSP、CRL 已過期）</translation>
    </message>
    <message>
        <source>The certificate lacks a key usage or EKU that the DC accepts for logon (Smart Card Logon or Client Authentication)</source>
        <translation>憑證缺少網域控制站接受用於登入的金鑰使用方法或 EKU（智慧卡登入或用戶端驗證）</translation>
    </message>
    <message>
        <source>On the client, check the chain of the card certificate</source>
        <translation>在用戶端上檢查智慧卡憑證的鏈結</translation>
    </message>
    <message>
        <source>Confirm that the issuing CA is in the enterprise NTAuth store</source>
        <translation>確認簽發憑證授權單位位於企業 NTAuth 存放區中</translation>
    </message>
    <message>
        <source>On the DC, read the failed ticket requests for the user; failure code 0x3E confirms an untrusted certificate</source>
        <translation>在網域控制站上讀取該使用者失敗的票證要求；失敗碼 0x3E 即確認憑證不受信任</translation>
    </message>
    <message>
        <source>On the DC, read the KDC events: event 21 gives the chain status of a rejected client certificate, events 39 to 41 point at certificate mapping (KB5014754)</source>
        <translation>在網域控制站上讀取 KDC 事件：事件 21 會提供遭拒用戶端憑證的鏈結狀態，事件 39 至 41 則指向憑證對應問題（KB5014754）</translation>
    </message>
    <message>
        <source>On the DC, verify the certificate with URL retrieval to see both the trust and the revocation result</source>
        <translation>在網域控制站上以 URL 擷取方式驗證憑證，同時查看信任與撤銷結果</translation>
    </message>
    <message>
        <source>The more specific case: the issuing CA chain is the problem.</source>
        <translation>較具體的情況：問題出在簽發憑證授權單位的鏈結。</translation>
    </message>
    <message>
        <source>The more specific case: the revocation check could not run.</source>
        <translation>較具體的情況：無法執行撤銷檢查。</translation>
    </message>
    <message>
        <source>Returned when the certificate is trusted but names the wrong account.</source>
        <translation>憑證受信任但指向錯誤帳戶時傳回。</translation>
    </message>
    <message>
        <source>The logon certificate on the user&apos;s smart card is outside its validity period, so the DC refuses it.</source>
        <translation>使用者智慧卡上的登入憑證不在有效期間內，因此網域控制站拒絕它。</translation>
    </message>
    <message>
        <source>The domain controller checked the validity dates of the certificate used for smart card, virtual smart card or Windows Hello for Business certificate-trust logon and found it expired (or not yet valid). The user sees the refusal at the logon or unlock screen. Cached logons can still work while the machine is offline, which hides the problem until it talks to a DC again.</source>
        <translation>網域控制站檢查了用於智慧卡、虛擬智慧卡或 Windows Hello 企業版憑證信任登入之憑證的有效日期，發現它已過期（或尚未生效）。使用者會在登入或解除鎖定畫面看到登入遭拒。電腦離線時快取登入仍可能成功，因此問題會被掩蓋，直到電腦再次與網域控制站通訊為止。</translation>
    </message>
    <message>
        <source>The certificate passed its NotAfter date without renewal (automatic renewal needs the card inserted during a logon before expiry)</source>
        <translation>憑證已超過 NotAfter 日期且未更新（自動更新需要在到期前登入時插入智慧卡）</translation>
    </message>
    <message>
        <source>The card holds a renewed certificate and the expired one, and the expired one is picked at the logon screen</source>
        <translation>智慧卡上同時有更新後的憑證與已過期的憑證，而登入畫面選到了過期的那張</translation>
    </message>
    <message>
        <source>An intermediate or issuing CA certificate in the chain has expired, which makes the whole chain time-invalid</source>
        <translation>鏈結中的中繼或簽發憑證授權單位憑證已過期，使整條鏈結在時間上無效</translation>
    </message>
    <message>
        <source>The DC&apos;s or the client&apos;s clock is far off, so a valid certificate looks expired or not yet valid</source>
        <translation>網域控制站或用戶端的時鐘誤差很大，使有效的憑證看起來已過期或尚未生效</translation>
    </message>
    <message>
        <source>Show the certificates on the card with their validity dates</source>
        <translation>顯示智慧卡上的憑證及其有效日期</translation>
    </message>
    <message>
        <source>List the user&apos;s certificates with their expiry dates (smart card certificates are copied into the user&apos;s personal store)</source>
        <translation>列出使用者的憑證及其到期日（智慧卡憑證會複製到使用者的個人存放區）</translation>
    </message>
    <message>
        <source>Compare the DC&apos;s clock with the client&apos;s</source>
        <translation>比較網域控制站與用戶端的時鐘</translation>
    </message>
    <message>
        <source>Renew or re-enroll the certificate through the CA or the card management system, then remove the expired one from the card</source>
        <translation>透過憑證授權單位或智慧卡管理系統更新或重新註冊憑證，再從智慧卡移除過期的憑證</translation>
    </message>
    <message>
        <source>The same check failing on the domain controller&apos;s own certificate.</source>
        <translation>同一項檢查在網域控制站本身的憑證上失敗。</translation>
    </message>
    <message>
        <source>The TLS (Schannel) counterpart of an expired certificate.</source>
        <translation>TLS（Schannel）中對應的憑證過期錯誤。</translation>
    </message>
    <message>
        <source>A service asked a KDC for S4U (protocol transition or constrained delegation) and that KDC does not implement it.</source>
        <translation>服務向金鑰發佈中心（KDC）要求 S4U（通訊協定轉換或限制委派），但該 KDC 未實作此功能。</translation>
    </message>
    <message>
        <source>Service for User (S4U2Self and S4U2Proxy) is a Microsoft extension to Kerberos that lets a service get tickets on behalf of a user. This code is returned on the service&apos;s server when the KDC that must answer, usually the user&apos;s home realm reached through a trust, does not support it. Today it is rare and mostly involves users from non-Windows Kerberos realms or very old domain controllers; the service (IIS, a gateway, SQL Server) logs it when it builds the user&apos;s identity.</source>
        <translation>Service for User（S4U2Self 與 S4U2Proxy）是 Microsoft 對 Kerberos 的延伸，讓服務能代表使用者取得票證。必須回應的金鑰發佈中心（KDC）通常是透過信任關係連到的使用者所屬領域；若該 KDC 不支援此功能，服務所在的伺服器就會收到此代碼。此錯誤如今很少見，多半牽涉到來自非 Windows Kerberos 領域的使用者或非常舊的網域控制站；服務（IIS、閘道、SQL Server）在建立使用者身分時會記錄此錯誤。</translation>
    </message>
    <message>
        <source>The user belongs to a non-Windows Kerberos realm (MIT, Heimdal, old Samba) trusted by the forest, and that KDC cannot answer S4U2Self</source>
        <translation>使用者屬於受樹系信任的非 Windows Kerberos 領域（MIT、Heimdal、舊版 Samba），而該 KDC 無法回應 S4U2Self</translation>
    </message>
    <message>
        <source>A domain on the trust path still has domain controllers older than Windows Server 2003</source>
        <translation>信任路徑上的某個網域仍有早於 Windows Server 2003 的網域控制站</translation>
    </message>
    <message>
        <source>An application creates a Windows identity from a UPN alone (S4U logon) for a user whose realm&apos;s KDC lacks S4U</source>
        <translation>應用程式僅以 UPN 建立 Windows 身分（S4U 登入），但該使用者所屬領域的 KDC 不支援 S4U</translation>
    </message>
    <message>
        <source>A third-party Kerberos server or appliance answers for the service&apos;s domain instead of a Windows DC</source>
        <translation>由協力廠商的 Kerberos 伺服器或設備代替 Windows 網域控制站回應服務所在的網域</translation>
    </message>
    <message>
        <source>See which DC the service&apos;s server uses</source>
        <translation>查看服務所在的伺服器使用哪一個網域控制站</translation>
    </message>
    <message>
        <source>List the domain&apos;s trusts and check whether the user&apos;s realm is a non-Windows (MIT) realm</source>
        <translation>列出網域的信任關係，檢查使用者所屬領域是否為非 Windows（MIT）領域</translation>
    </message>
    <message>
        <source>On the service&apos;s server, list the tickets it holds</source>
        <translation>在服務所在的伺服器上列出它持有的票證</translation>
    </message>
    <message>
        <source>Check how the service account is set up for delegation (protocol transition needs TrustedToAuthForDelegation)</source>
        <translation>檢查服務帳戶的委派設定（通訊協定轉換需要 TrustedToAuthForDelegation）</translation>
    </message>
    <message>
        <source>For users of a non-Windows realm, use an authentication path that does not need S4U, such as forwarding the user&apos;s own Kerberos ticket</source>
        <translation>對於非 Windows 領域的使用者，請改用不需要 S4U 的驗證方式，例如轉送使用者自己的 Kerberos 票證</translation>
    </message>
    <message>
        <source>Another S4U limit across realms, on the constrained delegation side.</source>
        <translation>另一個跨領域的 S4U 限制，發生在限制委派這一端。</translation>
    </message>
    <message>
        <source>A related cross-realm failure: the KDC cannot refer the request to the user&apos;s realm.</source>
        <translation>相關的跨領域失敗：KDC 無法將要求轉介到使用者所屬的領域。</translation>
    </message>
    <message>
        <source>Account-based constrained delegation was asked to reach a service in another domain, which it cannot do.</source>
        <translation>以帳戶為基礎的限制委派不能用來連到另一個網域中的服務。</translation>
    </message>
    <message>
        <source>A front-end server (IIS, a gateway, SQL Server linked servers) tried Kerberos constrained delegation (S4U2Proxy) to an SPN in its msDS-AllowedToDelegateTo list, but that SPN belongs to an account in another domain or forest. Delegation configured on the front-end account only works within one domain, so the front-end server reports this code. Resource-based constrained delegation, set on the back-end account, is the supported way across domains.</source>
        <translation>前端伺服器（IIS、閘道、SQL Server 連結伺服器）嘗試以 Kerberos 限制委派（S4U2Proxy）連到其 msDS-AllowedToDelegateTo 清單中的服務主體名稱（SPN），但該 SPN 屬於另一個網域或樹系中的帳戶。在前端帳戶上設定的委派只能在單一網域內運作，因此前端伺服器會回報此代碼。在後端帳戶上設定的以資源為基礎的限制委派，才是跨網域時受支援的做法。</translation>
    </message>
    <message>
        <source>msDS-AllowedToDelegateTo on the front-end account lists an SPN such as MSSQLSvc/sql01.fabrikam.com:1433 that is registered in another domain</source>
        <translation>前端帳戶的 msDS-AllowedToDelegateTo 列出了註冊在另一個網域中的 SPN，例如 MSSQLSvc/sql01.fabrikam.com:1433</translation>
    </message>
    <message>
        <source>The back-end service moved to another domain or forest after delegation was set up</source>
        <translation>設定委派之後，後端服務移到了另一個網域或樹系</translation>
    </message>
    <message>
        <source>The same SPN is registered in two domains and the KDC resolves it outside the front-end&apos;s domain</source>
        <translation>同一個 SPN 註冊在兩個網域中，而 KDC 將它解析到前端所在網域以外</translation>
    </message>
    <message>
        <source>After a migration the delegation list still points at service accounts of the old domain</source>
        <translation>移轉之後，委派清單仍指向舊網域的服務帳戶</translation>
    </message>
    <message>
        <source>List the SPNs that the front-end account may delegate to</source>
        <translation>列出前端帳戶可委派的 SPN</translation>
    </message>
    <message>
        <source>Find which account, in which domain, holds the back-end SPN (forest-wide search)</source>
        <translation>找出持有後端 SPN 的帳戶及其所屬網域（在整個樹系中搜尋）</translation>
    </message>
    <message>
        <source>Switch to resource-based constrained delegation: allow the front-end on the back-end account, in the back-end&apos;s domain</source>
        <translation>改用以資源為基礎的限制委派：在後端所屬網域中，於後端帳戶上允許前端進行委派</translation>
    </message>
    <message>
        <source>Purge the tickets of the front-end&apos;s computer account and retest</source>
        <translation>清除前端電腦帳戶的票證後重新測試</translation>
    </message>
    <message>
        <source>The other S4U failure across realms: the KDC does not support S4U at all.</source>
        <translation>另一種跨領域的 S4U 失敗：KDC 完全不支援 S4U。</translation>
    </message>
    <message>
        <source>Seen when the account is not trusted for delegation at all.</source>
        <translation>帳戶完全未設定為信任委派時會出現。</translation>
    </message>
    <message>
        <source>The client could not check whether the domain controller&apos;s certificate is revoked, so it stopped the smart card logon.</source>
        <translation>用戶端無法檢查網域控制站的憑證是否已撤銷，因此中止了智慧卡登入。</translation>
    </message>
    <message>
        <source>In PKINIT the client also validates the DC&apos;s KDC certificate, including its revocation status. If the client cannot reach the CRL or OCSP locations named in that certificate, or gets only an expired CRL, it aborts the logon and reports this code. It is typical of machines that log on before they can reach the PKI: laptops off-site, VPN connected only after logon, or isolated network segments.</source>
        <translation>在 PKINIT 中，用戶端也會驗證網域控制站的 KDC 憑證，包括其撤銷狀態。若用戶端無法連線到該憑證所列的 CRL 或 OCSP 位置，或只能取得已過期的 CRL，就會中止登入並回報此代碼。此情況常見於登入時還無法連到 PKI 的電腦：在外的筆記型電腦、登入後才連線的 VPN，或隔離的網路區段。</translation>
    </message>
    <message>
        <source>The client cannot reach the HTTP CDP or OCSP responder of the DC certificate: off-site, VPN not up yet, or a proxy or firewall blocks it before logon</source>
        <translation>用戶端無法連線到網域控制站憑證的 HTTP CDP 或 OCSP 回應程式：身在公司外、VPN 尚未連線，或 Proxy 或防火牆在登入前將其封鎖</translation>
    </message>
    <message>
        <source>The DC certificate only has an LDAP CDP, which clients outside the network or in another forest cannot read</source>
        <translation>網域控制站憑證只有 LDAP CDP，網路外部或其他樹系的用戶端無法讀取</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s CRL has expired because publication failed</source>
        <translation>簽發憑證授權單位的 CRL 因發佈失敗而過期</translation>
    </message>
    <message>
        <source>No WinHTTP proxy is set for the machine, so system components cannot fetch CRLs even though the browser can</source>
        <translation>電腦未設定 WinHTTP Proxy，因此即使瀏覽器可以，系統元件仍無法擷取 CRL</translation>
    </message>
    <message>
        <source>Export the DC certificate and verify it on the client with URL retrieval</source>
        <translation>匯出網域控制站憑證，並在用戶端上以 URL 擷取方式驗證</translation>
    </message>
    <message>
        <source>Check the proxy that system components use</source>
        <translation>檢查系統元件使用的 Proxy</translation>
    </message>
    <message>
        <source>Enable CAPI2 logging on the client to see the failing URL</source>
        <translation>在用戶端上啟用 CAPI2 記錄，以查看失敗的 URL</translation>
    </message>
    <message>
        <source>Check that the certificates of all DCs validate, revocation included</source>
        <translation>確認所有網域控制站的憑證都能通過驗證，包括撤銷檢查</translation>
    </message>
    <message>
        <source>Only as a stopgap on clients: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters; fix CRL publication and reachability instead</source>
        <translation>僅作為用戶端上的權宜之計：在 HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters 下設定 DWORD 值 UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1；根本之道是修正 CRL 的發佈與可連線性</translation>
    </message>
    <message>
        <source>The same failure on the DC while it checks the user&apos;s certificate.</source>
        <translation>網域控制站檢查使用者憑證時發生的相同失敗。</translation>
    </message>
    <message>
        <source>Returned instead when the check works and finds the DC certificate revoked.</source>
        <translation>檢查順利完成並發現網域控制站憑證已撤銷時，改為傳回此代碼。</translation>
    </message>
    <message>
        <source>The client does not trust the CA that issued the domain controller&apos;s certificate, so certificate logon stops.</source>
        <translation>用戶端不信任簽發網域控制站憑證的憑證授權單位，因此憑證登入中止。</translation>
    </message>
    <message>
        <source>During smart card or Windows Hello for Business logon the client validates the DC&apos;s KDC certificate and could not chain it to a root in its own Trusted Root store. The client reports it. It is common on devices that do not receive the enterprise root through Group Policy, such as Microsoft Entra ID-joined devices using Hello for Business to reach on-premises resources, and after DCs switch to certificates from a new CA.</source>
        <translation>在智慧卡或 Windows Hello 企業版登入期間，用戶端會驗證網域控制站的 KDC 憑證，但無法將它鏈結到自己「受信任的根憑證授權單位」存放區中的根憑證。此錯誤由用戶端回報。常見於不會透過群組原則收到企業根憑證的裝置，例如已加入 Microsoft Entra ID、並使用 Windows Hello 企業版存取內部部署資源的裝置，以及網域控制站改用新憑證授權單位所簽發的憑證之後。</translation>
    </message>
    <message>
        <source>The enterprise root CA is not in the client&apos;s Trusted Root Certification Authorities store (workgroup or Entra ID-joined device without an Intune trusted certificate profile)</source>
        <translation>企業根憑證授權單位不在用戶端的「受信任的根憑證授權單位」存放區中（工作群組裝置或已加入 Entra ID 的裝置，且沒有 Intune 受信任憑證設定檔）</translation>
    </message>
    <message>
        <source>The DC&apos;s certificate comes from a different CA (new or third-party) than the one the clients trust</source>
        <translation>網域控制站的憑證來自與用戶端所信任者不同的憑證授權單位（新的或協力廠商的）</translation>
    </message>
    <message>
        <source>An intermediate CA certificate is missing on the client and its AIA URL is not reachable</source>
        <translation>用戶端缺少中繼憑證授權單位的憑證，且無法連線到其 AIA URL</translation>
    </message>
    <message>
        <source>List and verify the certificates that each DC offers</source>
        <translation>列出並驗證每個網域控制站提供的憑證</translation>
    </message>
    <message>
        <source>On the DC, look at its machine certificates and note the issuer of the KDC certificate</source>
        <translation>在網域控制站上查看其電腦憑證，並記下 KDC 憑證的簽發者</translation>
    </message>
    <message>
        <source>On the client, verify the exported DC certificate</source>
        <translation>在用戶端上驗證匯出的網域控制站憑證</translation>
    </message>
    <message>
        <source>Check the client&apos;s Trusted Root store for the enterprise root CA</source>
        <translation>檢查用戶端的「受信任的根憑證授權單位」存放區中是否有企業根憑證授權單位</translation>
    </message>
    <message>
        <source>Deploy the root and intermediate CA certificates to the clients by Group Policy or an Intune trusted certificate profile</source>
        <translation>透過群組原則或 Intune 受信任憑證設定檔，將根與中繼憑證授權單位的憑證部署到用戶端</translation>
    </message>
    <message>
        <source>The mirror case: the DC does not trust the CA of the user&apos;s certificate.</source>
        <translation>相反的情況：網域控制站不信任使用者憑證的憑證授權單位。</translation>
    </message>
    <message>
        <source>Another reason why the client rejects the DC&apos;s certificate.</source>
        <translation>用戶端拒絕網域控制站憑證的另一個原因。</translation>
    </message>
    <message>
        <source>The domain controller&apos;s own certificate, used for smart card logon, has expired.</source>
        <translation>網域控制站本身用於智慧卡登入的憑證已過期。</translation>
    </message>
    <message>
        <source>Clients validate the DC&apos;s KDC certificate during PKINIT, and this one is past its validity period. Every smart card and Hello for Business certificate logon against that DC fails while password logons keep working, which looks random when only some DCs are affected. The client reports it; the fix is on the DC.</source>
        <translation>用戶端在 PKINIT 期間會驗證網域控制站的 KDC 憑證，而這張憑證已超過有效期間。針對該網域控制站的所有智慧卡與 Windows Hello 企業版憑證登入都會失敗，密碼登入卻照常運作；若只有部分網域控制站受影響，看起來就像隨機發生。此錯誤由用戶端回報；修正則要在網域控制站上進行。</translation>
    </message>
    <message>
        <source>Autoenrollment on the DC stopped renewing its Kerberos Authentication (or Domain Controller Authentication) certificate: CA unreachable, template permissions changed or template no longer issued</source>
        <translation>網域控制站上的自動註冊不再更新其「Kerberos 驗證」（或「網域控制站驗證」）憑證：無法連線到憑證授權單位、範本權限已變更，或範本已不再發行</translation>
    </message>
    <message>
        <source>The DC was offline for a long time or restored from an old backup, and its certificate lapsed</source>
        <translation>網域控制站長時間離線或從舊備份還原，其憑證因而失效</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s own certificate expired, taking the DC certificates it issued with it</source>
        <translation>簽發憑證授權單位本身的憑證已過期，連帶使其簽發的網域控制站憑證失效</translation>
    </message>
    <message>
        <source>The DC holds several certificates and still selects an expired one</source>
        <translation>網域控制站持有多張憑證，卻仍選用已過期的那張</translation>
    </message>
    <message>
        <source>List the certificates of every DC with their validation status</source>
        <translation>列出每個網域控制站的憑證及其驗證狀態</translation>
    </message>
    <message>
        <source>On the DC, check the machine store with validation</source>
        <translation>在網域控制站上檢查電腦存放區並進行驗證</translation>
    </message>
    <message>
        <source>On the DC, trigger autoenrollment to renew the certificate</source>
        <translation>在網域控制站上觸發自動註冊以更新憑證</translation>
    </message>
    <message>
        <source>On the DC, read the autoenrollment errors in the Application log</source>
        <translation>在網域控制站上讀取應用程式記錄檔中的自動註冊錯誤</translation>
    </message>
    <message>
        <source>Once a valid certificate is in place, delete the expired one from the DC&apos;s machine store</source>
        <translation>取得有效憑證後，從網域控制站的電腦存放區刪除已過期的憑證</translation>
    </message>
    <message>
        <source>The other way the DC&apos;s certificate becomes unusable.</source>
        <translation>網域控制站憑證無法使用的另一種情況。</translation>
    </message>
    <message>
        <source>The same check failing on the user&apos;s certificate.</source>
        <translation>同一項檢查在使用者憑證上失敗。</translation>
    </message>
    <message>
        <source>The client found the domain controller&apos;s certificate revoked and refused the smart card logon.</source>
        <translation>用戶端發現網域控制站的憑證已撤銷，因而拒絕智慧卡登入。</translation>
    </message>
    <message>
        <source>During PKINIT the client checked the revocation status of the DC&apos;s KDC certificate and found it on the CA&apos;s revocation list. Certificate logons against that DC fail while password logons work. The client reports it; the DC must get a new, valid certificate.</source>
        <translation>在 PKINIT 期間，用戶端檢查了網域控制站 KDC 憑證的撤銷狀態，發現它列在憑證授權單位的撤銷清單上。針對該網域控制站的憑證登入會失敗，密碼登入則正常。此錯誤由用戶端回報；網域控制站必須取得新的有效憑證。</translation>
    </message>
    <message>
        <source>The DC certificate was revoked (DC rename, demotion clean-up, re-keying, compromise response) while the DC still uses it</source>
        <translation>網域控制站憑證已被撤銷（網域控制站重新命名、降級後清理、更換金鑰、入侵事件應變），但網域控制站仍在使用它</translation>
    </message>
    <message>
        <source>The DC holds a revoked older certificate next to a valid one and presents the revoked one</source>
        <translation>網域控制站同時持有已撤銷的舊憑證與有效憑證，卻出示已撤銷的那張</translation>
    </message>
    <message>
        <source>A bulk revocation of certificates from an old template also hit the DCs&apos; certificates</source>
        <translation>大量撤銷舊範本的憑證時，也波及網域控制站的憑證</translation>
    </message>
    <message>
        <source>On the DC, check each certificate in the machine store, revocation included</source>
        <translation>在網域控制站上檢查電腦存放區中的每張憑證，包括撤銷狀態</translation>
    </message>
    <message>
        <source>Delete the revoked certificate on the DC, then trigger autoenrollment for a new one</source>
        <translation>刪除網域控制站上已撤銷的憑證，再觸發自動註冊以取得新憑證</translation>
    </message>
    <message>
        <source>On the DC, check the KDC events about its certificate after the change</source>
        <translation>變更後，在網域控制站上檢查與其憑證相關的 KDC 事件</translation>
    </message>
    <message>
        <source>Returned instead when the client cannot reach the revocation data.</source>
        <translation>用戶端無法取得撤銷資料時，改為傳回此代碼。</translation>
    </message>
    <message>
        <source>A security package rejected an argument of an SSPI call: a programming or integration error, not a logon failure.</source>
        <translation>安全性套件拒絕了 SSPI 呼叫的某個引數：這是程式設計或整合錯誤，而非登入失敗。</translation>
    </message>
    <message>
        <source>An SSPI function (AcquireCredentialsHandle, InitializeSecurityContext, QueryContextAttributes and others) received a value the package cannot use: a malformed structure, a bad flag combination or a wrong buffer type. It is raised locally in the calling process, not by the peer or a DC. Administrators see it in application logs, often because an update of the application, of its SSPI or TLS library, or of Windows changed what is accepted.</source>
        <translation>SSPI 函式（AcquireCredentialsHandle、InitializeSecurityContext、QueryContextAttributes 等）收到了安全性套件無法使用的值：格式錯誤的結構、不正確的旗標組合或錯誤的緩衝區類型。此錯誤在呼叫端處理序內部產生，而不是由對方或網域控制站產生。系統管理員會在應用程式記錄中看到它，常見原因是應用程式、其 SSPI 或 TLS 程式庫，或 Windows 的更新改變了可接受的內容。</translation>
    </message>
    <message>
        <source>A structure passed to AcquireCredentialsHandle has the wrong version or size, or an unsupported flag combination</source>
        <translation>傳給 AcquireCredentialsHandle 的結構版本或大小錯誤，或旗標組合不受支援</translation>
    </message>
    <message>
        <source>A null or empty identity, target name or package name where the package needs one (non-Microsoft SSPI implementations return this code where Windows returns a more specific one)</source>
        <translation>在安全性套件需要身分識別、目標名稱或套件名稱之處傳入 null 或空白值（非 Microsoft 的 SSPI 實作會在 Windows 傳回較具體代碼的情況下傳回此代碼）</translation>
    </message>
    <message>
        <source>Security buffers of the wrong type or length are passed to InitializeSecurityContext, AcceptSecurityContext or EncryptMessage</source>
        <translation>傳給 InitializeSecurityContext、AcceptSecurityContext 或 EncryptMessage 的安全性緩衝區類型或長度錯誤</translation>
    </message>
    <message>
        <source>A wrapper library declares the SSPI structures with a wrong layout (32-bit versus 64-bit, packing)</source>
        <translation>包裝程式庫宣告 SSPI 結構時的記憶體排列方式錯誤（32 位元與 64 位元、封裝對齊）</translation>
    </message>
    <message>
        <source>From the application&apos;s trace or debug log, find which SSPI call failed and with which arguments</source>
        <translation>從應用程式的追蹤或偵錯記錄找出失敗的 SSPI 呼叫及其引數</translation>
    </message>
    <message>
        <source>Check whether a recent update of Windows or the application coincides with the start of the errors</source>
        <translation>檢查最近的 Windows 或應用程式更新是否與錯誤開始出現的時間相符</translation>
    </message>
    <message>
        <source>For TLS connections, turn on full Schannel event logging</source>
        <translation>對於 TLS 連線，開啟完整的 Schannel 事件記錄</translation>
    </message>
    <message>
        <source>Then read the Schannel events that match the failure</source>
        <translation>接著讀取與此失敗相符的 Schannel 事件</translation>
    </message>
    <message>
        <source>Report the failing call to the application vendor; directory or certificate changes will not fix it</source>
        <translation>將失敗的呼叫回報給應用程式廠商；變更目錄或憑證無法解決此問題</translation>
    </message>
    <message>
        <source>The other common programming error: a bad credential or context handle.</source>
        <translation>另一個常見的程式設計錯誤：認證或安全性內容的控制代碼不正確。</translation>
    </message>
    <message>
        <source>Returned when the request is well-formed but the package cannot do it.</source>
        <translation>要求格式正確但安全性套件無法執行時傳回。</translation>
    </message>
    <message>
        <source>Returned when the buffers are fine but the token inside them is not.</source>
        <translation>緩衝區沒問題，但其中的權杖有誤時傳回。</translation>
    </message>
    <message>
        <source>CredSSP on the client will not send the user&apos;s credentials: its delegation policy does not allow this server.</source>
        <translation>用戶端的 CredSSP 不會送出使用者的認證：其委派原則不允許此伺服器。</translation>
    </message>
    <message>
        <source>CredSSP (RDP Network Level Authentication, PowerShell remoting with CredSSP, some Hyper-V and cluster tools) passes the user&apos;s credentials to the server only if the client&apos;s Credentials Delegation policies list the server&apos;s SPN. Without a matching &apos;Allow delegating ... credentials&apos; entry, or with a matching &apos;Deny&apos; entry, the client stops before anything is sent. It is reported on the client.</source>
        <translation>CredSSP（RDP 網路層級驗證、使用 CredSSP 的 PowerShell 遠端處理、部分 Hyper-V 與叢集工具）只有在用戶端的「認證委派」（Credentials Delegation）原則列出伺服器的服務主體名稱（SPN）時，才會將使用者的認證傳給伺服器。若沒有相符的「允許委派…認證」（Allow delegating ... credentials）項目，或有相符的「拒絕委派…認證」（Deny）項目，用戶端會在送出任何資料前就停止。此錯誤由用戶端回報。</translation>
    </message>
    <message>
        <source>&apos;Allow delegating fresh credentials&apos; (or default or saved credentials) does not list the target, for example WSMAN/web01.contoso.com or TERMSRV/web01.contoso.com</source>
        <translation>「允許委派新認證」（Allow delegating fresh credentials；或「允許委派預設認證」、「允許委派儲存的認證」）未列出目標，例如 WSMAN/web01.contoso.com 或 TERMSRV/web01.contoso.com</translation>
    </message>
    <message>
        <source>The policy lists a different name from the one used to connect (short name, IP address or alias instead of the FQDN)</source>
        <translation>原則列出的名稱與連線時使用的名稱不同（使用短名稱、IP 位址或別名，而非 FQDN）</translation>
    </message>
    <message>
        <source>A &apos;Deny delegating ... credentials&apos; policy matches the target and overrides the allow list</source>
        <translation>「拒絕委派…認證」（Deny delegating ... credentials）原則與目標相符，並覆寫了允許清單</translation>
    </message>
    <message>
        <source>Saved RDP credentials are used but only fresh credentials are allowed for the target</source>
        <translation>使用了已儲存的 RDP 認證，但該目標只允許新的認證</translation>
    </message>
    <message>
        <source>The CredSSP client role of WinRM was never enabled on this machine</source>
        <translation>這部電腦從未啟用 WinRM 的 CredSSP 用戶端角色</translation>
    </message>
    <message>
        <source>Show the Credentials Delegation policies that apply to the client</source>
        <translation>顯示套用到用戶端的「認證委派」原則</translation>
    </message>
    <message>
        <source>Find the Group Policy object that sets them</source>
        <translation>找出設定這些原則的群組原則物件</translation>
    </message>
    <message>
        <source>For PowerShell remoting, show the CredSSP client configuration</source>
        <translation>對於 PowerShell 遠端處理，顯示 CredSSP 用戶端設定</translation>
    </message>
    <message>
        <source>Allow delegation to the target for WinRM (adds WSMAN/web01.contoso.com to the fresh credentials list)</source>
        <translation>允許 WinRM 委派到目標（將 WSMAN/web01.contoso.com 加入新認證清單）</translation>
    </message>
    <message>
        <source>Connect with exactly the name the policy lists, usually the FQDN, and retry</source>
        <translation>使用原則中列出的確切名稱（通常是 FQDN）連線後再試</translation>
    </message>
    <message>
        <source>The same policy check when the server was authenticated only with NTLM.</source>
        <translation>伺服器僅以 NTLM 驗證時的相同原則檢查。</translation>
    </message>
    <message>
        <source>A delegation refusal on the Kerberos side, set in Active Directory rather than client policy.</source>
        <translation>Kerberos 端的委派拒絕，由 Active Directory 而非用戶端原則設定。</translation>
    </message>
    <message>
        <source>CredSSP will not delegate credentials because the server was authenticated only with NTLM and policy forbids that.</source>
        <translation>由於伺服器僅以 NTLM 驗證，而原則禁止這種情況，CredSSP 不會委派認證。</translation>
    </message>
    <message>
        <source>Before CredSSP sends credentials it wants the server&apos;s identity proven by Kerberos or a trusted TLS certificate. When authentication fell back to NTLM, delegation is allowed only if the target matches an &apos;Allow delegating ... credentials with NTLM-only server authentication&apos; policy; otherwise the client stops with this code. The symbol and the Windows text really spell it &apos;NLTM&apos;. It is met with RDP saved credentials and PowerShell CredSSP to workgroup servers, IP addresses or servers with a broken SPN.</source>
        <translation>CredSSP 在送出認證之前，要求伺服器的身分須經 Kerberos 或受信任的 TLS 憑證證明。當驗證退回使用 NTLM 時，只有目標符合「允許委派…認證，使用僅限 NTLM 伺服器驗證」（Allow delegating ... credentials with NTLM-only server authentication）原則才允許委派；否則用戶端會以此代碼停止。此符號與 Windows 訊息文字確實拼成「NLTM」。常見於以已儲存的 RDP 認證或 PowerShell CredSSP 連線到工作群組伺服器、IP 位址，或服務主體名稱（SPN）有問題的伺服器。</translation>
    </message>
    <message>
        <source>Connecting by IP address or a DNS alias, so no SPN matches and Negotiate falls back to NTLM</source>
        <translation>以 IP 位址或 DNS 別名連線，因此沒有相符的 SPN，Negotiate 退回使用 NTLM</translation>
    </message>
    <message>
        <source>The target&apos;s SPN (TERMSRV/, WSMAN/ or HOST/web01.contoso.com) is missing or registered on two accounts</source>
        <translation>目標的 SPN（TERMSRV/、WSMAN/ 或 HOST/web01.contoso.com）不存在，或註冊在兩個帳戶上</translation>
    </message>
    <message>
        <source>The target is in a workgroup or an untrusted domain, so Kerberos is impossible</source>
        <translation>目標位於工作群組或未受信任的網域中，因此無法使用 Kerberos</translation>
    </message>
    <message>
        <source>The client cannot reach a KDC (off-site, port 88 blocked), so Negotiate used NTLM</source>
        <translation>用戶端無法連線到 KDC（身在公司外、連接埠 88 遭封鎖），因此 Negotiate 使用了 NTLM</translation>
    </message>
    <message>
        <source>Saved credentials are used and only &apos;Allow delegating saved credentials&apos; is set, not its NTLM-only variant</source>
        <translation>使用了已儲存的認證，但只設定了「允許委派儲存的認證」（Allow delegating saved credentials），而未設定其「使用僅限 NTLM 伺服器驗證」的版本</translation>
    </message>
    <message>
        <source>Check that Kerberos works to the target by asking for its ticket</source>
        <translation>要求目標的票證，確認 Kerberos 對該目標可以運作</translation>
    </message>
    <message>
        <source>Check that the SPN exists exactly once</source>
        <translation>確認 SPN 存在且只有一個</translation>
    </message>
    <message>
        <source>Connect by the FQDN instead of an IP address or alias</source>
        <translation>以 FQDN 連線，而非 IP 位址或別名</translation>
    </message>
    <message>
        <source>Review the NTLM-only delegation policies on the client</source>
        <translation>檢閱用戶端上僅限 NTLM 的委派原則</translation>
    </message>
    <message>
        <source>If NTLM is unavoidable (workgroup host), add the target to the matching NTLM-only policy knowingly: the server&apos;s identity is then not verified</source>
        <translation>若無法避免 NTLM（工作群組主機），請在清楚風險的前提下將目標加入對應的僅限 NTLM 原則：此時伺服器的身分並未經過驗證</translation>
    </message>
    <message>
        <source>The same policy check when no allow entry matches at all.</source>
        <translation>完全沒有相符允許項目時的相同原則檢查。</translation>
    </message>
    <message>
        <source>A missing SPN, the usual reason for the NTLM fallback.</source>
        <translation>缺少 SPN，這是退回使用 NTLM 的常見原因。</translation>
    </message>
    <message>
        <source>Also raised when the server&apos;s identity could not be proven.</source>
        <translation>伺服器身分無法證明時也會出現。</translation>
    </message>
    <message>
        <source>A call referred to a security context that does not exist (never created, already deleted or lost); rare.</source>
        <translation>呼叫參照了不存在的安全性內容（從未建立、已刪除或遺失）；很少見。</translation>
    </message>
    <message>
        <source>The package was asked to work with a security context it cannot find. It is uncommon in administrator-facing logs and normally means the application handles context lifetimes wrongly, or the context disappeared underneath it because the connection or logon session it belonged to ended. It is raised on whichever side made the call, client or server.</source>
        <translation>安全性套件被要求使用一個它找不到的安全性內容。此錯誤在系統管理員會看到的記錄中並不常見，通常表示應用程式處理安全性內容存留期的方式有誤，或安全性內容所屬的連線或登入工作階段已結束，使它在應用程式不知情下消失。此錯誤會在發出呼叫的一方產生，可能是用戶端也可能是伺服器。</translation>
    </message>
    <message>
        <source>The application uses a context after DeleteSecurityContext or after the connection that owned it was closed</source>
        <translation>應用程式在呼叫 DeleteSecurityContext 之後，或擁有該安全性內容的連線關閉之後，仍使用該安全性內容</translation>
    </message>
    <message>
        <source>A context is queried or impersonated before the handshake has created it</source>
        <translation>在交握建立安全性內容之前就查詢或模擬它</translation>
    </message>
    <message>
        <source>A load balancer sends the steps of one HTTP authentication handshake over different connections or servers</source>
        <translation>負載平衡器將同一個 HTTP 驗證交握的各個步驟分送到不同的連線或伺服器</translation>
    </message>
    <message>
        <source>The logon session behind the context ended (user logged off, service restarted)</source>
        <translation>安全性內容背後的登入工作階段已結束（使用者已登出、服務已重新啟動）</translation>
    </message>
    <message>
        <source>From the application&apos;s trace, find the failing call and whether it ran before the handshake finished or after clean-up</source>
        <translation>從應用程式的追蹤找出失敗的呼叫，並判斷它是在交握完成前還是清理後執行</translation>
    </message>
    <message>
        <source>For HTTP authentication behind a load balancer, check that one TCP connection and one server carry the whole handshake</source>
        <translation>對於負載平衡器後方的 HTTP 驗證，確認整個交握都由同一條 TCP 連線與同一部伺服器處理</translation>
    </message>
    <message>
        <source>List the current logon sessions to see whether the session still exists</source>
        <translation>列出目前的登入工作階段，查看該工作階段是否仍存在</translation>
    </message>
    <message>
        <source>Retry with a new connection; if that works, the problem is context lifetime in the application</source>
        <translation>以新的連線重試；若成功，問題就在應用程式對安全性內容存留期的處理</translation>
    </message>
    <message>
        <source>Returned when the handle itself is malformed rather than pointing at nothing.</source>
        <translation>控制代碼本身格式錯誤（而非指向不存在的對象）時傳回。</translation>
    </message>
    <message>
        <source>The context exists but its lifetime is over.</source>
        <translation>安全性內容存在，但其存留期已結束。</translation>
    </message>
    <message>
        <source>A context deleted before the handshake finished.</source>
        <translation>安全性內容在交握完成前即被刪除。</translation>
    </message>
    <message>
        <source>PKU2U peer authentication (used between Microsoft Entra ID-joined devices) failed on a certificate problem.</source>
        <translation>PKU2U 對等驗證（用於已加入 Microsoft Entra ID 的裝置之間）因憑證問題而失敗。</translation>
    </message>
    <message>
        <source>PKU2U is a certificate-based peer-to-peer protocol, offered through Negotiate, that lets two devices without a common domain authenticate online identities. Its main use today is RDP to Microsoft Entra ID-joined (Azure AD-joined) machines, where both sides use short-lived certificates issued by MS-Organization-P2P-Access. When one side lacks such a certificate or it cannot be validated, Negotiate returns this code, usually on the connecting client.</source>
        <translation>PKU2U 是以憑證為基礎的對等通訊協定，透過 Negotiate 提供，讓沒有共同網域的兩部裝置能驗證線上身分識別。它目前的主要用途是以 RDP 連線到已加入 Microsoft Entra ID（Azure AD）的電腦，雙方都使用由 MS-Organization-P2P-Access 簽發的短期憑證。當任一方缺少此類憑證或憑證無法驗證時，Negotiate 會傳回此代碼，通常出現在發起連線的用戶端上。</translation>
    </message>
    <message>
        <source>The client device is not Entra ID-joined or registered in the same tenant, so it cannot get a P2P certificate</source>
        <translation>用戶端裝置未加入或未註冊到同一個 Entra ID 租用戶，因此無法取得 P2P 憑證</translation>
    </message>
    <message>
        <source>The P2P access certificate on one side has expired or was never issued (device out of sync with Entra ID)</source>
        <translation>某一方的 P2P 存取憑證已過期或從未簽發（裝置與 Entra ID 不同步）</translation>
    </message>
    <message>
        <source>&apos;Network security: Allow PKU2U authentication requests to this computer to use online identities&apos; is disabled on either machine</source>
        <translation>任一部電腦停用了「網路安全性: 允許對這台電腦的 PKU2U 驗證要求使用線上身分識別」（Network security: Allow PKU2U authentication requests to this computer to use online identities）</translation>
    </message>
    <message>
        <source>The clock of one device is far off, so the short-lived certificate looks invalid</source>
        <translation>某部裝置的時鐘誤差很大，使短期憑證看起來無效</translation>
    </message>
    <message>
        <source>On both machines, check the join state and the tenant</source>
        <translation>在兩部電腦上檢查加入狀態與租用戶</translation>
    </message>
    <message>
        <source>Check the PKU2U online identity setting (1 means allowed)</source>
        <translation>檢查 PKU2U 線上身分識別設定（1 表示允許）</translation>
    </message>
    <message>
        <source>Look for a certificate issued by MS-Organization-P2P-Access in the user&apos;s (and the computer&apos;s) personal store</source>
        <translation>在使用者（及電腦）的個人存放區中尋找由 MS-Organization-P2P-Access 簽發的憑證</translation>
    </message>
    <message>
        <source>Check the time source and offset</source>
        <translation>檢查時間來源與時間偏移</translation>
    </message>
    <message>
        <source>For RDP to Entra ID-joined machines, consider the Microsoft Entra sign-in option (RDP property enablerdsaadauth:i:1), which does not use PKU2U</source>
        <translation>以 RDP 連線到已加入 Entra ID 的電腦時，可考慮改用不使用 PKU2U 的 Microsoft Entra 登入選項（RDP 屬性 enablerdsaadauth:i:1）</translation>
    </message>
    <message>
        <source>Seen in the same RDP scenario when the user name is not in UPN form.</source>
        <translation>在相同的 RDP 情境中，使用者名稱不是 UPN 格式時會出現。</translation>
    </message>
    <message>
        <source>The generic logon failure that follows when PKU2U cannot be used.</source>
        <translation>無法使用 PKU2U 時接著出現的一般登入失敗。</translation>
    </message>
    <message>
        <source>The client required proof of the server&apos;s identity (mutual authentication) and did not get it.</source>
        <translation>用戶端要求伺服器證明其身分（相互驗證），但未能取得。</translation>
    </message>
    <message>
        <source>The client asked for mutual authentication and the exchange ended without the server proving who it is, typically because Negotiate ended up with NTLM, which cannot authenticate the server, or because the server&apos;s Kerberos reply could not be verified. Features that insist on a verified server, such as CredSSP or Remote Credential Guard, stop here instead of carrying on. The client reports it.</source>
        <translation>用戶端要求相互驗證，但交換結束時伺服器並未證明自己的身分，通常是因為 Negotiate 最後使用了無法驗證伺服器的 NTLM，或無法驗證伺服器的 Kerberos 回覆。堅持伺服器必須經過驗證的功能（例如 CredSSP 或 Remote Credential Guard）會在此停止，而不繼續進行。此錯誤由用戶端回報。</translation>
    </message>
    <message>
        <source>Connecting by IP address or an alias, so Kerberos cannot be used and NTLM gives no proof of the server</source>
        <translation>以 IP 位址或別名連線，因此無法使用 Kerberos，而 NTLM 無法證明伺服器的身分</translation>
    </message>
    <message>
        <source>The SPN of the target is missing, duplicated or on the wrong account, so Kerberos fails and Negotiate falls back</source>
        <translation>目標的 SPN 不存在、重複或位於錯誤的帳戶上，因此 Kerberos 失敗而 Negotiate 退回使用 NTLM</translation>
    </message>
    <message>
        <source>The server answers with a key the client does not expect (service account password changed, stale keytab on a non-Windows server)</source>
        <translation>伺服器以用戶端預期之外的金鑰回應（服務帳戶密碼已變更、非 Windows 伺服器上的 keytab 已過時）</translation>
    </message>
    <message>
        <source>The client cannot reach a KDC for the server&apos;s realm</source>
        <translation>用戶端無法連線到伺服器所屬領域的 KDC</translation>
    </message>
    <message>
        <source>A proxy or load balancer answers the authentication, so the responding host is not the one named in the SPN</source>
        <translation>由 Proxy 或負載平衡器回應驗證，因此回應的主機並非 SPN 中指定的主機</translation>
    </message>
    <message>
        <source>Check that a Kerberos ticket for the target can be obtained</source>
        <translation>確認可以取得目標的 Kerberos 票證</translation>
    </message>
    <message>
        <source>Check that the SPN exists once and on the account that runs the service</source>
        <translation>確認 SPN 只存在一個，且位於執行該服務的帳戶上</translation>
    </message>
    <message>
        <source>Read the client&apos;s Kerberos events; event 4 (KRB_AP_ERR_MODIFIED) means the server holds a different key</source>
        <translation>讀取用戶端的 Kerberos 事件；事件 4（KRB_AP_ERR_MODIFIED）表示伺服器持有不同的金鑰</translation>
    </message>
    <message>
        <source>Connect by the FQDN, purge the ticket cache and retry</source>
        <translation>以 FQDN 連線，清除票證快取後再試</translation>
    </message>
    <message>
        <source>The general form: a requested property such as mutual authentication was not achieved.</source>
        <translation>一般形式：未能達成所要求的屬性，例如相互驗證。</translation>
    </message>
    <message>
        <source>Kerberos found the server principal wrong, a frequent root cause.</source>
        <translation>Kerberos 判定伺服器主體錯誤，這是常見的根本原因。</translation>
    </message>
    <message>
        <source>The CredSSP refusal that follows when only NTLM was possible.</source>
        <translation>只能使用 NTLM 時接著出現的 CredSSP 拒絕。</translation>
    </message>
    <message>
        <source>An authentication component that only works over HTTPS was given a plain http:// address; rarely seen.</source>
        <translation>只能透過 HTTPS 運作的驗證元件收到了一般的 http:// 位址；很少見。</translation>
    </message>
    <message>
        <source>Microsoft does not document which component returns this code, and it is very rarely seen in logs. It means that an authentication transport which must run over TLS was pointed at an http:// URL. The best-known such transport is the Kerberos KDC proxy (MS-KKDCP), which Windows clients, RD Gateway and Azure Virtual Desktop use to reach a KDC over HTTPS. It is raised on the client that holds the URL setting.</source>
        <translation>Microsoft 並未說明是哪個元件傳回此代碼，記錄中也極少見到。它表示必須透過 TLS 執行的驗證傳輸被指向了 http:// URL。最知名的此類傳輸是 Kerberos KDC Proxy（MS-KKDCP），Windows 用戶端、RD 閘道與 Azure Virtual Desktop 會透過 HTTPS 使用它連線到金鑰發佈中心（KDC）。此錯誤會在持有該 URL 設定的用戶端上產生。</translation>
    </message>
    <message>
        <source>A KDC proxy server is configured without the https form (Group Policy &apos;Specify KDC proxy servers for Kerberos clients&apos; or an RDP file&apos;s KDC proxy setting)</source>
        <translation>KDC Proxy 伺服器的設定未使用 https 格式（群組原則「指定 Kerberos 用戶端的 KDC Proxy 伺服器」（Specify KDC proxy servers for Kerberos clients）或 RDP 檔案中的 KDC Proxy 設定）</translation>
    </message>
    <message>
        <source>An application passes an http:// endpoint to an authentication API that accepts only TLS-protected endpoints</source>
        <translation>應用程式將 http:// 端點傳給只接受受 TLS 保護之端點的驗證 API</translation>
    </message>
    <message>
        <source>A redirect or reverse proxy turns the authentication endpoint from https into http</source>
        <translation>重新導向或反向 Proxy 將驗證端點從 https 變成 http</translation>
    </message>
    <message>
        <source>Show the KDC proxy servers set by policy; each value should look like &lt;https kps.contoso.com:443:kdcproxy /&gt;</source>
        <translation>顯示原則所設定的 KDC Proxy 伺服器；每個值都應類似 &lt;https kps.contoso.com:443:kdcproxy /&gt;</translation>
    </message>
    <message>
        <source>On the KDC proxy server, check that its URL is registered with HTTP.sys</source>
        <translation>在 KDC Proxy 伺服器上，確認其 URL 已向 HTTP.sys 註冊</translation>
    </message>
    <message>
        <source>Find the endpoint URL in the failing application&apos;s configuration or trace and change it to https://</source>
        <translation>在失敗的應用程式設定或追蹤中找出端點 URL，並改為 https://</translation>
    </message>
    <message>
        <source>What follows when the KDC, directly or through a proxy, cannot be reached.</source>
        <translation>無論直接或透過 Proxy 都無法連線到 KDC 時接著出現的錯誤。</translation>
    </message>
    <message>
        <source>TLS application protocol negotiation (ALPN) failed: no protocol such as h2 or http/1.1 in common.</source>
        <translation>TLS 應用程式通訊協定協商（ALPN）失敗：雙方沒有共同的通訊協定，例如 h2 或 http/1.1。</translation>
    </message>
    <message>
        <source>With ALPN the client lists the application protocols it speaks inside the TLS handshake and the server picks one. When the server&apos;s Schannel finds no overlap and the server application requires a match, the handshake fails with this code and a no_application_protocol alert (120) goes to the client. It appears with HTTP/2-only or gRPC endpoints, protocols of your own over TLS, and .NET services that set the ALPN list on both sides.</source>
        <translation>使用 ALPN 時，用戶端會在 TLS 交握中列出自己支援的應用程式通訊協定，再由伺服器選擇其一。當伺服器的 Schannel 找不到交集，而伺服器應用程式又要求必須相符時，交握會以此代碼失敗，並向用戶端送出 no_application_protocol 警示（120）。常見於僅支援 HTTP/2 或 gRPC 的端點、自行定義並在 TLS 上執行的通訊協定，以及在兩端都設定 ALPN 清單的 .NET 服務。</translation>
    </message>
    <message>
        <source>The client offers only h2 (gRPC, HTTP/2-only clients) while the server application accepts only http/1.1, or the reverse</source>
        <translation>用戶端只提供 h2（gRPC、僅支援 HTTP/2 的用戶端），而伺服器應用程式只接受 http/1.1，或情況相反</translation>
    </message>
    <message>
        <source>Both applications set an explicit ALPN list (e.g. ApplicationProtocols in .NET SslStream) with different protocol names</source>
        <translation>兩端應用程式都設定了明確的 ALPN 清單（例如 .NET SslStream 的 ApplicationProtocols），但通訊協定名稱不同</translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy or load balancer rewrites or removes the ALPN extension</source>
        <translation>TLS 檢查 Proxy 或負載平衡器改寫或移除了 ALPN 擴充功能</translation>
    </message>
    <message>
        <source>Client and server were upgraded separately and the protocol name changed version (e.g. myproto/2 against myproto/1)</source>
        <translation>用戶端與伺服器分別升級，通訊協定名稱的版本因而不同（例如 myproto/2 對上 myproto/1）</translation>
    </message>
    <message>
        <source>Check what the server selects for a given ALPN list (OpenSSL installed)</source>
        <translation>檢查伺服器針對指定的 ALPN 清單會選擇什麼（需已安裝 OpenSSL）</translation>
    </message>
    <message>
        <source>On an IIS or HTTP.sys server, check whether HTTP/2 over TLS was disabled (EnableHttp2Tls)</source>
        <translation>在 IIS 或 HTTP.sys 伺服器上，檢查是否停用了透過 TLS 的 HTTP/2（EnableHttp2Tls）</translation>
    </message>
    <message>
        <source>Read the Schannel events on the server for the failed handshake</source>
        <translation>在伺服器上讀取失敗交握的 Schannel 事件</translation>
    </message>
    <message>
        <source>Compare the ALPN lists configured in both applications; a packet capture of the ClientHello shows what is offered</source>
        <translation>比較兩端應用程式所設定的 ALPN 清單；擷取 ClientHello 封包即可看到提供了哪些通訊協定</translation>
    </message>
    <message>
        <source>The same kind of &apos;nothing in common&apos; failure, for cipher suites.</source>
        <translation>同類的「沒有共同項目」失敗，對象是加密套件。</translation>
    </message>
    <message>
        <source>What the other side often reports after receiving the fatal alert.</source>
        <translation>另一端收到嚴重警示後常回報的錯誤。</translation>
    </message>
    <message>
        <source>The user name is in a form the Microsoft Entra ID sign-in cannot use; it needs a UPN such as user@contoso.com.</source>
        <translation>使用者名稱的格式無法用於 Microsoft Entra ID 登入；需要 UPN，例如 user@contoso.com。</translation>
    </message>
    <message>
        <source>Sign-in paths that authenticate against Microsoft Entra ID or a Microsoft account instead of Active Directory need the user&apos;s UPN (user@contoso.com). A DOMAIN\user or bare user name is rejected locally with this code before any password check. Administrators see it on Entra ID-joined devices and when connecting by RDP to Entra ID-joined machines.</source>
        <translation>向 Microsoft Entra ID 或 Microsoft 帳戶（而非 Active Directory）驗證的登入方式需要使用者的 UPN（user@contoso.com）。DOMAIN\user 或單純的使用者名稱會在檢查密碼之前，就在本機以此代碼遭拒。系統管理員會在已加入 Entra ID 的裝置上，以及以 RDP 連線到已加入 Entra ID 的電腦時看到此錯誤。</translation>
    </message>
    <message>
        <source>RDP to an Entra ID-joined machine with DOMAIN\user or a plain user name instead of AzureAD\user@contoso.com</source>
        <translation>以 DOMAIN\user 或單純的使用者名稱（而非 AzureAD\user@contoso.com）透過 RDP 連線到已加入 Entra ID 的電腦</translation>
    </message>
    <message>
        <source>Signing in on an Entra ID-joined device with the down-level (NetBIOS) form of the name</source>
        <translation>在已加入 Entra ID 的裝置上以舊版（NetBIOS）格式的名稱登入</translation>
    </message>
    <message>
        <source>A saved credential in Credential Manager still holds the old DOMAIN\user form for that target</source>
        <translation>認證管理員中該目標的已儲存認證仍使用舊的 DOMAIN\user 格式</translation>
    </message>
    <message>
        <source>A script, .rdp file or cmdkey entry supplies the user name in the down-level form</source>
        <translation>指令碼、.rdp 檔案或 cmdkey 項目以舊版格式提供使用者名稱</translation>
    </message>
    <message>
        <source>Show the user&apos;s UPN, which is the form to use</source>
        <translation>顯示使用者的 UPN，也就是應使用的格式</translation>
    </message>
    <message>
        <source>Check how the device is joined (AzureAdJoined, DomainJoined)</source>
        <translation>檢查裝置的加入方式（AzureAdJoined、DomainJoined）</translation>
    </message>
    <message>
        <source>List the saved credentials and replace any entry for the target that uses the old form</source>
        <translation>列出已儲存的認證，並取代該目標使用舊格式的項目</translation>
    </message>
    <message>
        <source>Retry with AzureAD\user@contoso.com (RDP to Entra ID-joined machines) or user@contoso.com</source>
        <translation>改用 AzureAD\user@contoso.com（以 RDP 連線到已加入 Entra ID 的電腦時）或 user@contoso.com 重試</translation>
    </message>
    <message>
        <source>The certificate side of the same RDP-to-Entra ID scenario.</source>
        <translation>同一個以 RDP 連線到已加入 Entra ID 之電腦的情境中，憑證方面的問題。</translation>
    </message>
    <message>
        <source>The generic logon failure, for a name in the right form.</source>
        <translation>名稱格式正確時的一般登入失敗。</translation>
    </message>
    <message>
        <source>Schannel had a subscribed TLS extension to hand back, but the caller&apos;s buffer for it was too small.</source>
        <translation>Schannel 有已訂閱的 TLS 擴充功能要交給呼叫端，但呼叫端為它提供的緩衝區太小。</translation>
    </message>
    <message>
        <source>Applications can subscribe to raw TLS extensions through Schannel (SECBUFFER_SUBSCRIBE_GENERIC_TLS_EXTENSION); MsQuic, for example, receives the QUIC transport parameters this way. When the peer&apos;s extension is larger than the buffer supplied, Schannel returns this code with the size it needs, and a correct caller enlarges the buffer and calls again. It only reaches logs when the caller does not handle it, so it points at the application or library, typically a QUIC or HTTP/3 stack.</source>
        <translation>應用程式可以透過 Schannel 訂閱原始的 TLS 擴充功能（SECBUFFER_SUBSCRIBE_GENERIC_TLS_EXTENSION）；例如 MsQuic 就是以此方式接收 QUIC 傳輸參數。當對方的擴充功能大於所提供的緩衝區時，Schannel 會傳回此代碼並附上所需大小，正確的呼叫端會加大緩衝區後再次呼叫。只有在呼叫端未處理它時才會出現在記錄中，因此問題指向應用程式或程式庫，通常是 QUIC 或 HTTP/3 堆疊。</translation>
    </message>
    <message>
        <source>The peer sends an unusually large extension (e.g. QUIC transport parameters with large private entries) and the application&apos;s fixed-size buffer cannot hold it</source>
        <translation>對方送出異常大的擴充功能（例如含有大型私有項目的 QUIC 傳輸參數），應用程式的固定大小緩衝區裝不下</translation>
    </message>
    <message>
        <source>An old MsQuic or QUIC library version that does not retry with a larger buffer</source>
        <translation>舊版 MsQuic 或 QUIC 程式庫不會以較大的緩衝區重試</translation>
    </message>
    <message>
        <source>A custom TLS application subscribes to an extension and treats this retryable code as fatal</source>
        <translation>自訂的 TLS 應用程式訂閱了擴充功能，卻把這個可重試的代碼當成嚴重錯誤</translation>
    </message>
    <message>
        <source>Identify the process and the library version (msquic.dll, HTTP/3 stack) that logged the code</source>
        <translation>找出記錄此代碼的處理序與程式庫版本（msquic.dll、HTTP/3 堆疊）</translation>
    </message>
    <message>
        <source>Update the application or MsQuic to a version that resizes the extension buffer</source>
        <translation>將應用程式或 MsQuic 更新到會調整擴充功能緩衝區大小的版本</translation>
    </message>
    <message>
        <source>To confirm that the QUIC path is involved on an HTTP.sys server, disable HTTP/3 for a test (restart HTTP or reboot)</source>
        <translation>若要確認 HTTP.sys 伺服器上的問題與 QUIC 路徑有關，可暫時停用 HTTP/3 進行測試（重新啟動 HTTP 服務或重新開機）</translation>
    </message>
    <message>
        <source>Read the Schannel events around the failure</source>
        <translation>讀取失敗前後的 Schannel 事件</translation>
    </message>
    <message>
        <source>The general &apos;buffer too small&apos; code for tokens and messages.</source>
        <translation>適用於權杖與訊息的一般「緩衝區太小」代碼。</translation>
    </message>
    <message>
        <source>The normal result when the subscribed extension fits.</source>
        <translation>已訂閱的擴充功能放得下時的正常結果。</translation>
    </message>
    <message>
        <source>A sibling caller error: too few buffers rather than one too small.</source>
        <translation>類似的呼叫端錯誤：緩衝區數量太少，而非某個緩衝區太小。</translation>
    </message>
    <message>
        <source>The caller passed too few SecBuffer entries for the package to write the token it has to produce.</source>
        <translation>呼叫端傳入的 SecBuffer 項目太少，安全性套件無法寫入它必須產生的權杖。</translation>
    </message>
    <message>
        <source>InitializeSecurityContext, AcceptSecurityContext and the message functions take an array of SecBuffer entries, and some steps need more than one output buffer (for example a token plus an alert or extra data). When the array holds fewer entries than the package needs, it fails with this code instead of producing a token. It is an application or library bug on the side that made the call; newer protocol features can expose code that used to work.</source>
        <translation>InitializeSecurityContext、AcceptSecurityContext 與訊息函式會接收一個 SecBuffer 項目陣列，而某些步驟需要不只一個輸出緩衝區（例如權杖加上警示或額外資料）。當陣列中的項目少於安全性套件所需時，函式會以此代碼失敗，而不會產生權杖。這是發出呼叫那一方的應用程式或程式庫錯誤；較新的通訊協定功能可能讓原本正常的程式碼出現問題。</translation>
    </message>
    <message>
        <source>The application&apos;s output buffer descriptor has a single token buffer where the package needs more (for example one for a TLS alert)</source>
        <translation>應用程式的輸出緩衝區描述元只有一個權杖緩衝區，而安全性套件需要更多（例如用於 TLS 警示的緩衝區）</translation>
    </message>
    <message>
        <source>A TLS library written for older Windows builds meets a newer handshake path that needs additional buffers</source>
        <translation>為舊版 Windows 組建撰寫的 TLS 程式庫遇到需要額外緩衝區的新交握路徑</translation>
    </message>
    <message>
        <source>The buffer count (cBuffers) in the SecBufferDesc does not match the array actually allocated</source>
        <translation>SecBufferDesc 中的緩衝區數目（cBuffers）與實際分配的陣列不符</translation>
    </message>
    <message>
        <source>From the application&apos;s trace, identify the process and the SSPI call that failed</source>
        <translation>從應用程式的追蹤找出失敗的處理序與 SSPI 呼叫</translation>
    </message>
    <message>
        <source>Check whether the failures began after a Windows or application update</source>
        <translation>檢查失敗是否在 Windows 或應用程式更新後開始出現</translation>
    </message>
    <message>
        <source>Update the application or its TLS library, and report the failing call to the vendor</source>
        <translation>更新應用程式或其 TLS 程式庫，並將失敗的呼叫回報給廠商</translation>
    </message>
    <message>
        <source>The related caller error: enough buffers, but one is too small.</source>
        <translation>相關的呼叫端錯誤：緩衝區數量足夠，但其中一個太小。</translation>
    </message>
    <message>
        <source>The same family of caller error for TLS extension buffers.</source>
        <translation>同類型的呼叫端錯誤，對象是 TLS 擴充功能緩衝區。</translation>
    </message>
    <message>
        <source>Success: the SSPI call did what was asked, and a handshake is complete. Not an error.</source>
        <translation>成功：SSPI 呼叫已完成所要求的工作，交握也已完成。這不是錯誤。</translation>
    </message>
    <message>
        <source>SEC_E_OK is the zero status every SSPI function returns when it succeeds; from InitializeSecurityContext or AcceptSecurityContext it marks the last leg of the handshake. It is not an error and needs no action by itself. Administrators mostly meet it as 0x00000000 next to a failure that happened later or in another layer.</source>
        <translation>SEC_E_OK 是每個 SSPI 函式成功時傳回的零值狀態；由 InitializeSecurityContext 或 AcceptSecurityContext 傳回時，代表交握的最後一段已完成。它不是錯誤，本身也不需要任何處理。系統管理員多半是在稍後或其他層所發生的失敗旁邊看到 0x00000000。</translation>
    </message>
    <message>
        <source>Verbose logging (Schannel event logging, Kerberos or NTLM ETW traces, application debug logs) records every successful call, including completed handshakes</source>
        <translation>詳細記錄（Schannel 事件記錄、Kerberos 或 NTLM 的 ETW 追蹤、應用程式偵錯記錄）會記下每一次成功的呼叫，包括已完成的交握</translation>
    </message>
    <message>
        <source>Authentication succeeded but authorization refused the request later: share or file ACLs, IIS URL authorization, or a SQL Server login without a database user (HTTP 403, 0x80070005)</source>
        <translation>驗證成功，但授權在之後拒絕了要求：共用或檔案 ACL、IIS URL 授權，或 SQL Server 登入沒有對應的資料庫使用者（HTTP 403，0x80070005）</translation>
    </message>
    <message>
        <source>Negotiate completed with NTLM instead of Kerberos: the logon works, but the next hop to a second server fails because NTLM credentials cannot be delegated</source>
        <translation>Negotiate 以 NTLM 而非 Kerberos 完成：登入成功，但下一個躍點連到第二部伺服器時失敗，因為 NTLM 認證無法委派</translation>
    </message>
    <message>
        <source>A tool prints 0x00000000 as its last SSPI status while the real error came from another layer (Win32, LDAP, HTTP or the certificate chain check)</source>
        <translation>工具將 0x00000000 列為最後的 SSPI 狀態，但真正的錯誤來自其他層（Win32、LDAP、HTTP 或憑證鏈結檢查）</translation>
    </message>
    <message>
        <source>Look for the first non-zero status after this line in the same thread or connection; that is the real failure</source>
        <translation>在同一個執行緒或連線中，找出這一行之後第一個非零的狀態；那才是真正的失敗</translation>
    </message>
    <message>
        <source>Check which package authenticated the logon: in event 4624 read &apos;Authentication Package&apos; and &apos;Logon Process&apos; (Kerberos or NTLM)</source>
        <translation>檢查是哪個套件驗證了這次登入：在事件 4624 中查看「驗證封裝」（Authentication Package）與「登入處理程序」（Logon Process），是 Kerberos 還是 NTLM</translation>
    </message>
    <message>
        <source>Check whether a Kerberos service ticket for the target was obtained; no ticket means Negotiate used NTLM</source>
        <translation>檢查是否已取得目標的 Kerberos 服務票證；沒有票證表示 Negotiate 使用了 NTLM</translation>
    </message>
    <message>
        <source>If access is still denied, compare the groups in the user&apos;s token with the resource&apos;s ACL</source>
        <translation>如果仍然被拒絕存取，請比較使用者權杖中的群組與資源的 ACL</translation>
    </message>
    <message>
        <source>The intermediate handshake legs that come before the final SEC_E_OK</source>
        <translation>在最後的 SEC_E_OK 之前的中間交握階段</translation>
    </message>
    <message>
        <source>What you would see if the logon itself had been rejected</source>
        <translation>如果登入本身遭到拒絕，您會看到的代碼</translation>
    </message>
    <message>
        <source>Often reported at a second hop when an NTLM logon has nothing to forward</source>
        <translation>NTLM 登入沒有可轉送的認證時，常在第二個躍點回報</translation>
    </message>
    <message>
        <source>Handshake in progress: send the output token to the peer and call again with its answer. Normal flow, not an error.</source>
        <translation>交握進行中：將輸出權杖傳送給對方，並以對方的回應再次呼叫。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>InitializeSecurityContext or AcceptSecurityContext returns this code when the exchange needs another round trip: NTLM always takes three messages, Kerberos with mutual authentication waits for the server&apos;s reply, and a TLS handshake takes several legs. It is not a failure; the caller sends the output token, if any, and waits for the peer. It only matters in a log when the handshake never reaches SEC_E_OK.</source>
        <translation>當交換還需要再一次往返時，InitializeSecurityContext 或 AcceptSecurityContext 會傳回此代碼：NTLM 一律需要三則訊息，要求相互驗證的 Kerberos 會等待伺服器的回覆，TLS 交握則需要好幾段。這不是失敗；呼叫端會傳送輸出權杖（如果有的話），然後等待對方回應。只有在交握始終沒有到達 SEC_E_OK 時，它出現在記錄中才有意義。</translation>
    </message>
    <message>
        <source>The handshake stalls because the peer&apos;s reply never arrives: a firewall, proxy or idle timeout drops the connection between legs</source>
        <translation>交握停住，因為對方的回覆始終沒有到達：防火牆、Proxy 或閒置逾時在兩段之間中斷了連線</translation>
    </message>
    <message>
        <source>NTLM over HTTP behind a load balancer without session affinity, or with keep-alive disabled, so the third NTLM message lands on another connection or server (endless 401 prompts)</source>
        <translation>NTLM 透過 HTTP 經過未設定工作階段親和性或已停用 keep-alive 的負載平衡器，導致第三則 NTLM 訊息落在另一條連線或另一部伺服器上（不斷跳出 401 提示）</translation>
    </message>
    <message>
        <source>The application treats every status other than SEC_E_OK as an error and abandons the handshake</source>
        <translation>應用程式把 SEC_E_OK 以外的所有狀態都當成錯誤，因而放棄交握</translation>
    </message>
    <message>
        <source>The application does not send the output token, or encodes it wrongly, so the peer cannot continue</source>
        <translation>應用程式沒有傳送輸出權杖，或編碼錯誤，使對方無法繼續</translation>
    </message>
    <message>
        <source>A proxy or web application firewall strips or rewrites the Authorization and WWW-Authenticate headers</source>
        <translation>Proxy 或 Web 應用程式防火牆移除或改寫了 Authorization 與 WWW-Authenticate 標頭</translation>
    </message>
    <message>
        <source>In the IIS log, a healthy NTLM or Negotiate logon shows one or two 401 responses followed by a 200 on the same connection; endless 401s mean the legs never complete</source>
        <translation>在 IIS 記錄中，正常的 NTLM 或 Negotiate 登入會在同一條連線上出現一到兩個 401 回應，接著是 200；不斷出現 401 表示各段交握從未完成</translation>
    </message>
    <message>
        <source>Capture the traffic while reproducing the problem, then stop with netsh trace stop</source>
        <translation>在重現問題時擷取網路流量，完成後以 netsh trace stop 停止</translation>
    </message>
    <message>
        <source>On the load balancer, enable session persistence and keep-alive for sites that use Windows authentication</source>
        <translation>在負載平衡器上，為使用 Windows 驗證的網站啟用工作階段持續性與 keep-alive</translation>
    </message>
    <message>
        <source>Ask for the Kerberos service ticket directly to see whether Kerberos can work at all</source>
        <translation>直接要求 Kerberos 服務票證，確認 Kerberos 是否能運作</translation>
    </message>
    <message>
        <source>Developers: send the output buffer whenever it is not empty, then call again on the same context handle with the peer&apos;s token</source>
        <translation>開發人員：只要輸出緩衝區不是空的就傳送出去，然後以同一個安全性內容控制代碼搭配對方的權杖再次呼叫</translation>
    </message>
    <message>
        <source>Same continuation, plus a CompleteAuthToken call first</source>
        <translation>同樣是繼續交握，但要先呼叫 CompleteAuthToken</translation>
    </message>
    <message>
        <source>Schannel variant that also allows early application data</source>
        <translation>Schannel 的變體，還允許提早傳送應用程式資料</translation>
    </message>
    <message>
        <source>Schannel: more bytes of the peer&apos;s token must be read before the next call</source>
        <translation>Schannel：必須先讀取對方權杖的更多位元組，才能進行下一次呼叫</translation>
    </message>
    <message>
        <source>What the next call returns if the token was damaged between legs</source>
        <translation>如果權杖在兩段之間遭到損壞，下一次呼叫會傳回的代碼</translation>
    </message>
    <message>
        <source>The final status the handshake loop should reach</source>
        <translation>交握迴圈最後應該到達的狀態</translation>
    </message>
    <message>
        <source>The token is built but must be finished with CompleteAuthToken before it is sent. Normal flow, not an error.</source>
        <translation>權杖已建立，但必須先以 CompleteAuthToken 完成才能傳送。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>Some exchanges, mainly Digest and DCE-style RPC authentication, leave the last step of building a message to the caller: the application finishes its message and then calls CompleteAuthToken on the context. It is not a failure, and no further handshake call follows. Administrators only meet it in traces of custom or older applications; WinHTTP, IIS and the RPC runtime handle it internally.</source>
        <translation>某些交換（主要是 Digest 與 DCE 樣式的 RPC 驗證）會把建立訊息的最後一步留給呼叫端：應用程式先完成自己的訊息，再對安全性內容呼叫 CompleteAuthToken。這不是失敗，之後也不會再有交握呼叫。系統管理員只會在自訂或較舊應用程式的追蹤中看到它；WinHTTP、IIS 與 RPC 執行階段會在內部處理。</translation>
    </message>
    <message>
        <source>Digest authentication (HTTP or SASL) where the response can only be completed once the request is final</source>
        <translation>Digest 驗證（HTTP 或 SASL），必須等要求內容確定後才能完成回應</translation>
    </message>
    <message>
        <source>DCE-style RPC authentication, which needs the extra completion step</source>
        <translation>DCE 樣式的 RPC 驗證，需要額外的完成步驟</translation>
    </message>
    <message>
        <source>A custom application that ignores this code and sends an unfinished token, so the server rejects it</source>
        <translation>自訂應用程式忽略此代碼並傳送未完成的權杖，因此遭到伺服器拒絕</translation>
    </message>
    <message>
        <source>An SSPI wrapper that expects only SEC_E_OK or SEC_I_CONTINUE_NEEDED and logs this success code as an error</source>
        <translation>SSPI 包裝程式只預期 SEC_E_OK 或 SEC_I_CONTINUE_NEEDED，並將此成功代碼記錄為錯誤</translation>
    </message>
    <message>
        <source>Check in the application&apos;s trace that CompleteAuthToken is called right after this code and before the token is sent</source>
        <translation>在應用程式的追蹤中確認：收到此代碼後、傳送權杖之前，有立即呼叫 CompleteAuthToken</translation>
    </message>
    <message>
        <source>If the server then rejects the logon, read the reason on the server or DC that checked it</source>
        <translation>如果伺服器接著拒絕登入，請在負責檢查的伺服器或 DC 上查看原因</translation>
    </message>
    <message>
        <source>For IIS sites, check whether Digest authentication is enabled</source>
        <translation>對於 IIS 網站，檢查是否已啟用 Digest 驗證</translation>
    </message>
    <message>
        <source>Developers: treat SEC_I_COMPLETE_NEEDED and SEC_I_COMPLETE_AND_CONTINUE as success codes in the handshake loop</source>
        <translation>開發人員：在交握迴圈中，將 SEC_I_COMPLETE_NEEDED 與 SEC_I_COMPLETE_AND_CONTINUE 視為成功代碼</translation>
    </message>
    <message>
        <source>Same completion step, followed by another handshake leg</source>
        <translation>同樣的完成步驟，之後還有另一段交握</translation>
    </message>
    <message>
        <source>The common continuation code that needs no completion step</source>
        <translation>不需要完成步驟的一般繼續代碼</translation>
    </message>
    <message>
        <source>What the peer may return when an unfinished token is sent</source>
        <translation>傳送未完成的權杖時，對方可能傳回的代碼</translation>
    </message>
    <message>
        <source>Finish the token with CompleteAuthToken, send it, then call again with the peer&apos;s reply. Normal flow, not an error.</source>
        <translation>以 CompleteAuthToken 完成權杖後傳送，再以對方的回覆再次呼叫。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>This code combines SEC_I_COMPLETE_NEEDED and SEC_I_CONTINUE_NEEDED: the caller completes the token, sends it to the peer and expects another token back. It is not a failure. It appears with Digest and DCE-style RPC exchanges and is normally handled inside the RPC runtime or the HTTP stack.</source>
        <translation>此代碼結合了 SEC_I_COMPLETE_NEEDED 與 SEC_I_CONTINUE_NEEDED：呼叫端完成權杖、傳送給對方，並預期會收到另一個權杖。這不是失敗。它出現在 Digest 與 DCE 樣式的 RPC 交換中，通常由 RPC 執行階段或 HTTP 堆疊在內部處理。</translation>
    </message>
    <message>
        <source>Digest or DCE-style RPC authentication in progress; seeing it once per connection is expected</source>
        <translation>Digest 或 DCE 樣式的 RPC 驗證正在進行中；每條連線出現一次屬於正常</translation>
    </message>
    <message>
        <source>A custom handshake loop that performs only one of the two actions (skips CompleteAuthToken, or stops calling), leaving the context half built</source>
        <translation>自訂交握迴圈只執行了兩個動作中的一個（略過 CompleteAuthToken，或停止呼叫），使安全性內容只建立了一半</translation>
    </message>
    <message>
        <source>The code repeats without an eventual SEC_E_OK because the peer&apos;s reply is lost or the peer rejects the completed token</source>
        <translation>此代碼一再出現卻始終沒有 SEC_E_OK，因為對方的回覆遺失，或對方拒絕了已完成的權杖</translation>
    </message>
    <message>
        <source>Check that the application calls CompleteAuthToken and then calls the handshake function again with the peer&apos;s token</source>
        <translation>確認應用程式有呼叫 CompleteAuthToken，然後再以對方的權杖呼叫交握函式</translation>
    </message>
    <message>
        <source>For RPC or DCOM problems, read the DCOM errors logged at the same time</source>
        <translation>對於 RPC 或 DCOM 問題，查看同一時間記錄的 DCOM 錯誤</translation>
    </message>
    <message>
        <source>Completion step without a further handshake leg</source>
        <translation>完成步驟之後不再有交握階段</translation>
    </message>
    <message>
        <source>Further handshake leg without a completion step</source>
        <translation>還有下一段交握，但不需要完成步驟</translation>
    </message>
    <message>
        <source>Logon succeeded with cached credentials because no domain controller answered. Not a failure, but no DC checked the account.</source>
        <translation>因為沒有網域控制站回應，改以快取的認證完成登入。這不是失敗，但沒有 DC 檢查過帳戶。</translation>
    </message>
    <message>
        <source>When a domain member cannot reach any domain controller at logon, Windows can check the password against the cached logon information and let the user in. This is not a failure, but the DC did not check the account state (password changes, lockout, group changes) and no Kerberos TGT was issued yet. It is reported on the client and is common on laptops that log on before the VPN or Wi-Fi is up.</source>
        <translation>當網域成員在登入時無法連線到任何網域控制站，Windows 可以用快取的登入資訊檢查密碼並讓使用者登入。這不是失敗，但 DC 沒有檢查帳戶狀態（密碼變更、鎖定、群組變更），也尚未核發 Kerberos TGT。此狀況回報於用戶端，常見於在 VPN 或 Wi-Fi 連線之前就登入的筆記型電腦。</translation>
    </message>
    <message>
        <source>A laptop logging on away from the network, before the VPN or Wi-Fi connects (expected for mobile users)</source>
        <translation>筆記型電腦在公司網路之外登入，VPN 或 Wi-Fi 尚未連線（對行動使用者而言屬於預期情況）</translation>
    </message>
    <message>
        <source>The network is not ready at logon time (slow NIC driver, 802.1X authentication) while fast logon optimisation lets the logon proceed</source>
        <translation>登入時網路尚未就緒（網路卡驅動程式較慢、802.1X 驗證），而快速登入最佳化讓登入照常進行</translation>
    </message>
    <message>
        <source>Client DNS points to a non-AD resolver, so the DC locator cannot find a domain controller</source>
        <translation>用戶端的 DNS 指向非 AD 的解析程式，DC 定位器因此找不到網域控制站</translation>
    </message>
    <message>
        <source>A firewall or the site design blocks Kerberos (88), LDAP (389) or SMB (445) from the client to every DC</source>
        <translation>防火牆或 AD 站台設計封鎖了用戶端到所有 DC 的 Kerberos（88）、LDAP（389）或 SMB（445）</translation>
    </message>
    <message>
        <source>Check that the client can locate a domain controller for the domain</source>
        <translation>確認用戶端能找到該網域的網域控制站</translation>
    </message>
    <message>
        <source>Check which DNS servers the client uses; they must be AD DNS servers</source>
        <translation>檢查用戶端使用的 DNS 伺服器；必須是 AD DNS 伺服器</translation>
    </message>
    <message>
        <source>Check whether the session has a Kerberos TGT now that the network is up</source>
        <translation>網路連上之後，檢查工作階段是否已有 Kerberos TGT</translation>
    </message>
    <message>
        <source>After connecting, lock and unlock the session (or sign out and in) so a DC checks the logon and issues a TGT</source>
        <translation>連線之後，鎖定再解除鎖定工作階段（或登出再登入），讓 DC 檢查登入並核發 TGT</translation>
    </message>
    <message>
        <source>To make desktops wait for the network, enable the policy &apos;Always wait for the network at computer startup and logon&apos;</source>
        <translation>若要讓桌上型電腦等待網路，請啟用原則「電腦啟動及登入時一律等待網路」（Always wait for the network at computer startup and logon）</translation>
    </message>
    <message>
        <source>What you get instead when no cached logon can be used</source>
        <translation>無法使用快取登入時，您會改為看到的代碼</translation>
    </message>
    <message>
        <source>Kerberos requests can fail this way while the session has no TGT</source>
        <translation>在工作階段沒有 TGT 時，Kerberos 要求可能以此方式失敗</translation>
    </message>
    <message>
        <source>Once a DC answers, a password changed elsewhere is rejected</source>
        <translation>DC 一有回應，若密碼已在其他地方變更，舊密碼就會遭到拒絕</translation>
    </message>
    <message>
        <source>Schannel received a TLS extension the application asked to see; read it and continue. Normal flow, not an error.</source>
        <translation>Schannel 收到應用程式要求查看的 TLS 擴充功能；讀取後繼續即可。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>Recent Windows versions let an application subscribe to TLS extensions that Schannel does not process itself, such as the QUIC transport parameters. When such an extension arrives during the handshake, Schannel passes it to the caller with this code; the caller reads it and calls again. It is not a failure and is seen mainly with MsQuic (HTTP/3, SMB over QUIC) and other QUIC stacks built on Schannel.</source>
        <translation>較新的 Windows 版本允許應用程式訂閱 Schannel 本身不處理的 TLS 擴充功能，例如 QUIC 傳輸參數。當這類擴充功能在交握期間到達時，Schannel 會以此代碼交給呼叫端；呼叫端讀取後再次呼叫。這不是失敗，主要出現在 MsQuic（HTTP/3、SMB over QUIC）以及其他建構在 Schannel 上的 QUIC 堆疊。</translation>
    </message>
    <message>
        <source>QUIC handshakes (HTTP/3 in HTTP.sys, SMB over QUIC, MsQuic-based applications) that receive the transport parameters this way</source>
        <translation>QUIC 交握（HTTP.sys 中的 HTTP/3、SMB over QUIC、以 MsQuic 為基礎的應用程式）以這種方式接收傳輸參數</translation>
    </message>
    <message>
        <source>An application that subscribed to an extension but does not handle this code, so it aborts a healthy handshake</source>
        <translation>應用程式訂閱了擴充功能卻不處理此代碼，因而中止了原本正常的交握</translation>
    </message>
    <message>
        <source>The buffer for the extension data is too small, which turns into SEC_E_EXT_BUFFER_TOO_SMALL</source>
        <translation>擴充功能資料的緩衝區太小，結果變成 SEC_E_EXT_BUFFER_TOO_SMALL</translation>
    </message>
    <message>
        <source>The peers disagree on QUIC or extension support, and the handshake then ends with a TLS alert instead of SEC_E_OK</source>
        <translation>雙方對 QUIC 或擴充功能的支援不一致，交握最後以 TLS 警示而非 SEC_E_OK 結束</translation>
    </message>
    <message>
        <source>Check the Windows build: subscribing to TLS extensions needs Windows 11 or Windows Server 2022 or later</source>
        <translation>檢查 Windows 組建：訂閱 TLS 擴充功能需要 Windows 11 或 Windows Server 2022 以上版本</translation>
    </message>
    <message>
        <source>Read the Schannel errors logged at the same time on the failing side</source>
        <translation>在失敗的一方查看同一時間記錄的 Schannel 錯誤</translation>
    </message>
    <message>
        <source>For HTTP/3 served by HTTP.sys, check whether it is enabled</source>
        <translation>對於由 HTTP.sys 提供的 HTTP/3，檢查是否已啟用</translation>
    </message>
    <message>
        <source>Developers: after reading the extension data, continue the loop as for SEC_I_CONTINUE_NEEDED</source>
        <translation>開發人員：讀取擴充功能資料之後，比照 SEC_I_CONTINUE_NEEDED 繼續迴圈</translation>
    </message>
    <message>
        <source>The buffer given for the extension data was too small</source>
        <translation>提供給擴充功能資料的緩衝區太小</translation>
    </message>
    <message>
        <source>Another handshake failure rooted in TLS extensions (ALPN)</source>
        <translation>另一種源自 TLS 擴充功能（ALPN）的交握失敗</translation>
    </message>
    <message>
        <source>Also met in QUIC handshakes over Schannel</source>
        <translation>同樣出現在透過 Schannel 的 QUIC 交握中</translation>
    </message>
    <message>
        <source>The peer closed the TLS session with close_notify. The normal end of a connection, not an error, unless it comes too early.</source>
        <translation>對方以 close_notify 關閉了 TLS 工作階段。這是連線的正常結束，不是錯誤，除非發生得太早。</translation>
    </message>
    <message>
        <source>DecryptMessage returns this code when the other side sends a TLS close_notify alert to end the session. It is not a failure: the application stops reading, optionally sends its own close_notify and closes the socket. It becomes a symptom only when the peer closes before the expected request or response has been exchanged.</source>
        <translation>當另一方傳送 TLS close_notify 警示來結束工作階段時，DecryptMessage 會傳回此代碼。這不是失敗：應用程式停止讀取，可選擇傳送自己的 close_notify，然後關閉通訊端。只有當對方在預期的要求或回應交換完成之前就關閉時，它才成為問題的徵兆。</translation>
    </message>
    <message>
        <source>The server closed an idle keep-alive connection (HTTP.sys, IIS or load balancer timeout) and the client tried to reuse it</source>
        <translation>伺服器關閉了閒置的 keep-alive 連線（HTTP.sys、IIS 或負載平衡器逾時），而用戶端試圖重複使用它</translation>
    </message>
    <message>
        <source>The server ends the session just after the handshake because it rejected the client at application level, for example a missing or unmapped client certificate or an IP restriction</source>
        <translation>伺服器在交握後立即結束工作階段，因為它在應用程式層級拒絕了用戶端，例如缺少或未對應的用戶端憑證，或 IP 限制</translation>
    </message>
    <message>
        <source>A load balancer or TLS-offloading proxy closes back-end sessions early</source>
        <translation>負載平衡器或 TLS 卸載 Proxy 提早關閉後端工作階段</translation>
    </message>
    <message>
        <source>Application code that does not expect this code logs it as an error or keeps reading from a finished session</source>
        <translation>應用程式程式碼未預期此代碼，因而將其記錄為錯誤，或繼續從已結束的工作階段讀取</translation>
    </message>
    <message>
        <source>Compare the time of the close with the server&apos;s idle timeouts</source>
        <translation>將關閉的時間與伺服器的閒置逾時進行比較</translation>
    </message>
    <message>
        <source>In a capture, check which side sends the TLS alert first</source>
        <translation>在擷取的封包中，查看哪一方先送出 TLS 警示</translation>
    </message>
    <message>
        <source>Developers: on this code, finish the shutdown and open a new connection instead of reusing the context</source>
        <translation>開發人員：收到此代碼時，完成關閉流程並開啟新的連線，而不是重複使用該安全性內容</translation>
    </message>
    <message>
        <source>Error form: the context was used after it expired or was shut down</source>
        <translation>錯誤形式：安全性內容在到期或關閉之後仍被使用</translation>
    </message>
    <message>
        <source>The other out-of-band event DecryptMessage reports</source>
        <translation>DecryptMessage 回報的另一種頻外事件</translation>
    </message>
    <message>
        <source>Not a close: more bytes must be read before decrypting</source>
        <translation>不是關閉：必須先讀取更多位元組才能解密</translation>
    </message>
    <message>
        <source>The TLS server asked for a client certificate and none suitable was supplied yet. Not an error by itself; the client must decide.</source>
        <translation>TLS 伺服器要求用戶端憑證，但尚未提供合適的憑證。這本身不是錯誤；由用戶端決定如何處理。</translation>
    </message>
    <message>
        <source>During a Schannel handshake the server sent a certificate request, but the client&apos;s credential holds no certificate issued by a CA the server trusts. This is not a failure yet: the client can acquire a credential with a certificate and call InitializeSecurityContext again, or continue without one and let the server decide. It is reported on the client and usually ends with the server rejecting the connection when client certificates are required.</source>
        <translation>在 Schannel 交握期間，伺服器送出了憑證要求，但用戶端的認證中沒有由伺服器所信任之 CA 簽發的憑證。這還不算失敗：用戶端可以取得含有憑證的認證，再次呼叫 InitializeSecurityContext，或不帶憑證繼續，由伺服器決定。此狀況回報於用戶端；當伺服器要求用戶端憑證時，通常最後會以伺服器拒絕連線收場。</translation>
    </message>
    <message>
        <source>The site or service requires or accepts client certificates (IIS SSL settings, an HTTP.sys binding, a VPN or RADIUS server) and the client has none</source>
        <translation>網站或服務要求或接受用戶端憑證（IIS SSL 設定、HTTP.sys 繫結、VPN 或 RADIUS 伺服器），而用戶端沒有憑證</translation>
    </message>
    <message>
        <source>The certificate is in the wrong store: the current user&apos;s store while the application runs as a service or LocalSystem, or the other way round</source>
        <translation>憑證放在錯誤的存放區：應用程式以服務或 LocalSystem 身分執行，憑證卻在目前使用者的存放區，或正好相反</translation>
    </message>
    <message>
        <source>The certificate lacks the Client Authentication EKU, has no private key, or the calling account cannot open its key</source>
        <translation>憑證缺少「用戶端驗證」EKU、沒有私密金鑰，或呼叫的帳戶無法開啟其金鑰</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuing CA is not in the list of trusted issuers the server sends, so Schannel does not offer it</source>
        <translation>憑證的簽發 CA 不在伺服器送出的受信任簽發者清單中，因此 Schannel 不會提供該憑證</translation>
    </message>
    <message>
        <source>The application does not handle this code and aborts instead of retrying with a certificate or continuing without one</source>
        <translation>應用程式沒有處理此代碼而直接中止，而不是改用憑證重試或不帶憑證繼續</translation>
    </message>
    <message>
        <source>List the user&apos;s certificates that have a private key and the Client Authentication EKU</source>
        <translation>列出使用者擁有私密金鑰且具有「用戶端驗證」EKU 的憑證</translation>
    </message>
    <message>
        <source>Show the certificate bindings of HTTP.sys, including &apos;Negotiate Client Certificate&apos;</source>
        <translation>顯示 HTTP.sys 的憑證繫結，包括「Negotiate Client Certificate」</translation>
    </message>
    <message>
        <source>See which CA names the server lists in its certificate request</source>
        <translation>查看伺服器在憑證要求中列出的 CA 名稱</translation>
    </message>
    <message>
        <source>The error form when the credentials cannot be completed</source>
        <translation>無法補齊認證時的錯誤形式</translation>
    </message>
    <message>
        <source>No certificate or other credential was found at all</source>
        <translation>完全找不到憑證或其他認證</translation>
    </message>
    <message>
        <source>The certificate offered lacks the Client Authentication usage</source>
        <translation>所提供的憑證缺少「用戶端驗證」用途</translation>
    </message>
    <message>
        <source>IIS often asks for the client certificate through renegotiation</source>
        <translation>IIS 常透過重新協商來要求用戶端憑證</translation>
    </message>
    <message>
        <source>The TLS peer sent handshake data after the handshake (renegotiation or a TLS 1.3 message). Not an error; process it.</source>
        <translation>TLS 連線的對方在交握之後又送來交握資料（重新協商或 TLS 1.3 訊息）。這不是錯誤；請加以處理。</translation>
    </message>
    <message>
        <source>DecryptMessage returns this code when the data received is not application data but a new handshake message: a TLS 1.2 renegotiation request or, with TLS 1.3, a post-handshake message such as a session ticket or key update. It is not a failure: the application passes the extra data to InitializeSecurityContext or AcceptSecurityContext and then resumes reading. Problems start when an application does not implement this path.</source>
        <translation>當收到的不是應用程式資料，而是新的交握訊息時，DecryptMessage 會傳回此代碼：可能是 TLS 1.2 的重新協商要求，或是 TLS 1.3 的交握後訊息，例如工作階段票證或金鑰更新。這不是失敗：應用程式將多出的資料傳給 InitializeSecurityContext 或 AcceptSecurityContext，然後繼續讀取。如果應用程式沒有實作這個路徑，就會出問題。</translation>
    </message>
    <message>
        <source>TLS 1.3 servers send session tickets right after the handshake; Schannel loops written for TLS 1.2 fail on the unexpected code (common after moving to Windows 11 or Windows Server 2022)</source>
        <translation>TLS 1.3 伺服器會在交握後立即傳送工作階段票證；為 TLS 1.2 撰寫的 Schannel 迴圈遇到這個意外的代碼就會失敗（改用 Windows 11 或 Windows Server 2022 後很常見）</translation>
    </message>
    <message>
        <source>IIS asks for a client certificate on one path by renegotiating the TLS 1.2 session after reading the request</source>
        <translation>IIS 在讀取要求後，透過重新協商 TLS 1.2 工作階段，針對某個路徑要求用戶端憑證</translation>
    </message>
    <message>
        <source>The peer refuses to renegotiate (HTTP/2, TLS 1.3, or renegotiation disabled), which ends the connection</source>
        <translation>對方拒絕重新協商（HTTP/2、TLS 1.3，或已停用重新協商），導致連線結束</translation>
    </message>
    <message>
        <source>Check whether the binding requests client certificates in the initial handshake, which avoids renegotiation</source>
        <translation>檢查繫結是否在初始交握中就要求用戶端憑證，這樣可以避免重新協商</translation>
    </message>
    <message>
        <source>If it does not, recreate the binding with clientcertnegotiation=enable (netsh http delete sslcert, then netsh http add sslcert)</source>
        <translation>如果沒有，請以 clientcertnegotiation=enable 重新建立繫結（先執行 netsh http delete sslcert，再執行 netsh http add sslcert）</translation>
    </message>
    <message>
        <source>Check the Schannel renegotiation settings</source>
        <translation>檢查 Schannel 的重新協商設定</translation>
    </message>
    <message>
        <source>Developers: on this code, call the handshake function again with the extra data as input, then continue reading</source>
        <translation>開發人員：收到此代碼時，以多出的資料作為輸入再次呼叫交握函式，然後繼續讀取</translation>
    </message>
    <message>
        <source>The peer&apos;s answer when it declines to renegotiate</source>
        <translation>對方拒絕重新協商時的回應</translation>
    </message>
    <message>
        <source>Often follows when the renegotiation asks for a client certificate</source>
        <translation>當重新協商是為了要求用戶端憑證時，常會接著出現</translation>
    </message>
    <message>
        <source>Seen when the context is used again after this code was mishandled</source>
        <translation>此代碼處理不當之後又再使用安全性內容時會看到</translation>
    </message>
    <message>
        <source>Internal: the context was exported or imported, so there is no LSA half to delete. Not an error.</source>
        <translation>內部狀態：安全性內容已匯出或匯入，因此沒有 LSA 端的部分需要刪除。這不是錯誤。</translation>
    </message>
    <message>
        <source>Security packages keep a context partly in the application&apos;s process and partly inside LSA (lsass.exe). After ExportSecurityContext and ImportSecurityContext move a context to another process, that copy has no LSA half, and the package reports this code internally when the copy is deleted so that SSPI skips the LSA clean-up. It is not a failure, and applications normally never see it because DeleteSecurityContext then returns SEC_E_OK.</source>
        <translation>安全性套件會將安全性內容的一部分保存在應用程式的處理序中，另一部分保存在 LSA（lsass.exe）內。ExportSecurityContext 與 ImportSecurityContext 將安全性內容移到另一個處理序後，該複本沒有 LSA 端的部分；刪除該複本時，套件會在內部回報此代碼，讓 SSPI 略過 LSA 端的清除。這不是失敗，應用程式通常看不到它，因為此時 DeleteSecurityContext 會傳回 SEC_E_OK。</translation>
    </message>
    <message>
        <source>A service that hands authenticated contexts to worker processes with ExportSecurityContext and ImportSecurityContext deleting the imported copy</source>
        <translation>服務以 ExportSecurityContext 與 ImportSecurityContext 將已驗證的安全性內容交給背景工作處理序，並刪除匯入的複本</translation>
    </message>
    <message>
        <source>A debug or ETW trace of the security packages recording the internal status</source>
        <translation>安全性套件的偵錯或 ETW 追蹤記錄了這個內部狀態</translation>
    </message>
    <message>
        <source>A third-party SSPI wrapper passing the internal status on instead of treating it as success</source>
        <translation>協力廠商的 SSPI 包裝程式將內部狀態往上傳遞，而不是當成成功處理</translation>
    </message>
    <message>
        <source>Treat the line as informational and look for the first SEC_E_ error on the same connection</source>
        <translation>將這一行視為參考資訊，並在同一條連線上找出第一個 SEC_E_ 錯誤</translation>
    </message>
    <message>
        <source>If the imported context fails later, check that the exporting process did not delete or reuse it first</source>
        <translation>如果匯入的安全性內容稍後失敗，請確認匯出的處理序沒有先刪除或重複使用它</translation>
    </message>
    <message>
        <source>Update the application or SSPI wrapper if it reports this code as an error</source>
        <translation>如果應用程式或 SSPI 包裝程式將此代碼回報為錯誤，請加以更新</translation>
    </message>
    <message>
        <source>What follows if a context is used after its owner deleted it</source>
        <translation>安全性內容在擁有者刪除後仍被使用時，接著會出現的代碼</translation>
    </message>
    <message>
        <source>The context the caller refers to does not exist</source>
        <translation>呼叫端所指的安全性內容不存在</translation>
    </message>
    <message>
        <source>A signature with the user&apos;s private key is needed before authentication can go on. Not an error; rare and internal.</source>
        <translation>必須先以使用者的私密金鑰產生簽章，驗證才能繼續。這不是錯誤；少見且屬於內部狀態。</translation>
    </message>
    <message>
        <source>This informational code belongs to certificate-based logons, where the package needs the user&apos;s private key (on a smart card or in a key storage provider) to sign data before it can build its next message. It is not a failure; it asks the caller or the credential UI to perform the signature and continue. No widely used API documents returning it to applications, so it normally appears only in traces of smart card or certificate logons.</source>
        <translation>此資訊性代碼屬於以憑證為基礎的登入：套件需要使用者的私密金鑰（位於智慧卡或金鑰儲存提供者中）簽署資料，才能建立下一則訊息。這不是失敗；它要求呼叫端或認證 UI 執行簽章後繼續。常用的 API 文件都沒有說明會將它傳回給應用程式，因此通常只會在智慧卡或憑證登入的追蹤中出現。</translation>
    </message>
    <message>
        <source>A smart card or certificate logon (Kerberos PKINIT, Windows Hello for Business) waiting for the card or key to sign</source>
        <translation>智慧卡或憑證登入（Kerberos PKINIT、Windows Hello 企業版）正在等待卡片或金鑰簽章</translation>
    </message>
    <message>
        <source>The smart card was removed, its PIN is blocked, or the card middleware does not answer, so the signature never happens and the logon times out</source>
        <translation>智慧卡已被移除、PIN 已遭封鎖，或卡片中介軟體沒有回應，因此簽章始終沒有完成，登入逾時</translation>
    </message>
    <message>
        <source>A custom credential provider or SSPI wrapper that does not handle this code</source>
        <translation>自訂的認證提供者或 SSPI 包裝程式沒有處理此代碼</translation>
    </message>
    <message>
        <source>Check that the card, its reader and its logon certificate are visible and usable</source>
        <translation>確認卡片、讀卡機與登入憑證都看得到且可以使用</translation>
    </message>
    <message>
        <source>Check that the Smart Card service is running</source>
        <translation>確認智慧卡（Smart Card）服務正在執行</translation>
    </message>
    <message>
        <source>On the DC, read the KDC errors logged at the same time</source>
        <translation>在 DC 上查看同一時間記錄的 KDC 錯誤</translation>
    </message>
    <message>
        <source>Error when the smart card logon certificate cannot be used</source>
        <translation>智慧卡登入憑證無法使用時的錯誤</translation>
    </message>
    <message>
        <source>The account may only log on with a smart card</source>
        <translation>此帳戶只能使用智慧卡登入</translation>
    </message>
    <message>
        <source>The TLS peer declined a renegotiation request (no_renegotiation alert). Not an error by itself.</source>
        <translation>TLS 連線的對方拒絕了重新協商要求（no_renegotiation 警示）。這本身不是錯誤。</translation>
    </message>
    <message>
        <source>When one side asks to renegotiate a TLS 1.2 session, the other may answer with a no_renegotiation warning, which Schannel reports with this code. It is not a failure: the existing session stays usable, but whatever the renegotiation was for, typically a client certificate request, did not happen. A server that relied on it then usually rejects the request.</source>
        <translation>當一方要求重新協商 TLS 1.2 工作階段時，另一方可能以 no_renegotiation 警告回應，Schannel 會以此代碼回報。這不是失敗：現有的工作階段仍可使用，但重新協商原本要做的事（通常是要求用戶端憑證）並未發生。依賴它的伺服器通常接著會拒絕該要求。</translation>
    </message>
    <message>
        <source>IIS or HTTP.sys tried to request a client certificate mid-connection and the client refused</source>
        <translation>IIS 或 HTTP.sys 嘗試在連線途中要求用戶端憑證，而用戶端拒絕了</translation>
    </message>
    <message>
        <source>The client does not support secure renegotiation (RFC 5746) or has renegotiation disabled</source>
        <translation>用戶端不支援安全的重新協商（RFC 5746），或已停用重新協商</translation>
    </message>
    <message>
        <source>The connection uses TLS 1.3 or HTTP/2, neither of which allows renegotiation</source>
        <translation>連線使用 TLS 1.3 或 HTTP/2，兩者都不允許重新協商</translation>
    </message>
    <message>
        <source>An application renegotiates to refresh keys on long connections and the peer does not allow it</source>
        <translation>應用程式在長時間連線上透過重新協商更新金鑰，但對方不允許</translation>
    </message>
    <message>
        <source>For IIS, require client certificates for the whole site instead of single paths so no mid-connection renegotiation is needed</source>
        <translation>對於 IIS，請對整個網站要求用戶端憑證，而不是僅針對個別路徑，這樣就不需要在連線途中重新協商</translation>
    </message>
    <message>
        <source>Check the Schannel renegotiation settings on the server</source>
        <translation>檢查伺服器上的 Schannel 重新協商設定</translation>
    </message>
    <message>
        <source>The renegotiation request that was declined</source>
        <translation>遭到拒絕的重新協商要求</translation>
    </message>
    <message>
        <source>The client certificate the renegotiation was meant to obtain</source>
        <translation>重新協商原本要取得的用戶端憑證</translation>
    </message>
    <message>
        <source>Schannel returned only part of a handshake message; send it and call again for the rest. Normal flow, not an error.</source>
        <translation>Schannel 只傳回交握訊息的一部分；送出後再次呼叫以取得其餘部分。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>With DTLS (TLS over UDP) a handshake flight can be larger than the path MTU, so Schannel hands it out in fragments. Each call returns one fragment with this code; the caller sends it and calls again until the whole flight is out. It is not a failure and is seen only with applications that use DTLS.</source>
        <translation>使用 DTLS（透過 UDP 的 TLS）時，一批交握訊息可能大於路徑 MTU，因此 Schannel 會分成片段交出。每次呼叫以此代碼傳回一個片段；呼叫端送出後再次呼叫，直到整批訊息都交出為止。這不是失敗，只會出現在使用 DTLS 的應用程式中。</translation>
    </message>
    <message>
        <source>A large DTLS handshake flight, typically a long certificate chain, split to fit the configured MTU</source>
        <translation>DTLS 交握訊息批次過大（通常是憑證鏈結太長），被分割以符合設定的 MTU</translation>
    </message>
    <message>
        <source>An application that does not loop on this code and waits for input instead, so the handshake stalls with SEC_E_INCOMPLETE_MESSAGE</source>
        <translation>應用程式沒有針對此代碼重複呼叫，反而等待輸入，導致交握停在 SEC_E_INCOMPLETE_MESSAGE</translation>
    </message>
    <message>
        <source>A path MTU smaller than configured, or UDP fragments dropped by a firewall, so the peer never reassembles the flight</source>
        <translation>路徑 MTU 小於設定值，或 UDP 片段遭防火牆丟棄，使對方始終無法重組整批訊息</translation>
    </message>
    <message>
        <source>Check the MTU of the interfaces on the path</source>
        <translation>檢查路徑上各介面的 MTU</translation>
    </message>
    <message>
        <source>Keep the server&apos;s certificate chain short; check what it contains</source>
        <translation>讓伺服器的憑證鏈結保持精簡；檢查其中包含哪些憑證</translation>
    </message>
    <message>
        <source>Developers: keep calling the handshake function until it returns something other than SEC_I_MESSAGE_FRAGMENT, sending each fragment</source>
        <translation>開發人員：持續呼叫交握函式並送出每個片段，直到傳回 SEC_I_MESSAGE_FRAGMENT 以外的代碼為止</translation>
    </message>
    <message>
        <source>What a broken fragment loop usually turns into</source>
        <translation>片段迴圈處理錯誤時通常會變成的代碼</translation>
    </message>
    <message>
        <source>Returned once the whole flight has been handed out</source>
        <translation>整批訊息都交出之後傳回的代碼</translation>
    </message>
    <message>
        <source>Handshake not finished, but application data may already be sent (early start). Normal flow, not an error.</source>
        <translation>交握尚未完成，但已可傳送應用程式資料（提早開始）。這是正常流程，不是錯誤。</translation>
    </message>
    <message>
        <source>Schannel returns this variant of SEC_I_CONTINUE_NEEDED when the handshake needs another leg but the keys for application data are already available, so the caller may start sending early. It is not a failure; callers handle it like SEC_I_CONTINUE_NEEDED and may also send data. It is seen mainly with QUIC stacks such as MsQuic and with TLS 1.3.</source>
        <translation>當交握還需要一段、但應用程式資料的金鑰已經可用時，Schannel 會傳回 SEC_I_CONTINUE_NEEDED 的這個變體，讓呼叫端可以提早傳送資料。這不是失敗；呼叫端比照 SEC_I_CONTINUE_NEEDED 處理，並可同時傳送資料。主要出現在 MsQuic 等 QUIC 堆疊與 TLS 1.3 中。</translation>
    </message>
    <message>
        <source>A TLS 1.3 or QUIC handshake on Windows 11, Windows Server 2022 or later, where data keys are ready before the handshake ends</source>
        <translation>在 Windows 11、Windows Server 2022 或更新版本上進行的 TLS 1.3 或 QUIC 交握，資料金鑰在交握結束前就已就緒</translation>
    </message>
    <message>
        <source>An older Schannel loop that only knows SEC_I_CONTINUE_NEEDED and fails on this newer code</source>
        <translation>較舊的 Schannel 迴圈只認得 SEC_I_CONTINUE_NEEDED，遇到這個較新的代碼就失敗</translation>
    </message>
    <message>
        <source>A stall after this code because the peer&apos;s final flight never arrives (packet loss, UDP blocked for QUIC)</source>
        <translation>在此代碼之後停住，因為對方的最後一批訊息始終沒有到達（封包遺失，或 QUIC 使用的 UDP 遭到封鎖）</translation>
    </message>
    <message>
        <source>Developers: handle this code exactly like SEC_I_CONTINUE_NEEDED in the handshake loop</source>
        <translation>開發人員：在交握迴圈中，完全比照 SEC_I_CONTINUE_NEEDED 處理此代碼</translation>
    </message>
    <message>
        <source>For QUIC services, check that the server listens on UDP 443</source>
        <translation>對於 QUIC 服務，確認伺服器正在 UDP 443 上接聽</translation>
    </message>
    <message>
        <source>The plain continuation code this one extends</source>
        <translation>此代碼所延伸的一般繼續代碼</translation>
    </message>
    <message>
        <source>An asynchronous SSPI call was queued and has not finished yet. Not an error; wait for its result.</source>
        <translation>非同步 SSPI 呼叫已排入佇列，但尚未完成。這不是錯誤；請等待結果。</translation>
    </message>
    <message>
        <source>Windows offers asynchronous SSPI functions (SspiAcquireCredentialsHandleAsync, SspiInitializeSecurityContextAsync and related) to kernel-mode drivers since Windows 10 1607 and Windows Server 2016. SspiGetAsyncCallStatus reports this code while the queued work is still running; the real result arrives later through the completion callback. It is not a failure and indicates a problem only when the call never completes.</source>
        <translation>自 Windows 10 1607 與 Windows Server 2016 起，Windows 為核心模式驅動程式提供非同步 SSPI 函式（SspiAcquireCredentialsHandleAsync、SspiInitializeSecurityContextAsync 等）。在排入佇列的工作仍在執行時，SspiGetAsyncCallStatus 會回報此代碼；真正的結果稍後會透過完成回呼送達。這不是失敗，只有在呼叫始終沒有完成時才代表有問題。</translation>
    </message>
    <message>
        <source>A kernel-mode component polled the call before LSA had finished the work (normal)</source>
        <translation>核心模式元件在 LSA 完成工作之前就輪詢了該呼叫（正常）</translation>
    </message>
    <message>
        <source>LSA answers slowly (busy lsass.exe, slow domain controllers), so calls stay pending longer than the caller&apos;s timeout</source>
        <translation>LSA 回應緩慢（lsass.exe 忙碌、網域控制站回應慢），因此呼叫擱置的時間超過呼叫端的逾時</translation>
    </message>
    <message>
        <source>A driver bug that treats the pending code as the final result</source>
        <translation>驅動程式的錯誤，將擱置代碼當成最終結果</translation>
    </message>
    <message>
        <source>Treat pending as normal and look for the final status reported when the call completes</source>
        <translation>將擱置視為正常，並找出呼叫完成時回報的最終狀態</translation>
    </message>
    <message>
        <source>If calls stay pending, check whether lsass.exe is busy</source>
        <translation>如果呼叫一直擱置，請檢查 lsass.exe 是否忙碌</translation>
    </message>
    <message>
        <source>Unreachable DCs keep calls pending and finally fail this way</source>
        <translation>無法連線的 DC 會讓呼叫一直擱置，最後以此代碼失敗</translation>
    </message>
    <message>
        <source>A common final result of an asynchronous handshake call</source>
        <translation>非同步交握呼叫常見的最終結果</translation>
    </message>
    <message>
        <source>A security package or LSA ran out of memory or another system resource for this request.</source>
        <translation>安全性套件或 LSA 處理此要求時，記憶體或其他系統資源不足。</translation>
    </message>
    <message>
        <source>The call failed because memory or a related resource ran out, either in the calling process or inside lsass.exe, where the security packages do most of their work. It is reported by the side that made the call and points at resource exhaustion or a leak rather than at authentication settings. A retry may work, but the error returns until the leak or pressure is fixed.</source>
        <translation>呼叫失敗是因為記憶體或相關資源耗盡，可能發生在呼叫的處理序中，也可能在 lsass.exe 內（安全性套件大部分的工作都在這裡進行）。此錯誤由發出呼叫的一方回報，指向資源耗盡或流失，而不是驗證設定。重試也許會成功，但在流失或資源壓力解決之前，錯誤會一再出現。</translation>
    </message>
    <message>
        <source>An application leaks security contexts or credential handles (never calls DeleteSecurityContext or FreeCredentialsHandle), so lsass.exe keeps growing</source>
        <translation>應用程式流失安全性內容或認證控制代碼（從未呼叫 DeleteSecurityContext 或 FreeCredentialsHandle），使 lsass.exe 持續成長</translation>
    </message>
    <message>
        <source>The system commit limit is reached: page file too small or disabled, or one process using most of the memory</source>
        <translation>已達到系統認可限制：分頁檔太小或已停用，或某個處理序用掉大部分記憶體</translation>
    </message>
    <message>
        <source>A 32-bit application runs out of address space under heavy TLS or authentication load</source>
        <translation>32 位元應用程式在大量 TLS 或驗證負載下耗盡位址空間</translation>
    </message>
    <message>
        <source>Third-party code loaded into lsass.exe (password filters, security packages, security agents) leaks memory</source>
        <translation>載入 lsass.exe 的協力廠商程式碼（密碼篩選器、安全性套件、安全性代理程式）發生記憶體流失</translation>
    </message>
    <message>
        <source>Check the memory and handle counts of lsass.exe, and repeat later to see whether they keep growing</source>
        <translation>檢查 lsass.exe 的記憶體與控制代碼數量，稍後再查一次，看是否持續增加</translation>
    </message>
    <message>
        <source>Record the trend of lsass.exe private bytes over ten minutes</source>
        <translation>記錄 lsass.exe 私用位元組在十分鐘內的變化趨勢</translation>
    </message>
    <message>
        <source>Look for low-memory warnings (Resource-Exhaustion-Detector event 2004)</source>
        <translation>尋找記憶體不足的警告（Resource-Exhaustion-Detector 事件 2004）</translation>
    </message>
    <message>
        <source>Find the processes with the most handles; a leaking SSPI caller often stands out</source>
        <translation>找出控制代碼最多的處理序；流失的 SSPI 呼叫端往往很明顯</translation>
    </message>
    <message>
        <source>Check which third-party DLLs are registered to load into LSA</source>
        <translation>檢查哪些協力廠商 DLL 已註冊為要載入 LSA</translation>
    </message>
    <message>
        <source>A caller-supplied buffer is too small; not a memory shortage</source>
        <translation>呼叫端提供的緩衝區太小；並非記憶體不足</translation>
    </message>
    <message>
        <source>Other failures inside LSA or a package</source>
        <translation>LSA 或套件內部的其他失敗</translation>
    </message>
    <message>
        <source>The credential or context handle passed to SSPI is not valid: freed, never created, or from another session.</source>
        <translation>傳給 SSPI 的認證或安全性內容控制代碼無效：已釋放、從未建立，或屬於另一個工作階段。</translation>
    </message>
    <message>
        <source>Every SSPI call after the first works on a credential handle, a security context handle, or both. This code means the handle does not refer to a live object: it was already deleted, never fully created, corrupted, or belongs to another process or logon session. It is reported locally by the side that made the call and nearly always points at the application&apos;s handling of handles, often after an earlier error it did not notice.</source>
        <translation>第一次之後的每個 SSPI 呼叫，都作用於認證控制代碼、安全性內容控制代碼或兩者。此代碼表示該控制代碼沒有指向有效的物件：它已被刪除、從未完整建立、已損毀，或屬於另一個處理序或登入工作階段。它由發出呼叫的一方在本機回報，幾乎都指向應用程式處理控制代碼的方式，而且常發生在應用程式沒有察覺的先前錯誤之後。</translation>
    </message>
    <message>
        <source>The application deleted the context or freed the credentials (on timeout or dispose) while another thread still used them</source>
        <translation>應用程式在另一個執行緒仍在使用時，刪除了安全性內容或釋放了認證（因逾時或處置）</translation>
    </message>
    <message>
        <source>An earlier handshake call failed and the application carried on with the half-built context</source>
        <translation>先前的交握呼叫已失敗，應用程式卻繼續使用只建立了一半的安全性內容</translation>
    </message>
    <message>
        <source>A pooled connection reused a TLS or Kerberos context that the peer had closed or that had expired</source>
        <translation>集區中的連線重複使用了對方已關閉或已到期的 TLS 或 Kerberos 安全性內容</translation>
    </message>
    <message>
        <source>The handle was passed to another process, or kept after the logon session that created it ended</source>
        <translation>控制代碼被傳給另一個處理序，或在建立它的登入工作階段結束後仍被保留</translation>
    </message>
    <message>
        <source>A bug in a third-party SSPI wrapper or network library that mixes up handles</source>
        <translation>協力廠商 SSPI 包裝程式或網路程式庫的錯誤，將控制代碼混用</translation>
    </message>
    <message>
        <source>Find the first error on the same connection before this line; it usually explains this one</source>
        <translation>在這一行之前，找出同一條連線上的第一個錯誤；它通常能解釋這個錯誤</translation>
    </message>
    <message>
        <source>Update the application and its framework or TLS library to a current version</source>
        <translation>將應用程式及其架構或 TLS 程式庫更新到最新版本</translation>
    </message>
    <message>
        <source>Developers: run the application under Application Verifier with handle checks to catch use after free</source>
        <translation>開發人員：在 Application Verifier 下以控制代碼檢查執行應用程式，以抓出釋放後仍使用的情況</translation>
    </message>
    <message>
        <source>Disable connection pooling for a test to see whether reused connections trigger it</source>
        <translation>暫時停用連線集區進行測試，看看是否是重複使用的連線造成的</translation>
    </message>
    <message>
        <source>A valid handle, but the wrong credentials for this context</source>
        <translation>控制代碼有效，但認證不適用於這個安全性內容</translation>
    </message>
    <message>
        <source>The security context the caller refers to does not exist</source>
        <translation>呼叫端所指的安全性內容不存在</translation>
    </message>
    <message>
        <source>The context existed but is no longer usable</source>
        <translation>安全性內容曾經存在，但已無法使用</translation>
    </message>
    <message>
        <source>A context deleted before its handshake finished</source>
        <translation>交握完成前就被刪除的安全性內容</translation>
    </message>
    <message>
        <source>The package cannot do what was asked: an unsupported option, TLS version or policy combination.</source>
        <translation>套件無法執行所要求的工作：不支援的選項、TLS 版本或原則組合。</translation>
    </message>
    <message>
        <source>The security package received a request it does not implement or is not allowed to perform: a context option it lacks, a TLS version that is disabled or unknown, or a CredSSP exchange blocked by policy. Administrators meet it most as the Remote Desktop error &apos;The function requested is not supported&apos; and as a Schannel handshake failure between mismatched TLS settings. It is reported by the side whose package refused, usually the client.</source>
        <translation>安全性套件收到一個它沒有實作或不被允許執行的要求：它不具備的安全性內容選項、已停用或不認得的 TLS 版本，或遭原則封鎖的 CredSSP 交換。系統管理員最常看到的是遠端桌面錯誤「The function requested is not supported」（要求的函式不受支援），以及 TLS 設定不一致所造成的 Schannel 交握失敗。此錯誤由拒絕要求之套件所在的一方回報，通常是用戶端。</translation>
    </message>
    <message>
        <source>RDP/CredSSP: a client with the May 2018 CredSSP update (CVE-2018-0886) meets a server without it, or a server set to &apos;Force Updated Clients&apos; meets an unpatched client</source>
        <translation>RDP/CredSSP：已安裝 2018 年 5 月 CredSSP 更新（CVE-2018-0886）的用戶端遇到未安裝的伺服器，或設為「強制更新的用戶端」（Force Updated Clients）的伺服器遇到未修補的用戶端</translation>
    </message>
    <message>
        <source>TLS: the two sides share no enabled protocol version, for example an old client or .NET Framework application offering only TLS 1.0 to a server that accepts only TLS 1.2</source>
        <translation>TLS：雙方沒有共同啟用的通訊協定版本，例如舊的用戶端或 .NET Framework 應用程式只提供 TLS 1.0，而伺服器只接受 TLS 1.2</translation>
    </message>
    <message>
        <source>TLS versions switched off in the SCHANNEL Protocols registry key on one side, leaving nothing the other side accepts</source>
        <translation>其中一方在 SCHANNEL Protocols 登錄機碼中關閉了某些 TLS 版本，導致沒有任何另一方可接受的版本</translation>
    </message>
    <message>
        <source>The caller asked a package for a feature it lacks, for example credential prompting from Kerberos or a context attribute the package does not implement</source>
        <translation>呼叫端向套件要求它沒有的功能，例如要求 Kerberos 提示輸入認證，或要求套件未實作的安全性內容屬性</translation>
    </message>
    <message>
        <source>For RDP, read the CredSSP policy on the client (0 = Force Updated Clients, 1 = Mitigated, 2 = Vulnerable)</source>
        <translation>對於 RDP，讀取用戶端上的「加密 Oracle 補救」（Encryption Oracle Remediation）CredSSP 原則（0 = 強制更新的用戶端（Force Updated Clients），1 = 風險緩解（Mitigated），2 = 易受攻擊（Vulnerable））</translation>
    </message>
    <message>
        <source>Install current updates on both RDP client and server instead of lowering the policy to Vulnerable</source>
        <translation>在 RDP 用戶端與伺服器上都安裝最新更新，而不是把原則降為「易受攻擊」（Vulnerable）</translation>
    </message>
    <message>
        <source>Compare the TLS protocol versions enabled on both sides</source>
        <translation>比較雙方啟用的 TLS 通訊協定版本</translation>
    </message>
    <message>
        <source>Test which TLS versions the server accepts from another machine</source>
        <translation>從另一部電腦測試伺服器接受哪些 TLS 版本</translation>
    </message>
    <message>
        <source>The other common TLS mismatch: no cipher suite in common</source>
        <translation>另一種常見的 TLS 不一致：沒有共同的加密套件</translation>
    </message>
    <message>
        <source>CredSSP refused by the credentials delegation policy</source>
        <translation>CredSSP 遭認證委派原則拒絕</translation>
    </message>
    <message>
        <source>An unsupported per-message protection option</source>
        <translation>不支援的個別訊息保護選項</translation>
    </message>
    <message>
        <source>The package itself is missing, not just the function</source>
        <translation>缺少的是套件本身，而不只是函式</translation>
    </message>
    <message>
        <source>The target service could not be identified: no account holds its SPN, or the name cannot be used by Kerberos.</source>
        <translation>無法識別目標服務：沒有帳戶擁有它的 SPN，或 Kerberos 無法使用這個名稱。</translation>
    </message>
    <message>
        <source>The client asked Kerberos for a ticket to a service name that could not be resolved: the domain controller found no account with the requested SPN, or the target was given in a form Kerberos cannot use, such as a bare IP address. With Negotiate the client often falls back to NTLM silently; the error surfaces when NTLM is not allowed or Kerberos was requested explicitly. It is reported on the client, and the DC logs the failed ticket request.</source>
        <translation>用戶端向 Kerberos 要求票證的服務名稱無法解析：網域控制站找不到擁有該 SPN 的帳戶，或目標是以 Kerberos 無法使用的形式指定，例如單純的 IP 位址。使用 Negotiate 時，用戶端常會在不告知的情況下退回使用 NTLM；只有在不允許 NTLM 或明確要求 Kerberos 時，錯誤才會浮現。此錯誤回報於用戶端，DC 則會記錄失敗的票證要求。</translation>
    </message>
    <message>
        <source>No account holds the SPN the client builds, e.g. HTTP/web01.contoso.com for a site running under a domain service account that never got the SPN</source>
        <translation>沒有帳戶擁有用戶端所建構的 SPN，例如網站以網域服務帳戶執行，卻從未為該帳戶註冊 HTTP/web01.contoso.com</translation>
    </message>
    <message>
        <source>Connecting by IP address or by a DNS alias (CNAME) that has no SPN, so Kerberos has no principal to ask for</source>
        <translation>以 IP 位址或沒有 SPN 的 DNS 別名（CNAME）連線，使 Kerberos 沒有可以要求的主體</translation>
    </message>
    <message>
        <source>The target is in another forest without a forest trust, or its DNS suffix is not routed over the trust (name suffix routing)</source>
        <translation>目標位於另一個樹系，但沒有樹系信任，或其 DNS 尾碼沒有透過該信任關係路由（名稱尾碼路由）</translation>
    </message>
    <message>
        <source>The server&apos;s computer account was deleted, renamed or rejoined, or a new SPN has not replicated to the DC the client asked</source>
        <translation>伺服器的電腦帳戶已被刪除、重新命名或重新加入網域，或新的 SPN 尚未複寫到用戶端查詢的 DC</translation>
    </message>
    <message>
        <source>NTLM fallback is blocked (NTLM restrictions, Protected Users, a Kerberos-only client), so the missing SPN becomes a hard failure</source>
        <translation>退回使用 NTLM 的路已被封鎖（NTLM 限制、Protected Users、只用 Kerberos 的用戶端），因此缺少 SPN 就會直接導致失敗</translation>
    </message>
    <message>
        <source>Search the forest for the SPN the client requests</source>
        <translation>在樹系中搜尋用戶端要求的 SPN</translation>
    </message>
    <message>
        <source>Ask the KDC for the ticket directly and read the error</source>
        <translation>直接向 KDC 要求票證並查看錯誤</translation>
    </message>
    <message>
        <source>Check how the name resolves; an alias needs its own SPN, or clients must use the real host name</source>
        <translation>檢查名稱如何解析；別名需要有自己的 SPN，否則用戶端必須使用真正的主機名稱</translation>
    </message>
    <message>
        <source>On the DC, look for failed service ticket requests (event 4769, failure code 0x7; needs auditing of Kerberos service ticket operations)</source>
        <translation>在 DC 上尋找失敗的服務票證要求（事件 4769，失敗碼 0x7；需要啟用 Kerberos 服務票證作業的稽核）</translation>
    </message>
    <message>
        <source>Register the missing SPN on the one account that runs the service</source>
        <translation>在執行該服務的唯一帳戶上註冊缺少的 SPN</translation>
    </message>
    <message>
        <source>The SPN exists but on another account than the one running the service</source>
        <translation>SPN 存在，但位於另一個帳戶，而不是執行服務的帳戶</translation>
    </message>
    <message>
        <source>The KDC itself could not be reached</source>
        <translation>連 KDC 本身都無法連線</translation>
    </message>
    <message>
        <source>Cross-forest lookups that cannot be referred to the right realm</source>
        <translation>跨樹系查詢無法轉介到正確的領域</translation>
    </message>
    <message>
        <source>An internal failure in LSA or a security package that has no more specific SSPI code.</source>
        <translation>LSA 或安全性套件的內部失敗，沒有更明確的 SSPI 代碼可用。</translation>
    </message>
    <message>
        <source>The message says the Local Security Authority cannot be contacted, but in practice this is a catch-all: the package hit an error with no dedicated SSPI code. Administrators see it most as the Remote Desktop error &apos;The Local Security Authority cannot be contacted&apos; and as a Schannel failure when the server&apos;s certificate or key cannot be used. It can be reported on either side; the detail is in the Schannel or System events of the side that failed.</source>
        <translation>訊息文字說無法連絡本機安全性授權（LSA），但實際上這是概括性的代碼：套件遇到了沒有專屬 SSPI 代碼的錯誤。系統管理員最常看到的是遠端桌面錯誤「無法連絡本機安全性授權」（The Local Security Authority cannot be contacted），以及伺服器的憑證或金鑰無法使用時的 Schannel 失敗。任何一方都可能回報此錯誤；詳細資訊在失敗那一方的 Schannel 或系統事件中。</translation>
    </message>
    <message>
        <source>RDP with Network Level Authentication to an account whose password has expired or must be changed at next logon; NLA cannot ask for a new password</source>
        <translation>以網路層級驗證（NLA）的 RDP 連線到密碼已過期、或下次登入時必須變更密碼的帳戶；NLA 無法要求輸入新密碼</translation>
    </message>
    <message>
        <source>The TLS server certificate&apos;s private key is missing or the service account cannot read it</source>
        <translation>TLS 伺服器憑證的私密金鑰遺失，或服務帳戶無法讀取它</translation>
    </message>
    <message>
        <source>No TLS version or cipher suite in common for RDP or SQL Server, for example after disabling TLS 1.0 on hosts that still need it, or FIPS mode on one side</source>
        <translation>RDP 或 SQL Server 沒有共同的 TLS 版本或加密套件，例如在仍需要 TLS 1.0 的主機上停用了它，或其中一方啟用了 FIPS 模式</translation>
    </message>
    <message>
        <source>lsass.exe is shutting down or hung, or a third-party LSA plug-in failed</source>
        <translation>lsass.exe 正在關閉或已停止回應，或協力廠商的 LSA 外掛程式失敗</translation>
    </message>
    <message>
        <source>For RDP, check whether the account&apos;s password has expired or must be changed</source>
        <translation>對於 RDP，檢查帳戶的密碼是否已過期或必須變更</translation>
    </message>
    <message>
        <source>Change the expired password another way: at the console, with Ctrl+Alt+End in a working RDP session, or with the AD tools</source>
        <translation>以其他方式變更過期的密碼：在主控台上、在可正常運作的 RDP 工作階段中按 Ctrl+Alt+End，或使用 AD 工具</translation>
    </message>
    <message>
        <source>Check that the certificate has a private key and that the key works</source>
        <translation>確認憑證具有私密金鑰，而且金鑰可以正常運作</translation>
    </message>
    <message>
        <source>Check the RDP security layer (0 = RDP, 1 = Negotiate, 2 = TLS)</source>
        <translation>檢查 RDP 安全性層（0 = RDP，1 = Negotiate，2 = TLS）</translation>
    </message>
    <message>
        <source>The more specific code when a private key cannot be used</source>
        <translation>私密金鑰無法使用時更明確的代碼</translation>
    </message>
    <message>
        <source>No TLS cipher suite in common</source>
        <translation>沒有共同的 TLS 加密套件</translation>
    </message>
    <message>
        <source>What an expired password gives outside NLA</source>
        <translation>在 NLA 之外，過期的密碼會得到的代碼</translation>
    </message>
    <message>
        <source>LSA refusing new work while the system shuts down</source>
        <translation>系統關機期間，LSA 拒絕新的工作</translation>
    </message>
    <message>
        <source>The security package the caller named is not installed or not loaded on this computer.</source>
        <translation>呼叫端指定的安全性套件未安裝，或未在這部電腦上載入。</translation>
    </message>
    <message>
        <source>AcquireCredentialsHandle names a package (Negotiate, Kerberos, NTLM, Schannel, CredSSP, WDigest or a third-party one), and this code means SSPI found no loaded package with that name. Built-in packages are practically always present, so the usual causes are a removed optional package, a misspelt name in the application, or a system that is shutting down. It is reported locally by the calling computer.</source>
        <translation>AcquireCredentialsHandle 會指定一個套件（Negotiate、Kerberos、NTLM、Schannel、CredSSP、WDigest 或協力廠商套件），此代碼表示 SSPI 找不到以該名稱載入的套件。內建套件幾乎一定存在，因此常見原因是選用套件被移除、應用程式中的名稱拼錯，或系統正在關機。此錯誤由發出呼叫的電腦在本機回報。</translation>
    </message>
    <message>
        <source>The application requests a package that is not registered: a typo, a third-party package that was uninstalled, or a name that exists only on other Windows versions</source>
        <translation>應用程式要求的套件未經註冊：名稱打錯、協力廠商套件已解除安裝，或該名稱只存在於其他 Windows 版本</translation>
    </message>
    <message>
        <source>An optional package was removed from the Security Packages list during hardening (for example wdigest, or tspkg which CredSSP needs)</source>
        <translation>強化安全性時，將選用套件從 Security Packages 清單中移除（例如 wdigest，或 CredSSP 所需的 tspkg）</translation>
    </message>
    <message>
        <source>The system is shutting down and LSA no longer accepts new requests</source>
        <translation>系統正在關機，LSA 不再接受新的要求</translation>
    </message>
    <message>
        <source>The package DLL failed to load at boot: missing file, or blocked by LSA protection</source>
        <translation>套件 DLL 在開機時載入失敗：檔案遺失，或遭 LSA 保護封鎖</translation>
    </message>
    <message>
        <source>List the security packages LSA loads at startup</source>
        <translation>列出 LSA 在啟動時載入的安全性套件</translation>
    </message>
    <message>
        <source>List the SSPI providers registered for applications</source>
        <translation>列出為應用程式註冊的 SSPI 提供者</translation>
    </message>
    <message>
        <source>Check that the system&apos;s package DLLs are intact</source>
        <translation>確認系統的套件 DLL 完整無損</translation>
    </message>
    <message>
        <source>Look for DLLs that lsass.exe refused to load because of LSA protection</source>
        <translation>尋找 lsass.exe 因 LSA 保護而拒絕載入的 DLL</translation>
    </message>
    <message>
        <source>The package exists but failed to initialise</source>
        <translation>套件存在，但初始化失敗</translation>
    </message>
    <message>
        <source>The package identifier passed in is not valid</source>
        <translation>傳入的套件識別碼無效</translation>
    </message>
    <message>
        <source>The package exists but cannot do what was asked</source>
        <translation>套件存在，但無法執行所要求的工作</translation>
    </message>
    <message>
        <source>The caller lacks the right or privilege to use these credentials, typically another logon session&apos;s.</source>
        <translation>呼叫端沒有使用這些認證的權利或權限；這些認證通常屬於另一個登入工作階段。</translation>
    </message>
    <message>
        <source>The calling process asked for credentials it does not own, such as those of another logon session, or for an operation that needs a privilege like SeTcbPrivilege (&apos;Act as part of the operating system&apos;) that its account does not hold. It is reported locally on the machine making the call. It is rare in day-to-day administration and mostly appears with services that act on behalf of other users.</source>
        <translation>呼叫的處理序要求了不屬於它的認證，例如另一個登入工作階段的認證，或要求的作業需要某項權限（例如 SeTcbPrivilege，「作為作業系統的一部分」），而其帳戶沒有該權限。此錯誤由發出呼叫的電腦在本機回報。它在日常管理中很少見，多半出現在代表其他使用者執行動作的服務上。</translation>
    </message>
    <message>
        <source>A service passes another logon session&apos;s ID to AcquireCredentialsHandle without holding SeTcbPrivilege</source>
        <translation>服務在未持有 SeTcbPrivilege 的情況下，將另一個登入工作階段的識別碼傳給 AcquireCredentialsHandle</translation>
    </message>
    <message>
        <source>The service account lacks a privilege the operation needs (missing privileges are reported with this code), for example after a GPO trimmed user rights</source>
        <translation>服務帳戶缺少作業所需的權限（缺少權限時會以此代碼回報），例如在 GPO 刪減了使用者權限之後</translation>
    </message>
    <message>
        <source>The caller impersonates a user at identification level and then asks for that user&apos;s credentials</source>
        <translation>呼叫端以識別層級模擬使用者，然後要求該使用者的認證</translation>
    </message>
    <message>
        <source>A service moved from LocalSystem to a less privileged account (virtual account, gMSA, NETWORK SERVICE) without its rights being re-checked</source>
        <translation>服務從 LocalSystem 改為權限較低的帳戶（虛擬帳戶、gMSA、NETWORK SERVICE），卻沒有重新檢查其權限</translation>
    </message>
    <message>
        <source>Check the privileges of the account the service runs as (run this in the same context)</source>
        <translation>檢查服務執行身分帳戶的權限（請在相同的執行環境中執行）</translation>
    </message>
    <message>
        <source>Show which account the service uses</source>
        <translation>顯示服務使用的帳戶</translation>
    </message>
    <message>
        <source>Export the user rights assignments and look for SeTcbPrivilege and SeImpersonatePrivilege</source>
        <translation>匯出使用者權限指派，並尋找 SeTcbPrivilege 與 SeImpersonatePrivilege</translation>
    </message>
    <message>
        <source>List the logon sessions to see whose credentials the service is trying to use</source>
        <translation>列出登入工作階段，查看服務試圖使用哪個工作階段的認證</translation>
    </message>
    <message>
        <source>The caller&apos;s own session has no usable credentials</source>
        <translation>呼叫端自己的工作階段沒有可用的認證</translation>
    </message>
    <message>
        <source>Another limit on acting for a different user</source>
        <translation>代表其他使用者執行動作的另一項限制</translation>
    </message>
    <message>
        <source>The credentials cannot be used at all</source>
        <translation>完全無法使用這些認證</translation>
    </message>
    <message>
        <source>A security package failed to initialise when LSA loaded it, so it is not available.</source>
        <translation>LSA 載入安全性套件時，套件初始化失敗，因此無法使用。</translation>
    </message>
    <message>
        <source>LSA loads security packages at boot, and installers can add one with AddSecurityPackage; this code means the package&apos;s initialisation failed. Built-in packages practically never fail, so it almost always concerns a third-party package (single sign-on, MFA or password synchronisation agents) or a package blocked by LSA protection. It is reported on the computer that tried to load the package.</source>
        <translation>LSA 在開機時載入安全性套件，安裝程式也可以用 AddSecurityPackage 新增套件；此代碼表示套件的初始化失敗。內建套件幾乎不會失敗，因此這幾乎都與協力廠商套件（單一登入、MFA 或密碼同步代理程式）或遭 LSA 保護封鎖的套件有關。此錯誤回報於嘗試載入該套件的電腦。</translation>
    </message>
    <message>
        <source>LSA protection (RunAsPPL) is on and the third-party package is not signed to the level lsass.exe requires</source>
        <translation>已開啟 LSA 保護（RunAsPPL），而協力廠商套件的簽章未達 lsass.exe 要求的層級</translation>
    </message>
    <message>
        <source>The package DLL or one of its dependencies is missing, or a 32-bit DLL was registered on 64-bit Windows</source>
        <translation>套件 DLL 或其相依元件遺失，或在 64 位元 Windows 上註冊了 32 位元 DLL</translation>
    </message>
    <message>
        <source>The package&apos;s own configuration (service, licence, registry settings) is missing or damaged after an upgrade</source>
        <translation>套件本身的設定（服務、授權、登錄值）在升級後遺失或損毀</translation>
    </message>
    <message>
        <source>An installer called AddSecurityPackage without administrative rights or before a required restart</source>
        <translation>安裝程式在沒有系統管理員權限時，或在必要的重新啟動之前，呼叫了 AddSecurityPackage</translation>
    </message>
    <message>
        <source>Check whether LSA protection is enabled</source>
        <translation>檢查是否已啟用 LSA 保護</translation>
    </message>
    <message>
        <source>Check the digital signature of the vendor&apos;s package DLL</source>
        <translation>檢查廠商套件 DLL 的數位簽章</translation>
    </message>
    <message>
        <source>Update or remove the third-party package, then restart</source>
        <translation>更新或移除協力廠商套件，然後重新啟動</translation>
    </message>
    <message>
        <source>What callers get afterwards when they ask for the missing package</source>
        <translation>呼叫端之後要求這個遺失的套件時會得到的代碼</translation>
    </message>
    <message>
        <source>Other internal failures in LSA or a package</source>
        <translation>LSA 或套件中的其他內部失敗</translation>
    </message>
    <message>
        <source>The token received from the peer is malformed, truncated or not for this package; also LDAP&apos;s generic bind error.</source>
        <translation>從對方收到的權杖格式錯誤、被截斷或不屬於此套件；也是 LDAP 的一般繫結錯誤。</translation>
    </message>
    <message>
        <source>The package could not parse the token passed to InitializeSecurityContext or AcceptSecurityContext: it was damaged in transit, cut short, meant for another package, or not a token at all. It is reported by the side that received the bad token. Domain controllers also use it for failed LDAP binds (&apos;80090308: LdapErr: ... AcceptSecurityContext error, data 52e&apos;), where the data value gives the real reason.</source>
        <translation>套件無法剖析傳給 InitializeSecurityContext 或 AcceptSecurityContext 的權杖：它在傳輸中遭到損壞、被截斷、原本是給另一個套件的，或根本不是權杖。此錯誤由收到不良權杖的一方回報。網域控制站也用它表示 LDAP 繫結失敗（「80090308: LdapErr: ... AcceptSecurityContext error, data 52e」），其中 data 值才是真正的原因。</translation>
    </message>
    <message>
        <source>LDAP bind failed on a DC; read the data value: 52e wrong password, 525 no such user, 530 or 531 logon time or workstation restriction, 532 password expired, 533 disabled, 701 account expired, 773 must change password, 775 locked out</source>
        <translation>DC 上的 LDAP 繫結失敗；請查看 data 值：52e 密碼錯誤、525 無此使用者、530 或 531 登入時間或工作站限制、532 密碼已過期、533 已停用、701 帳戶已過期、773 必須變更密碼、775 已鎖定</translation>
    </message>
    <message>
        <source>TLS version mismatch with an old stack, for example SQL Server or an application without TLS 1.2 support talking to a peer where only TLS 1.2 is enabled</source>
        <translation>與舊的堆疊之間 TLS 版本不一致，例如不支援 TLS 1.2 的 SQL Server 或應用程式，連線到只啟用 TLS 1.2 的對方</translation>
    </message>
    <message>
        <source>A proxy, TLS-inspection device, web application firewall or load balancer altered, truncated or split the authentication header or the handshake</source>
        <translation>Proxy、TLS 檢查裝置、Web 應用程式防火牆或負載平衡器改動、截斷或分割了驗證標頭或交握</translation>
    </message>
    <message>
        <source>Plain HTTP or another protocol sent to a TLS port, or TLS sent to a port that does not speak it</source>
        <translation>將一般 HTTP 或其他通訊協定送到 TLS 連接埠，或將 TLS 送到不支援它的連接埠</translation>
    </message>
    <message>
        <source>The application passes the wrong buffer: still base64-encoded, only part of the token, or a token from another connection</source>
        <translation>應用程式傳入錯誤的緩衝區：仍是 base64 編碼、只有部分權杖，或是另一條連線的權杖</translation>
    </message>
    <message>
        <source>For LDAP binds, check the account state that matches the data value</source>
        <translation>對於 LDAP 繫結，檢查與 data 值相符的帳戶狀態</translation>
    </message>
    <message>
        <source>Bypass the proxy or inspection device and retry; if the error stays, capture the traffic</source>
        <translation>略過 Proxy 或檢查裝置後重試；如果錯誤仍在，請擷取網路流量</translation>
    </message>
    <message>
        <source>The same bad-password and account conditions outside LDAP</source>
        <translation>在 LDAP 之外，相同的密碼錯誤與帳戶狀況</translation>
    </message>
    <message>
        <source>TLS: the peer&apos;s handshake message is invalid or unexpected</source>
        <translation>TLS：對方的交握訊息無效或不在預期中</translation>
    </message>
    <message>
        <source>The token has not been received completely yet</source>
        <translation>尚未完整收到權杖</translation>
    </message>
    <message>
        <source>Another symptom of a TLS version mismatch</source>
        <translation>TLS 版本不一致的另一種徵兆</translation>
    </message>
    <message>
        <source>The package could not serialise the logon data it must hand to LSA, so the logon attempt was abandoned.</source>
        <translation>套件無法將必須交給 LSA 的登入資料序列化，因此放棄了這次登入嘗試。</translation>
    </message>
    <message>
        <source>Before a logon or credential request goes to LSA, the package packs the user name, domain, password and related data into one buffer; this code means that step failed. It is an internal and rarely seen error. In practice it points at malformed credential data supplied by an application or a third-party credential provider, not at the account or the network.</source>
        <translation>在登入或認證要求送往 LSA 之前，套件會將使用者名稱、網域、密碼及相關資料封裝成一個緩衝區；此代碼表示該步驟失敗。這是內部錯誤，很少見。實務上，它指向應用程式或協力廠商認證提供者所提供的認證資料格式錯誤，而不是帳戶或網路的問題。</translation>
    </message>
    <message>
        <source>An application or script passes a credential structure with wrong lengths or flags, for example ANSI and Unicode settings that do not match the strings</source>
        <translation>應用程式或指令碼傳入的認證結構長度或旗標錯誤，例如 ANSI 與 Unicode 設定與字串不符</translation>
    </message>
    <message>
        <source>Credential data the package cannot use, such as an empty user name with a password or an unsupported credential type</source>
        <translation>套件無法使用的認證資料，例如有密碼卻沒有使用者名稱，或不支援的認證類型</translation>
    </message>
    <message>
        <source>A third-party credential provider or single sign-on agent builds the logon data incorrectly after a Windows upgrade</source>
        <translation>Windows 升級後，協力廠商認證提供者或單一登入代理程式建立的登入資料不正確</translation>
    </message>
    <message>
        <source>A 32-bit component hands credentials across to a 64-bit process with an incompatible structure layout</source>
        <translation>32 位元元件將認證交給 64 位元處理序，但兩者的結構排列方式不相容</translation>
    </message>
    <message>
        <source>Reproduce with a built-in tool to separate the application from the account</source>
        <translation>使用內建工具重現問題，以區分是應用程式還是帳戶的問題</translation>
    </message>
    <message>
        <source>List the third-party credential providers installed on the machine</source>
        <translation>列出這部電腦上安裝的協力廠商認證提供者</translation>
    </message>
    <message>
        <source>Read the failed logon events (4625) on the server or DC and note Status and Sub Status</source>
        <translation>在伺服器或 DC 上查看登入失敗事件（4625），並記下「狀態」與「子狀態」（Status／Sub Status）</translation>
    </message>
    <message>
        <source>Update the application or credential provider, or test with it disabled</source>
        <translation>更新應用程式或認證提供者，或停用它之後再測試</translation>
    </message>
    <message>
        <source>Names or passwords that are too long or ill-formed are usually reported this way</source>
        <translation>名稱或密碼太長或格式錯誤時，通常會以此代碼回報</translation>
    </message>
    <message>
        <source>The credentials were packed but not recognised</source>
        <translation>認證已封裝，但無法辨識</translation>
    </message>
    <message>
        <source>The requested per-message protection (quality of protection) is not available on this package or context.</source>
        <translation>此套件或安全性內容無法提供所要求的個別訊息保護（保護品質）。</translation>
    </message>
    <message>
        <source>When an application signs or encrypts messages with MakeSignature or EncryptMessage it can ask for a particular quality of protection; this code means the package or the negotiated context cannot provide it. It is reported locally by the side making the call, typically a client library that wraps LDAP or a custom protocol. Administrators mostly meet it where LDAP signing or sealing requirements meet a client that negotiated a weaker context.</source>
        <translation>應用程式以 MakeSignature 或 EncryptMessage 簽署或加密訊息時，可以要求特定的保護品質；此代碼表示套件或已協商的安全性內容無法提供。此錯誤由發出呼叫的一方在本機回報，通常是包裝 LDAP 或自訂通訊協定的用戶端程式庫。系統管理員多半是在 LDAP 簽署或密封要求遇上協商出較弱安全性內容的用戶端時看到它。</translation>
    </message>
    <message>
        <source>The application passes a protection value the package does not implement (most packages accept only 0 or the &apos;wrap without encryption&apos; flag)</source>
        <translation>應用程式傳入了套件未實作的保護值（大多數套件只接受 0 或「不加密包裝」旗標）</translation>
    </message>
    <message>
        <source>The context was negotiated without the integrity or confidentiality flags, so later signing or sealing cannot be honoured</source>
        <translation>安全性內容在協商時沒有取得完整性或機密性旗標，因此之後無法執行簽署或密封</translation>
    </message>
    <message>
        <source>Digest: the server requires qop=auth-int or auth-conf and the client side cannot provide it</source>
        <translation>Digest：伺服器要求 qop=auth-int 或 auth-conf，而用戶端無法提供</translation>
    </message>
    <message>
        <source>A non-Windows LDAP client (Java, Python, OpenLDAP tools) asks AD for a SASL security layer the negotiated mechanism cannot give while DCs require signing</source>
        <translation>非 Windows 的 LDAP 用戶端（Java、Python、OpenLDAP 工具）向 AD 要求已協商機制無法提供的 SASL 安全性層，而 DC 要求簽署</translation>
    </message>
    <message>
        <source>Check whether the DCs require LDAP signing (2 = required)</source>
        <translation>檢查 DC 是否要求 LDAP 簽署（2 = 必要）</translation>
    </message>
    <message>
        <source>Check the client&apos;s LDAP signing setting</source>
        <translation>檢查用戶端的 LDAP 簽署設定</translation>
    </message>
    <message>
        <source>On the DCs, list clients that bind without signing (event 2889, after enabling LDAP interface diagnostics)</source>
        <translation>在 DC 上列出未簽署即繫結的用戶端（事件 2889，需先啟用 LDAP 介面診斷）</translation>
    </message>
    <message>
        <source>Developers: request integrity and confidentiality when creating the context, check the returned flags, and pass 0 as the protection value</source>
        <translation>開發人員：建立安全性內容時要求完整性與機密性，檢查傳回的旗標，並將保護值設為 0</translation>
    </message>
    <message>
        <source>A broader &apos;not supported&apos; from the same package</source>
        <translation>同一個套件較廣泛的「不支援」</translation>
    </message>
    <message>
        <source>Context-level security requirements could not be met</source>
        <translation>無法滿足安全性內容層級的安全性需求</translation>
    </message>
    <message>
        <source>Per-message protection that failed its check on the receiving side</source>
        <translation>在接收端未通過檢查的個別訊息保護</translation>
    </message>
    <message>
        <source>The security context does not allow the server to impersonate the client.</source>
        <translation>此安全性內容不允許伺服器模擬用戶端。</translation>
    </message>
    <message>
        <source>A server called ImpersonateSecurityContext, or asked for the client&apos;s token, but the context cannot be impersonated: the client allowed identification only, the context carries no Windows logon (for example an unmapped TLS client certificate), or the handshake is not finished. It is reported on the server. The server may still know who the client is, but it cannot act as the client.</source>
        <translation>伺服器呼叫了 ImpersonateSecurityContext 或要求取得用戶端的權杖，但該安全性內容無法模擬：用戶端只允許識別、安全性內容沒有對應的 Windows 登入（例如未對應的 TLS 用戶端憑證），或交握尚未完成。此錯誤回報於伺服器。伺服器也許仍知道用戶端是誰，但無法以用戶端的身分執行動作。</translation>
    </message>
    <message>
        <source>The client set the impersonation level to Identify (an RPC or DCOM setting, or ISC_REQ_IDENTIFY), so the server may read the identity but not act as the user</source>
        <translation>用戶端將模擬等級設為 Identify（RPC 或 DCOM 設定，或 ISC_REQ_IDENTIFY），因此伺服器可以讀取身分，但不能以該使用者身分執行動作</translation>
    </message>
    <message>
        <source>TLS client certificate authentication without mapping the certificate to a Windows account (IIS client certificate mapping or AD mapping not configured)</source>
        <translation>TLS 用戶端憑證驗證沒有將憑證對應到 Windows 帳戶（未設定 IIS 用戶端憑證對應或 AD 對應）</translation>
    </message>
    <message>
        <source>The server tries to impersonate before the handshake returned SEC_E_OK, or on a context that already failed</source>
        <translation>伺服器在交握傳回 SEC_E_OK 之前就嘗試模擬，或對已失敗的安全性內容進行模擬</translation>
    </message>
    <message>
        <source>Check the default DCOM impersonation level (Component Services &gt; My Computer &gt; Properties &gt; Default Properties)</source>
        <translation>檢查預設的 DCOM 模擬等級（元件服務 &gt; 我的電腦 &gt; 內容 &gt; 預設內容）</translation>
    </message>
    <message>
        <source>For IIS client certificates, check whether certificate mapping is enabled</source>
        <translation>對於 IIS 用戶端憑證，檢查是否已啟用憑證對應</translation>
    </message>
    <message>
        <source>Check that the service account holds &apos;Impersonate a client after authentication&apos; (SeImpersonatePrivilege)</source>
        <translation>確認服務帳戶擁有「在驗證後模擬用戶端」（Impersonate a client after authentication）權限（SeImpersonatePrivilege）</translation>
    </message>
    <message>
        <source>Developers: impersonate only after the final SEC_E_OK and check whether the context was returned with the identify-only flag</source>
        <translation>開發人員：只在最後的 SEC_E_OK 之後才進行模擬，並檢查安全性內容傳回時是否帶有僅限識別的旗標</translation>
    </message>
    <message>
        <source>The next step beyond impersonation: using the identity on another server</source>
        <translation>比模擬更進一步：在另一部伺服器上使用該身分</translation>
    </message>
    <message>
        <source>The context handle itself is not valid</source>
        <translation>安全性內容控制代碼本身無效</translation>
    </message>
    <message>
        <source>The logon was rejected: wrong password or an account restriction (locked, disabled, expired, logon type or time).</source>
        <translation>登入遭拒：密碼錯誤或帳戶限制（已鎖定、已停用、已過期、登入類型或時間）。</translation>
    </message>
    <message>
        <source>The authority that checks the credentials (a DC, or the local SAM for local accounts) refused them. The same code covers a wrong password, an unknown user, a locked, disabled or expired account, an expired password or one that must be changed, and a logon type or time the account is not allowed. The server reports it to the client; the exact reason is in the security log of the server or DC that checked the credentials.</source>
        <translation>負責檢查認證的授權單位（DC，或本機帳戶的本機 SAM）拒絕了這些認證。同一個代碼涵蓋密碼錯誤、使用者不存在、帳戶已鎖定、停用或過期、密碼已過期或必須變更，以及帳戶不允許的登入類型或時間。伺服器會將它回報給用戶端；確切原因記錄在檢查認證之伺服器或 DC 的安全性記錄檔中。</translation>
    </message>
    <message>
        <source>Wrong or stale password, often a saved credential (Credential Manager, mapped drive, service, scheduled task, application pool) still using the old password after a change</source>
        <translation>密碼錯誤或已失效，通常是儲存的認證（認證管理員、對應的網路磁碟機、服務、排程工作、應用程式集區）在密碼變更後仍使用舊密碼</translation>
    </message>
    <message>
        <source>Account locked out, disabled or expired, or the password has expired or must be changed at next logon</source>
        <translation>帳戶已鎖定、停用或過期，或密碼已過期、下次登入時必須變更</translation>
    </message>
    <message>
        <source>The user lacks &apos;Access this computer from the network&apos; on the server, or is listed in &apos;Deny access to this computer from the network&apos;</source>
        <translation>使用者在該伺服器上沒有「從網路存取這台電腦」（Access this computer from the network）使用者權限，或被列在「拒絕從網路存取這台電腦」（Deny access to this computer from the network）中</translation>
    </message>
    <message>
        <source>NTLM level mismatch: the client sends LM or NTLMv1 while the server or DC accepts only NTLMv2 (LmCompatibilityLevel 5)</source>
        <translation>NTLM 層級不一致：用戶端送出 LM 或 NTLMv1，而伺服器或 DC 只接受 NTLMv2（LmCompatibilityLevel 5）</translation>
    </message>
    <message>
        <source>Account restrictions: logon hours, the &apos;Log On To&apos; workstation list, or an authentication policy that forbids this kind of logon</source>
        <translation>帳戶限制：登入時數、「登入到」（Log On To）工作站清單，或禁止此類登入的驗證原則</translation>
    </message>
    <message>
        <source>Read event 4625 on the server or DC; Sub Status 0xC000006A wrong password, 0xC0000064 no such user, 0xC0000234 locked out, 0xC0000072 disabled, 0xC0000071 password expired, 0xC000015B logon type not granted</source>
        <translation>在伺服器或 DC 上查看事件 4625 的「子狀態」（Sub Status）：0xC000006A 密碼錯誤、0xC0000064 無此使用者、0xC0000234 已鎖定、0xC0000072 已停用、0xC0000071 密碼已過期、0xC000015B 未授與該登入類型</translation>
    </message>
    <message>
        <source>For Kerberos, look for pre-authentication failures on the DC (event 4771, failure code 0x18 = wrong password)</source>
        <translation>對於 Kerberos，在 DC 上尋找預先驗證失敗（事件 4771，失敗碼 0x18 = 密碼錯誤）</translation>
    </message>
    <message>
        <source>Check the account&apos;s state in Active Directory</source>
        <translation>在 Active Directory 中檢查帳戶的狀態</translation>
    </message>
    <message>
        <source>List saved credentials on the client and remove stale ones</source>
        <translation>列出用戶端上儲存的認證，並移除過時的項目</translation>
    </message>
    <message>
        <source>Compare the NTLM compatibility level on client, server and DCs</source>
        <translation>比較用戶端、伺服器與 DC 上的 NTLM 相容性層級</translation>
    </message>
    <message>
        <source>LDAP binds report the same reasons as 80090308 with a data code</source>
        <translation>LDAP 繫結以 80090308 加上 data 代碼回報相同的原因</translation>
    </message>
    <message>
        <source>The credentials could not even be interpreted</source>
        <translation>甚至無法解讀這些認證</translation>
    </message>
    <message>
        <source>No DC could be reached, so nothing was checked</source>
        <translation>無法連線到任何 DC，因此沒有進行任何檢查</translation>
    </message>
    <message>
        <source>Kerberos failure that makes Negotiate fall back to NTLM</source>
        <translation>讓 Negotiate 退回使用 NTLM 的 Kerberos 失敗</translation>
    </message>
    <message>
        <source>The credentials given to the package cannot be used; most often a TLS certificate without a usable private key.</source>
        <translation>交給套件的認證無法使用；最常見的是 TLS 憑證沒有可用的私密金鑰。</translation>
    </message>
    <message>
        <source>The package could not make use of the credentials it was handed. With Schannel this nearly always means the certificate chosen for TLS has no private key the process can use; with Kerberos or NTLM it means explicit credentials in an unusable form or a logon session that no longer exists. It is reported locally when the credentials are acquired or first used, typically by a server service starting its TLS listener.</source>
        <translation>套件無法使用交給它的認證。使用 Schannel 時，這幾乎都表示為 TLS 選擇的憑證沒有處理序可用的私密金鑰；使用 Kerberos 或 NTLM 時，表示明確指定的認證格式無法使用，或登入工作階段已不存在。此錯誤在取得或第一次使用認證時於本機回報，通常是伺服器服務啟動其 TLS 接聽程式時。</translation>
    </message>
    <message>
        <source>The service account (IIS application pool, NETWORK SERVICE, SQL Server, WinRM or another service) has no Read permission on the certificate&apos;s private key</source>
        <translation>服務帳戶（IIS 應用程式集區、NETWORK SERVICE、SQL Server、WinRM 或其他服務）對憑證的私密金鑰沒有讀取權限</translation>
    </message>
    <message>
        <source>The certificate was imported without its private key (.cer instead of .pfx), or the key was lost when moving servers</source>
        <translation>匯入憑證時沒有包含私密金鑰（使用 .cer 而非 .pfx），或在搬移伺服器時遺失了金鑰</translation>
    </message>
    <message>
        <source>The key is in a storage provider the application cannot use, for example a CNG or TPM key for software that supports only legacy CryptoAPI keys</source>
        <translation>金鑰位於應用程式無法使用的儲存提供者中，例如只支援舊版 CryptoAPI 金鑰的軟體遇上 CNG 或 TPM 金鑰</translation>
    </message>
    <message>
        <source>The certificate is in another account&apos;s Current User store instead of Local Computer &gt; Personal</source>
        <translation>憑證位於另一個帳戶的「目前使用者」存放區，而不是「本機電腦 &gt; 個人」</translation>
    </message>
    <message>
        <source>Explicit credentials with an empty or malformed user or domain, or a logon session that has ended</source>
        <translation>明確指定的認證中，使用者或網域為空白或格式錯誤，或所屬的登入工作階段已結束</translation>
    </message>
    <message>
        <source>Grant the service account Read access to the private key (All Tasks &gt; Manage Private Keys)</source>
        <translation>授與服務帳戶私密金鑰的讀取權限（所有工作 &gt; 管理私密金鑰）</translation>
    </message>
    <message>
        <source>Compare the certificate hash bound in HTTP.sys with the certificate in the store</source>
        <translation>比較 HTTP.sys 中繫結的憑證雜湊與存放區中的憑證</translation>
    </message>
    <message>
        <source>Re-associate a private key that exists but is no longer linked to the certificate</source>
        <translation>重新關聯已存在、但不再連結到憑證的私密金鑰</translation>
    </message>
    <message>
        <source>Read Schannel event 36870 on the server, which reports private key access failures</source>
        <translation>查看伺服器上的 Schannel 事件 36870，它會回報私密金鑰存取失敗</translation>
    </message>
    <message>
        <source>No credentials were found at all</source>
        <translation>完全找不到認證</translation>
    </message>
    <message>
        <source>A less specific code often logged for the same key problems</source>
        <translation>同樣的金鑰問題常被記錄成的較不明確代碼</translation>
    </message>
    <message>
        <source>The peer could not process the certificate</source>
        <translation>對方無法處理該憑證</translation>
    </message>
    <message>
        <source>The credentials were understood but rejected</source>
        <translation>認證可以解讀，但遭到拒絕</translation>
    </message>
    <message>
        <source>No usable credentials exist for this request: no TGT, no default logon credentials, or no certificate.</source>
        <translation>此要求沒有可用的認證：沒有 TGT、沒有預設登入認證，或沒有憑證。</translation>
    </message>
    <message>
        <source>The package found nothing to authenticate with in the caller&apos;s logon session: no Kerberos ticket-granting ticket, no default credentials that may be used on the network, or, with Schannel, no certificate. It is reported by the side that tried to build a token, usually a client or a middle-tier server acting for a user. In IIS logs the value 2148074254 (0x8009030E) on an intermediate 401 is normal and matters only if the logon never completes.</source>
        <translation>套件在呼叫端的登入工作階段中找不到可用來驗證的東西：沒有 Kerberos 票證授權票證、沒有可在網路上使用的預設認證，或（使用 Schannel 時）沒有憑證。此錯誤由嘗試建立權杖的一方回報，通常是用戶端，或代表使用者執行的中介層伺服器。在 IIS 記錄中，中間的 401 回應帶有 2148074254（0x8009030E）是正常的，只有登入始終沒有完成時才需要注意。</translation>
    </message>
    <message>
        <source>Double hop: a web or application server tries to reach a second server as the user, but the user logged on with NTLM or the server is not trusted for delegation</source>
        <translation>雙躍點：Web 或應用程式伺服器嘗試以使用者身分連線到第二部伺服器，但使用者是以 NTLM 登入，或該伺服器未設定為信任委派</translation>
    </message>
    <message>
        <source>The process runs as LOCAL SERVICE or a local account without a network identity, or in a session without network credentials</source>
        <translation>處理序以 LOCAL SERVICE 或沒有網路身分的本機帳戶執行，或位於沒有網路認證的工作階段中</translation>
    </message>
    <message>
        <source>Kerberos-only request while the session has no TGT: a cached logon with no DC reachable, or a local account on a domain member</source>
        <translation>只能使用 Kerberos 的要求，但工作階段沒有 TGT：無法連線到 DC 時的快取登入，或網域成員上的本機帳戶</translation>
    </message>
    <message>
        <source>Schannel: no certificate configured for the server listener, or the client has none when one is required</source>
        <translation>Schannel：伺服器接聽程式沒有設定憑證，或需要用戶端憑證時用戶端沒有</translation>
    </message>
    <message>
        <source>CredSSP/RDP: policy does not allow delegating default or saved credentials to this server</source>
        <translation>CredSSP/RDP：原則不允許將預設或儲存的認證委派給此伺服器</translation>
    </message>
    <message>
        <source>Check the Kerberos tickets of the calling session</source>
        <translation>檢查呼叫端工作階段的 Kerberos 票證</translation>
    </message>
    <message>
        <source>For double-hop scenarios, check the middle server&apos;s delegation settings</source>
        <translation>對於雙躍點情境，檢查中介伺服器的委派設定</translation>
    </message>
    <message>
        <source>Check which account the failing service runs as</source>
        <translation>檢查失敗的服務以哪個帳戶執行</translation>
    </message>
    <message>
        <source>For TLS listeners, confirm that a certificate is bound to the port</source>
        <translation>對於 TLS 接聽程式，確認有憑證繫結到該連接埠</translation>
    </message>
    <message>
        <source>For RDP or CredSSP, review the Credentials Delegation policies applied to the client</source>
        <translation>對於 RDP 或 CredSSP，檢查套用到用戶端的「認證委派」原則</translation>
    </message>
    <message>
        <source>Credentials were found but cannot be used</source>
        <translation>找到了認證，但無法使用</translation>
    </message>
    <message>
        <source>Schannel client asked for a certificate it does not have yet</source>
        <translation>Schannel 用戶端被要求提供它還沒有的憑證</translation>
    </message>
    <message>
        <source>No DC was reachable to issue a ticket</source>
        <translation>無法連線到可核發票證的 DC</translation>
    </message>
    <message>
        <source>CredSSP policy forbids delegating the credentials</source>
        <translation>CredSSP 原則禁止委派這些認證</translation>
    </message>
    <message>
        <source>A signed or encrypted message failed its integrity check: it changed in transit or the keys do not match.</source>
        <translation>已簽署或加密的訊息未通過完整性檢查：它在傳輸中被更改，或雙方的金鑰不一致。</translation>
    </message>
    <message>
        <source>After the handshake, every signed or sealed message carries a checksum made with the session key. This code means the receiver&apos;s check failed: the bytes changed on the way, or the two sides derived different keys. It is reported by the receiving side (DecryptMessage or VerifySignature) and points to a device in the path, a faulty network stack, or an interoperability bug.</source>
        <translation>交握完成後，每則已簽署或已密封的訊息都帶有以工作階段金鑰計算的總和檢查碼。此代碼表示接收端的檢查失敗：位元組在途中被改變，或雙方推導出不同的金鑰。此錯誤由接收端（DecryptMessage 或 VerifySignature）回報，指向路徑上的裝置、有問題的網路堆疊，或互通性錯誤。</translation>
    </message>
    <message>
        <source>A device in the path rewrites traffic after it was protected: WAN optimiser, IPS, TLS-inspection proxy or NAT helper</source>
        <translation>路徑上的裝置在流量受保護之後又改寫了它：WAN 最佳化裝置、IPS、TLS 檢查 Proxy 或 NAT 輔助程式</translation>
    </message>
    <message>
        <source>Data corruption by a faulty NIC, driver or offload feature</source>
        <translation>有問題的網路卡、驅動程式或卸載功能造成資料損毀</translation>
    </message>
    <message>
        <source>A third-party or open-source implementation (Samba, Java, Python or Go libraries) computing signatures or seals differently from Windows</source>
        <translation>協力廠商或開放原始碼實作（Samba、Java、Python 或 Go 程式庫）計算簽章或密封的方式與 Windows 不同</translation>
    </message>
    <message>
        <source>Application bug: decrypting the same buffer twice, a wrong buffer layout, or messages of two contexts mixed up</source>
        <translation>應用程式錯誤：同一個緩衝區解密兩次、緩衝區結構錯誤，或混用了兩個安全性內容的訊息</translation>
    </message>
    <message>
        <source>Digest with qop=auth-int: a proxy changed the body (compression, re-encoding) after the digest was computed</source>
        <translation>Digest 使用 qop=auth-int 時：Proxy 在摘要計算完成後變更了內文（壓縮、重新編碼）</translation>
    </message>
    <message>
        <source>Capture at both ends at the same time and compare the payloads</source>
        <translation>同時在兩端擷取網路流量，並比較承載資料</translation>
    </message>
    <message>
        <source>Bypass WAN optimisation or TLS inspection for the two hosts for a test</source>
        <translation>暫時讓這兩部主機略過 WAN 最佳化或 TLS 檢查，進行測試</translation>
    </message>
    <message>
        <source>Review the NIC offload settings and driver versions on both hosts</source>
        <translation>檢查兩部主機的網路卡卸載設定與驅動程式版本</translation>
    </message>
    <message>
        <source>Check the NTLM minimum session security settings on both sides</source>
        <translation>檢查雙方的 NTLM 最小工作階段安全性設定</translation>
    </message>
    <message>
        <source>The message was intact but arrived in the wrong order</source>
        <translation>訊息完整無誤，但到達的順序錯誤</translation>
    </message>
    <message>
        <source>The message could not be decrypted at all</source>
        <translation>完全無法解密該訊息</translation>
    </message>
    <message>
        <source>Channel binding mismatch, another sign of a device in the middle</source>
        <translation>通道繫結不一致，這是中間有裝置的另一個跡象</translation>
    </message>
    <message>
        <source>The requested per-message protection is not available</source>
        <translation>無法使用所要求的個別訊息保護</translation>
    </message>
    <message>
        <source>A protected message arrived with an unexpected sequence number: lost, repeated, reordered or replayed.</source>
        <translation>受保護的訊息帶著非預期的序號到達：遺失、重複、順序錯亂或遭到重送。</translation>
    </message>
    <message>
        <source>When sequence detection is on, each signed or sealed message carries a number the receiver expects to grow by one. This code means the number did not match: a message was lost, duplicated, reordered or replayed, or the two sides&apos; counters drifted apart. It is reported by the receiving side and usually points at how the application shares one context across threads or connections.</source>
        <translation>啟用序列偵測時，每則已簽署或已密封的訊息都帶有一個編號，接收端預期它逐一遞增。此代碼表示編號不符：訊息遺失、重複、順序錯亂或遭到重送，或雙方的計數器已經不同步。此錯誤由接收端回報，通常指向應用程式在多個執行緒或連線之間共用同一個安全性內容的方式。</translation>
    </message>
    <message>
        <source>Several threads sign or seal messages on one security context at the same time, so numbers are used in a different order than the messages are sent (shared LDAP or RPC connections with signing)</source>
        <translation>多個執行緒同時在同一個安全性內容上簽署或密封訊息，導致編號的使用順序與訊息送出的順序不同（啟用簽署的共用 LDAP 或 RPC 連線）</translation>
    </message>
    <message>
        <source>The application retries a request on the same context after a timeout, so the receiver sees a duplicate or a gap</source>
        <translation>應用程式在逾時後於同一個安全性內容上重試要求，使接收端看到重複或缺漏</translation>
    </message>
    <message>
        <source>A proxy or load balancer multiplexes several clients onto one back-end connection and mixes their contexts</source>
        <translation>Proxy 或負載平衡器將多個用戶端多工處理到同一條後端連線，混用了它們的安全性內容</translation>
    </message>
    <message>
        <source>A replayed message, from an attack or a test tool resending captured traffic: detection working as designed</source>
        <translation>重送的訊息，可能來自攻擊，或來自重新傳送擷取流量的測試工具：偵測機制正常運作</translation>
    </message>
    <message>
        <source>Check whether the failures follow load or parallel requests over one connection</source>
        <translation>檢查失敗是否與負載或同一條連線上的平行要求有關</translation>
    </message>
    <message>
        <source>Test with connection pooling or multiplexing disabled on the client or load balancer</source>
        <translation>在用戶端或負載平衡器上停用連線集區或多工處理後再測試</translation>
    </message>
    <message>
        <source>Developers: serialise message signing and sealing per context, or use one context per connection</source>
        <translation>開發人員：同一個安全性內容上的訊息簽署與密封請依序執行（不要並行），或每條連線各用一個安全性內容</translation>
    </message>
    <message>
        <source>The message content itself failed the integrity check</source>
        <translation>訊息內容本身未通過完整性檢查</translation>
    </message>
    <message>
        <source>Schannel: a record is only partly received, not out of order</source>
        <translation>Schannel：TLS 記錄只收到一部分，而不是順序錯誤</translation>
    </message>
    <message>
        <source>No domain controller or KDC could be reached to check the credentials.</source>
        <translation>無法連線到任何網域控制站或 KDC 來檢查認證。</translation>
    </message>
    <message>
        <source>The package needed a domain controller, as KDC for Kerberos or for NTLM pass-through, and could not find or reach one, or the trust path to the user&apos;s domain failed. It is reported on the client for Kerberos and on the server for NTLM pass-through; WinRM, SQL Server (&apos;SSPI handshake failed with error code 0x80090311&apos;) and RDP show it often. The credentials themselves were never checked.</source>
        <translation>套件需要網域控制站（作為 Kerberos 的 KDC，或用於 NTLM 傳遞驗證），卻找不到或無法連線，或通往使用者網域的信任路徑失敗。Kerberos 的情況回報於用戶端，NTLM 傳遞驗證的情況回報於伺服器；WinRM、SQL Server（「SSPI handshake failed with error code 0x80090311」，即 SSPI 交握失敗）與 RDP 常會出現。認證本身從未被檢查。</translation>
    </message>
    <message>
        <source>Client DNS points to a non-AD resolver (router, public DNS), so the DC locator cannot find the _kerberos and _ldap SRV records</source>
        <translation>用戶端 DNS 指向非 AD 的解析程式（路由器、公用 DNS），使 DC 定位器找不到 _kerberos 與 _ldap SRV 記錄</translation>
    </message>
    <message>
        <source>A firewall, VPN or site design blocks Kerberos (TCP/UDP 88), LDAP (389) or RPC to every DC</source>
        <translation>防火牆、VPN 或 AD 站台設計封鎖了通往所有 DC 的 Kerberos（TCP/UDP 88）、LDAP（389）或 RPC</translation>
    </message>
    <message>
        <source>The client is not domain-joined or uses a local account, or the user&apos;s domain has no trust to the target&apos;s forest, while Kerberos is required</source>
        <translation>用戶端未加入網域或使用本機帳戶，或使用者網域與目標樹系之間沒有信任關係，卻又必須使用 Kerberos</translation>
    </message>
    <message>
        <source>The server&apos;s secure channel is broken or the trust to the user&apos;s domain failed, so NTLM pass-through cannot reach a DC</source>
        <translation>伺服器的安全通道已損壞，或與使用者網域的信任關係失敗，使 NTLM 傳遞驗證無法連線到 DC</translation>
    </message>
    <message>
        <source>Netlogon is stopped on the server, or every DC of the user&apos;s domain is down</source>
        <translation>伺服器上的 Netlogon 已停止，或使用者網域的所有 DC 都已停止運作</translation>
    </message>
    <message>
        <source>Check that the Kerberos SRV records resolve</source>
        <translation>確認 Kerberos SRV 記錄可以解析</translation>
    </message>
    <message>
        <source>Test the Kerberos port on a DC</source>
        <translation>測試 DC 上的 Kerberos 連接埠</translation>
    </message>
    <message>
        <source>Verify the server&apos;s secure channel to its domain</source>
        <translation>驗證伺服器與其網域之間的安全通道</translation>
    </message>
    <message>
        <source>Check which DNS servers the machine uses</source>
        <translation>檢查這部電腦使用的 DNS 伺服器</translation>
    </message>
    <message>
        <source>Interactive logons fall back to cached credentials in the same situation</source>
        <translation>在相同情況下，互動式登入會退回使用快取的認證</translation>
    </message>
    <message>
        <source>The KDC answered but did not know the target</source>
        <translation>KDC 有回應，但不認得該目標</translation>
    </message>
    <message>
        <source>No ticket could be obtained, so no credentials are available</source>
        <translation>無法取得票證，因此沒有可用的認證</translation>
    </message>
    <message>
        <source>The KDC could not refer the request to the user&apos;s or target&apos;s realm</source>
        <translation>KDC 無法將要求轉介到使用者或目標的領域</translation>
    </message>
    <message>
        <source>Callers pass requirement flags when they build a context (mutual authentication, delegation, integrity, confidentiality), and this code means the package could not meet them or rejected the requested combination. It is uncommon: it is documented mainly for the Digest package on the server side; with other packages, applications usually complete the context and then judge the returned attributes themselves, so the code mostly comes from custom or third-party software. The practical question is which package was really used and whether it can provide what was asked for.</source>
        <translation>呼叫端建立安全性內容時會傳入需求旗標（相互驗證、委派、完整性、機密性），此代碼表示安全性套件無法滿足這些需求，或拒絕所要求的組合。它並不常見：主要記載於伺服器端的 Digest 套件；使用其他套件時，應用程式通常會先完成安全性內容，再自行判斷傳回的屬性，因此此代碼多半來自自訂或協力廠商軟體。實際要釐清的是：究竟使用了哪個套件，以及它能否提供所要求的功能。</translation>
    </message>
    <message>
        <source>NTSTATUS form seen in LSA traces; LDAP bind errors show the SEC_E value instead (data 80090346).</source>
        <translation>在 LSA 追蹤中看到的 NTSTATUS 形式；LDAP 繫結錯誤顯示的則是 SEC_E 值（data 80090346）。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n codes match &quot;%1&quot;:</source>
        <translation>
            <numerusform>有 %n 個狀態碼符合「%1」：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codes</source>
        <translation>
            <numerusform>%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>這是目錄</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation>帶正負號 %1</translation>
    </message>
    <message>
        <source>unsigned %1</source>
        <translation>不帶正負號 %1</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>別名：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>嚴重性：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>類別：</translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation>安全性套件：</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>意義：</translation>
    </message>
    <message>
        <source>Windows message:</source>
        <translation>Windows 訊息：</translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation>說明：</translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation>可能原因：</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>後續步驟：</translation>
    </message>
    <message>
        <source>Related:</source>
        <translation>相關狀態碼：</translation>
    </message>
    <message>
        <source>unknown SSPI code</source>
        <translation>未知的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>not an SSPI status code</source>
        <translation>不是 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>no SSPI status code matches this value, symbol or text</source>
        <translation>沒有符合此值、符號或文字的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>unsupported language &apos;%1&apos; (use en or zh_TW)</source>
        <translation>不支援的語言「%1」（請使用 en 或 zh_TW）</translation>
    </message>
    <message>
        <source>--format needs a value: text, json or csv</source>
        <translation>--format 需要一個值：text、json 或 csv</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json or csv)</source>
        <translation>未知的格式「%1」（請使用 text、json 或 csv）</translation>
    </message>
    <message>
        <source>--lang needs a value: en or zh_TW</source>
        <translation>--lang 需要一個值：en 或 zh_TW</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see sspilens-cli --help)</source>
        <translation>未知的選項「%1」（請參閱 sspilens-cli --help）</translation>
    </message>
    <message>
        <source>missing command: lookup, decode or list (see sspilens-cli --help)</source>
        <translation>缺少命令：lookup、decode 或 list（請參閱 sspilens-cli --help）</translation>
    </message>
    <message>
        <source>lookup needs at least one code, symbol or text</source>
        <translation>lookup 至少需要一個狀態碼、符號或文字</translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation>list 不接受引數</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (use lookup, decode or list)</source>
        <translation>未知的命令「%1」（請使用 lookup、decode 或 list）</translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation>檔案名稱是空的</translation>
    </message>
    <message>
        <source>reading the log from the terminal; end it with Ctrl+D</source>
        <translation>正在從終端機讀取記錄；按 Ctrl+D 結束輸入</translation>
    </message>
    <message>
        <source>skipped %1: binary data, not a text log</source>
        <translation>已略過 %1：這是二進位資料，不是文字記錄</translation>
    </message>
    <message>
        <source>warning: %1 is not valid %2 text; the invalid bytes were replaced</source>
        <translation>警告：%1 不是有效的 %2 文字；已取代無效的位元組</translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1…（%n 個字元）</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input (-) can be read only once</source>
        <translation>標準輸入（-）只能讀取一次</translation>
    </message>
    <message>
        <source>Usage: sspilens-cli COMMAND [OPTIONS] [ARGUMENTS]

Find and explain SSPI status codes (SEC_E_*, SEC_I_*) in Windows authentication logs.

Commands:
  lookup TOKEN...|-      explain codes given as hex (0x80090325, 80090325,
                         0xFFFFFFFF80090325), decimal (-2146893019, 2148074277),
                         symbol (SEC_E_UNTRUSTED_ROOT, =SEC_E_UNTRUSTED_ROOT for an
                         exact name), Windows message text or a word to search for;
                         - reads the tokens from standard input, one a line
  decode [FILE...|-]     find every code in logs (standard input when no FILE or -);
                         UTF-8 and UTF-16 are detected, binary files are skipped
  list                   print the whole catalog

Options:
  --format text|json|csv  output format (default: text)
  --encoding NAME         decode: read every input as NAME instead of detecting it:
                          UTF-8, UTF-16LE, UTF-16BE, Big5 (cp950), GBK (cp936),
                          Shift_JIS (cp932), windows-1252 or another name Qt knows
  --lang en|zh_TW         language of the explanations (default: from the locale)
  -h, --help              show this help and exit
  -V, --version           show the version and exit

Exit status: 0 success, 1 something to look up was not found, 2 usage error,
3 some file could not be read or was skipped (the others are still decoded),
4 the output could not be written (a full disk, for example).

Examples:
  sspilens-cli lookup -2146893019      negative values are values, not options
  sspilens-cli decode --format json app.log
  journalctl -u myservice | sspilens-cli decode
</source>
        <translation>用法：sspilens-cli COMMAND [OPTIONS] [ARGUMENTS]

在 Windows 驗證記錄中找出並說明 SSPI 狀態碼（SEC_E_*、SEC_I_*）。

命令：
  lookup TOKEN...|-      說明指定的狀態碼：十六進位（0x80090325、80090325、
                         0xFFFFFFFF80090325）、十進位（-2146893019、
                         2148074277）、符號（SEC_E_UNTRUSTED_ROOT；
                         =SEC_E_UNTRUSTED_ROOT 表示完全相符）、Windows 訊息文字
                         或要搜尋的字詞；指定 - 時從標準輸入讀取，每行一個
  decode [FILE...|-]     找出記錄中的所有狀態碼（未指定 FILE 或指定 - 時讀取
                         標準輸入）；自動偵測 UTF-8 與 UTF-16，略過二進位檔案
  list                   列出整個狀態碼目錄

選項：
  --format text|json|csv  輸出格式（預設：text）
  --encoding NAME         decode：以 NAME 編碼讀取所有輸入，而不自動偵測：
                          UTF-8、UTF-16LE、UTF-16BE、Big5 (cp950)、GBK (cp936)、
                          Shift_JIS (cp932)、windows-1252 或 Qt 認得的其他名稱
  --lang en|zh_TW         說明文字的語言（預設：依系統地區設定）
  -h, --help              顯示此說明並結束
  -V, --version           顯示版本並結束

結束代碼：0 成功，1 找不到要查詢的項目，2 用法錯誤，
3 有檔案無法讀取或已略過（其他檔案仍會解碼），
4 無法寫出輸出（例如磁碟已滿）。

範例：
  sspilens-cli lookup -2146893019      負數是值，不是選項
  sspilens-cli decode --format json app.log
  journalctl -u myservice | sspilens-cli decode
</translation>
    </message>
    <message>
        <source>--encoding needs a value: %1</source>
        <translation>--encoding 需要一個值：%1</translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (use %2)</source>
        <translation>未知的編碼「%1」（請使用 %2）</translation>
    </message>
    <message>
        <source>--encoding applies to decode only</source>
        <translation>--encoding 只適用於 decode</translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation>無法寫出輸出：%1</translation>
    </message>
</context>
<context>
    <name>CodeBrowser</name>
    <message>
        <source>Search: 0x80090308, -2146893048, wrong principal, SEC_E_…</source>
        <translation>搜尋：0x80090308、-2146893048、wrong principal、主體、SEC_E_…</translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation>搜尋狀態碼</translation>
    </message>
    <message>
        <source>Matches the value in hex or decimal, the symbol in any case, aliases and words of the meaning</source>
        <translation>比對十六進位或十進位的值、不分大小寫的符號、別名，以及意義中的字詞</translation>
    </message>
    <message>
        <source>Type a value (hex, with or without 0x, or decimal), a symbol or words of the meaning.
Ctrl+F focuses the box, Esc clears it.</source>
        <translation>輸入值（十六進位，可加或不加 0x，或十進位）、符號或意義中的字詞。
按 Ctrl+F 可移至此方塊，按 Esc 可清除內容。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Security package</source>
        <translation>安全性套件</translation>
    </message>
    <message>
        <source>Severity filters</source>
        <translation>嚴重性篩選</translation>
    </message>
    <message>
        <source>Category filters</source>
        <translation>類別篩選</translation>
    </message>
    <message>
        <source>Security package filters</source>
        <translation>安全性套件篩選</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n code(s)</source>
        <translation>
            <numerusform>%1，%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除篩選</translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation>狀態碼</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected codes as “SYMBOL (0x...): meaning” lines</source>
        <translation>將選取的狀態碼複製為「SYMBOL (0x...): 意義」格式的行</translation>
    </message>
    <message>
        <source>Copy &amp;symbol</source>
        <translation>複製符號(&amp;S)</translation>
    </message>
    <message>
        <source>Copy &amp;hex value</source>
        <translation>複製十六進位值(&amp;H)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>複製為 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the code library</source>
        <translation>搜尋狀態碼庫</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>清除篩選(&amp;L)</translation>
    </message>
    <message>
        <source>Show codes of every severity, category and package</source>
        <translation>顯示所有嚴重性、類別與安全性套件的狀態碼</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 codes</source>
        <translation>
            <numerusform>%n 個狀態碼（共 %1 個）</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has all of the selected filters</source>
        <translation>沒有狀態碼符合所有選取的篩選條件</translation>
    </message>
    <message>
        <source>Each group narrows the list: a code must match one ticked box in every group.</source>
        <translation>每個群組都會縮小清單範圍：狀態碼必須符合每個群組中至少一個已勾選的項目。</translation>
    </message>
    <message>
        <source>No code matches “%1” with the selected filters</source>
        <translation>在選取的篩選條件下，沒有符合「%1」的狀態碼</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match without the filters.</source>
        <translation>
            <numerusform>若不套用篩選，有 %n 個狀態碼符合。</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”</source>
        <translation>沒有符合「%1」的狀態碼</translation>
    </message>
    <message>
        <source>%1 lies in the SSPI block of the security facility, but Windows defines no status code with this value.</source>
        <translation>%1 位於安全性設施的 SSPI 區塊內，但 Windows 並未以此值定義任何狀態碼。</translation>
    </message>
    <message>
        <source>Try a value (0x80090308, 80090308, -2146893048), a symbol (SEC_E_WRONG_PRINCIPAL, wrong principal) or words of the meaning.</source>
        <translation>請嘗試輸入值（0x80090308、80090308、-2146893048）、符號（SEC_E_WRONG_PRINCIPAL、wrong principal）或意義中的字詞（例如「主體」）。</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n code(s)</source>
        <translation>
            <numerusform>已複製 %n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n code(s) as Markdown</source>
        <translation>
            <numerusform>已將 %n 個狀態碼複製為 Markdown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeDetailView</name>
    <message>
        <source>Select a code to see what it means and what to do next.</source>
        <translation>選取狀態碼，即可查看其意義與後續處理步驟。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>Signed decimal</source>
        <translation>帶正負號的十進位</translation>
    </message>
    <message>
        <source>Unsigned decimal</source>
        <translation>不帶正負號的十進位</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy hexadecimal value</source>
        <translation>複製十六進位值</translation>
    </message>
    <message>
        <source>Copy signed decimal value</source>
        <translation>複製帶正負號的十進位值</translation>
    </message>
    <message>
        <source>Copy unsigned decimal value</source>
        <translation>複製不帶正負號的十進位值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>Windows message</source>
        <translation>Windows 訊息</translation>
    </message>
    <message>
        <source>The text Windows prints for this code (FormatMessage), verbatim</source>
        <translation>Windows 針對此狀態碼顯示的文字（FormatMessage），逐字照錄</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation>相關狀態碼</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SSPI status codes (Microsoft Learn)</source>
        <translation>SSPI 狀態碼（Microsoft Learn）</translation>
    </message>
    <message>
        <source>Code details</source>
        <translation>狀態碼詳細資料</translation>
    </message>
    <message>
        <source>Also defined as %1</source>
        <translation>也定義為 %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Security packages: %1</source>
        <translation>安全性套件：%1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>複製 %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>複製命令</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation>複製命令：%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已複製 %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
    <message>
        <source>Copy symbol</source>
        <translation>複製符號</translation>
    </message>
</context>
<context>
    <name>CodeTableModel</name>
    <message>
        <source>%1
Signed decimal: %2
Unsigned decimal: %3</source>
        <translation>%1
帶正負號的十進位：%2
不帶正負號的十進位：%3</translation>
    </message>
    <message>
        <source>%1
Also defined as: %2</source>
        <translation>%1
也定義為：%2</translation>
    </message>
    <message>
        <source>%1, decimal %2</source>
        <translation>%1，十進位 %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>嚴重性</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>The 32-bit status value in hexadecimal</source>
        <translation>以十六進位表示的 32 位元狀態值</translation>
    </message>
    <message>
        <source>The macro name from winerror.h</source>
        <translation>winerror.h 中的巨集名稱</translation>
    </message>
    <message>
        <source>Severity as the code itself states it</source>
        <translation>狀態碼本身所標示的嚴重性</translation>
    </message>
    <message>
        <source>What area of authentication the code belongs to</source>
        <translation>狀態碼屬於驗證的哪個部分</translation>
    </message>
    <message>
        <source>What the code means, in one line</source>
        <translation>以一行文字說明狀態碼的意義</translation>
    </message>
    <message>
        <source>- **Also defined as:** %1</source>
        <translation>- **也定義為：** %1</translation>
    </message>
    <message>
        <source>- **Value:** `%1` (signed `%2`, unsigned `%3`)</source>
        <translation>- **值：** `%1`（帶正負號 `%2`，不帶正負號 `%3`）</translation>
    </message>
    <message>
        <source>- **Severity:** %1</source>
        <translation>- **嚴重性：** %1</translation>
    </message>
    <message>
        <source>- **Category:** %1</source>
        <translation>- **類別：** %1</translation>
    </message>
    <message>
        <source>- **Security packages:** %1</source>
        <translation>- **安全性套件：** %1</translation>
    </message>
    <message>
        <source>- **Windows message:** &quot;%1&quot;</source>
        <translation>- **Windows 訊息：** 「%1」</translation>
    </message>
    <message>
        <source>**Meaning:** %1</source>
        <translation>**意義：** %1</translation>
    </message>
    <message>
        <source>**Likely causes**</source>
        <translation>**可能原因**</translation>
    </message>
    <message>
        <source>**Next steps**</source>
        <translation>**後續步驟**</translation>
    </message>
    <message>
        <source>**Related codes**</source>
        <translation>**相關狀態碼**</translation>
    </message>
    <message>
        <source>- `%1` (%2): %3</source>
        <translation>- `%1`（%2）：%3</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Unknown SSPI code</source>
        <translation>未知的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>A value in the SSPI block of the security facility that no winerror.h macro names.</source>
        <translation>位於安全性設施的 SSPI 區塊內，但 winerror.h 中沒有任何巨集使用此值。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行號</translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation>相符的文字</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>Line of the log where the code appears</source>
        <translation>狀態碼在記錄中出現的行</translation>
    </message>
    <message>
        <source>The text as written in the log</source>
        <translation>記錄中的原始文字</translation>
    </message>
    <message>
        <source>How the code was written: hexadecimal, decimal, symbol or Windows message</source>
        <translation>狀態碼的書寫形式：十六進位、十進位、符號或 Windows 訊息</translation>
    </message>
    <message>
        <source>The winerror.h macro name</source>
        <translation>winerror.h 巨集名稱</translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation>狀態碼的意義</translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>&lt;p&gt;SSPI Lens looks for status codes written as:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;hexadecimal: &lt;code&gt;0x80090325&lt;/code&gt;, &lt;code&gt;80090308&lt;/code&gt;, &lt;code&gt;0xFFFFFFFF80090326&lt;/code&gt;, &lt;code&gt;0x8009030e/-2146893042&lt;/code&gt;&lt;/li&gt;&lt;li&gt;decimal, signed or unsigned: &lt;code&gt;-2146893019&lt;/code&gt;, &lt;code&gt;2148074254&lt;/code&gt;&lt;/li&gt;&lt;li&gt;symbols: &lt;code&gt;SEC_E_WRONG_PRINCIPAL&lt;/code&gt;, &lt;code&gt;SEC_I_CONTINUE_NEEDED&lt;/code&gt;&lt;/li&gt;&lt;li&gt;the Windows message text: “The target principal name is incorrect.”&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Other HRESULTs (&lt;code&gt;0x80070005&lt;/code&gt;), NTSTATUS values, GUIDs and LDAP &lt;code&gt;DSID-…&lt;/code&gt; numbers are not SSPI codes and are left alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;SSPI Lens 會尋找以下列形式寫出的狀態碼：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;十六進位：&lt;code&gt;0x80090325&lt;/code&gt;、&lt;code&gt;80090308&lt;/code&gt;、&lt;code&gt;0xFFFFFFFF80090326&lt;/code&gt;、&lt;code&gt;0x8009030e/-2146893042&lt;/code&gt;&lt;/li&gt;&lt;li&gt;十進位（帶正負號或不帶正負號）：&lt;code&gt;-2146893019&lt;/code&gt;、&lt;code&gt;2148074254&lt;/code&gt;&lt;/li&gt;&lt;li&gt;符號：&lt;code&gt;SEC_E_WRONG_PRINCIPAL&lt;/code&gt;、&lt;code&gt;SEC_I_CONTINUE_NEEDED&lt;/code&gt;&lt;/li&gt;&lt;li&gt;Windows 訊息的英文原文：「The target principal name is incorrect.」（目標主體名稱不正確）&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;其他 HRESULT（&lt;code&gt;0x80070005&lt;/code&gt;）、NTSTATUS 值、GUID 與 LDAP &lt;code&gt;DSID-…&lt;/code&gt; 編號都不是 SSPI 狀態碼，會略過不處理。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在讀取…</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在掃描…</translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation>開啟記錄(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a log file (it is only read, never changed)</source>
        <translation>開啟記錄檔（只會讀取，絕不變更）</translation>
    </message>
    <message>
        <source>Open &amp;Recent Log</source>
        <translation>開啟最近的記錄(&amp;R)</translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation>以其他編碼重新開啟(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export Findings</source>
        <translation>匯出發現項目(&amp;E)</translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation>CSV 格式(&amp;C)…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>JSON 格式(&amp;J)…</translation>
    </message>
    <message>
        <source>As Markdown &amp;Report…</source>
        <translation>Markdown 報告(&amp;R)…</translation>
    </message>
    <message>
        <source>A report for a ticket: each code&apos;s meaning, likely causes, next steps and lines</source>
        <translation>可附加到支援案件的報告：包含每個狀態碼的意義、可能原因、後續步驟與所在行</translation>
    </message>
    <message>
        <source>&amp;Paste and Decode</source>
        <translation>貼上並解碼(&amp;P)</translation>
    </message>
    <message>
        <source>Replace the text with the clipboard and find the codes in it</source>
        <translation>以剪貼簿的內容取代文字，並找出其中的狀態碼</translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation>下一個發現項目(&amp;N)</translation>
    </message>
    <message>
        <source>Pre&amp;vious Finding</source>
        <translation>上一個發現項目(&amp;V)</translation>
    </message>
    <message>
        <source>Copy &amp;Summary as Markdown</source>
        <translation>將摘要複製為 Markdown(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;Sample Log</source>
        <translation>顯示範例記錄(&amp;S)</translation>
    </message>
    <message>
        <source>Open a sample log that shows every form of code SSPI Lens finds</source>
        <translation>開啟範例記錄，其中包含 SSPI Lens 能找出的每種狀態碼形式</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>關閉說明</translation>
    </message>
    <message>
        <source>Paste a log to find and explain its SSPI codes</source>
        <translation>貼上記錄，找出並說明其中的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+V&lt;/b&gt; here, drop a file on this window or open one. Every SSPI status code in the text is highlighted and explained, and listed below with a summary you can paste into a ticket.&lt;/p&gt;</source>
        <translation>&lt;p&gt;在這裡按 &lt;b&gt;Ctrl+V&lt;/b&gt;、將檔案拖放到此視窗，或開啟檔案。文字中的每個 SSPI 狀態碼都會醒目提示並加以說明，同時列在下方，並附上可貼到支援案件中的摘要。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Paste and Decode</source>
        <translation>貼上並解碼</translation>
    </message>
    <message>
        <source>Open Log…</source>
        <translation>開啟記錄…</translation>
    </message>
    <message>
        <source>Try the Sample Log</source>
        <translation>試用範例記錄</translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most the log decoder opens. Decode it on the command line instead: sspilens-cli decode &quot;%3&quot;</source>
        <translation>「%1」大於記錄解碼器可開啟的上限 %2。請改在命令列上解碼：sspilens-cli decode &quot;%3&quot;</translation>
    </message>
    <message>
        <source>“%1” is too large for the log decoder</source>
        <translation>「%1」太大，記錄解碼器無法開啟</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>無法開啟「%1」：%2</translation>
    </message>
    <message>
        <source>“%1” does not look like a text log: it contains binary data. Nothing was opened; the text shown is unchanged.</source>
        <translation>「%1」看起來不是文字記錄：其中包含二進位資料。未開啟任何內容；顯示的文字維持不變。</translation>
    </message>
    <message>
        <source>Some bytes in “%1” are not valid %2 and are shown as �. A log written by a console in another language needs its encoding: File &gt; Reopen with Encoding.</source>
        <translation>「%1」中有些位元組不是有效的 %2，因此顯示為 �。由其他語言的主控台寫入的記錄需要指定其編碼：「檔案 &gt; 以其他編碼重新開啟」。</translation>
    </message>
    <message>
        <source>Reopen as %1</source>
        <translation>以 %1 重新開啟</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已開啟 %1</translation>
    </message>
    <message>
        <source>The clipboard holds no text to decode</source>
        <translation>剪貼簿中沒有可解碼的文字</translation>
    </message>
    <message>
        <source>Decoded the text from the clipboard</source>
        <translation>已解碼剪貼簿中的文字</translation>
    </message>
    <message>
        <source>Showing the sample log</source>
        <translation>正在顯示範例記錄</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在開啟「%1」…</translation>
    </message>
    <message>
        <source>Decoding the pasted text…</source>
        <translation>正在解碼貼上的文字…</translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled; the text shown is unchanged.</source>
        <translation>已取消開啟「%1」；顯示的文字維持不變。</translation>
    </message>
    <message>
        <source>Decoding was cancelled; the text shown is unchanged.</source>
        <translation>已取消解碼；顯示的文字維持不變。</translation>
    </message>
    <message>
        <source>The scan was cancelled; the findings may be out of date.</source>
        <translation>已取消掃描；發現項目可能不是最新的。</translation>
    </message>
    <message>
        <source>“%1” is too large for the log decoder. Decode it on the command line instead: sspilens-cli decode &quot;%2&quot;</source>
        <translation>「%1」太大，記錄解碼器無法開啟。請改在命令列上解碼：sspilens-cli decode &quot;%2&quot;</translation>
    </message>
    <message>
        <source>This log is large, so it opened read-only: every edit would mean scanning it again.</source>
        <translation>此記錄很大，因此以唯讀方式開啟：每次編輯都必須重新掃描整個記錄。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click for the full explanation.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（%2）&lt;br&gt;%3&lt;br&gt;&lt;i&gt;按兩下可查看完整說明。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>The text is still being laid out; the finding is shown when it is ready</source>
        <translation>文字仍在排版中；完成後就會顯示此發現項目</translation>
    </message>
    <message>
        <source>Finding %1 of %2, line %3: %4</source>
        <translation>第 %1 個發現項目（共 %2 個），第 %3 行：%4</translation>
    </message>
    <message>
        <source>No findings to go to</source>
        <translation>沒有可前往的發現項目</translation>
    </message>
    <message>
        <source>Continued from the first finding</source>
        <translation>已從第一個發現項目重新開始</translation>
    </message>
    <message>
        <source>Continued from the last finding</source>
        <translation>已從最後一個發現項目重新開始</translation>
    </message>
    <message>
        <source>%1 is in the SSPI block, but no winerror.h macro has this value</source>
        <translation>%1 位於 SSPI 區塊內，但沒有任何 winerror.h 巨集使用此值</translation>
    </message>
    <message>
        <source>&amp;Explain %1</source>
        <translation>說明 %1(&amp;E)</translation>
    </message>
    <message>
        <source>Show in the Code &amp;Library</source>
        <translation>在狀態碼庫中顯示(&amp;L)</translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n finding(s) as Markdown</source>
        <translation>
            <numerusform>已將 %n 個發現項目的摘要複製為 Markdown</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 檔案 (*.json)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown 檔案 (*.md)</translation>
    </message>
    <message>
        <source>sspi-findings</source>
        <translation>sspi-findings</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>匯出發現項目</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>無法寫入「%1」：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n finding(s) to %1</source>
        <translation>
            <numerusform>已將 %n 個發現項目匯出至 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation>開啟記錄</translation>
    </message>
    <message>
        <source>Logs and text (*.log *.txt *.csv *.json *.xml *.evtx.txt);;All files (*)</source>
        <translation>記錄與文字檔 (*.log *.txt *.csv *.json *.xml *.evtx.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>the detected encoding</source>
        <translation>偵測到的編碼</translation>
    </message>
    <message>
        <source>&amp;Detect Automatically</source>
        <translation>自動偵測(&amp;D)</translation>
    </message>
    <message>
        <source>No log yet</source>
        <translation>尚未載入記錄</translation>
    </message>
    <message numerus="yes">
        <source>Sample log · %n line(s)</source>
        <translation>
            <numerusform>範例記錄 · %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted text · %n line(s)</source>
        <translation>
            <numerusform>貼上的文字 · %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>發現項目（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary (%n code(s))</source>
        <translation>
            <numerusform>摘要（%n 個狀態碼）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No SSPI status codes found&lt;/h3&gt;&lt;p&gt;All %n line(s) were checked.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;找不到 SSPI 狀態碼&lt;/h3&gt;&lt;p&gt;已檢查全部 %n 行。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Findings appear here as soon as there is a log to decode.&lt;/p&gt;</source>
        <translation>&lt;p&gt;有記錄可解碼時，發現項目就會顯示在這裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it was decoded as %2. If the text looks wrong, choose its encoding in File &gt; Reopen with Encoding.</source>
        <translation>「%1」不是 UTF-8 或 UTF-16 文字，因此以 %2 解碼。如果文字看起來不正確，請在「檔案 &gt; 以其他編碼重新開啟」中選擇其編碼。</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>「%1」不存在。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Open a log file in it instead.</source>
        <translation>「%1」是資料夾，不是檔案。請改為開啟其中的記錄檔。</translation>
    </message>
    <message>
        <source>“%1” is not a regular file; the log decoder opens files only.</source>
        <translation>「%1」不是一般檔案；記錄解碼器只能開啟檔案。</translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: there is nothing to decode</source>
        <translation>剪貼簿中是影像而不是文字：沒有可解碼的內容</translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2. The text shown is unchanged.</source>
        <translation>讀取「%1」失敗：%2。顯示的文字維持不變。</translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to decode. The text shown is unchanged.</source>
        <translation>「%1」是空的：沒有可解碼的內容。顯示的文字維持不變。</translation>
    </message>
    <message>
        <source>Showing the text…</source>
        <translation>正在顯示文字…</translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being read (%2 of %3 bytes; was it truncated or replaced?). The text shown is what was read.</source>
        <translation>讀取期間「%1」變短了（%3 位元組中只讀到 %2 位元組；檔案是否被截斷或取代？）。顯示的是已讀取的文字。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 characters are shown cut at that length, so the text is read-only. The findings, their lines and columns, and the exports come from the whole text.</source>
        <translation>
            <numerusform>有 %n 行超過 %1 個字元，只顯示到該長度，因此文字為唯讀。發現項目、其行號與欄號以及匯出內容都來自完整文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding %1 of %2, line %3, is in the part of the line that is not shown (lines are cut at %4 characters): %5</source>
        <translation>第 %1 個發現項目（共 %2 個），位於第 %3 行未顯示的部分（每行只顯示 %4 個字元）：%5</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Code library</source>
        <translation>狀態碼庫</translation>
    </message>
    <message>
        <source>Log decoder</source>
        <translation>記錄解碼器</translation>
    </message>
    <message>
        <source>Every SSPI status code, searchable, with what to do next</source>
        <translation>可搜尋所有 SSPI 狀態碼，並查看後續處理步驟</translation>
    </message>
    <message>
        <source>Find and explain the status codes in a log</source>
        <translation>找出並說明記錄中的狀態碼</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit SSPI Lens</source>
        <translation>結束 SSPI Lens</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Code Library</source>
        <translation>狀態碼庫(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Log Decoder</source>
        <translation>記錄解碼器(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>顯示篩選(&amp;F)</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>顯示詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>SSPI Status Codes on &amp;Microsoft Learn</source>
        <translation>Microsoft Learn 上的 SSPI 狀態碼(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;About SSPI Lens</source>
        <translation>關於 SSPI Lens(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>關於 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSPI Lens %1&lt;/h3&gt;&lt;p&gt;Finds, explains and helps fix Windows SSPI status codes in authentication logs.&lt;/p&gt;&lt;p&gt;The catalog holds %2 codes under %3 names.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;&lt;p&gt;Reference: &lt;a href=&quot;%6&quot;&gt;SSPI status codes (Microsoft Learn)&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SSPI Lens %1&lt;/h3&gt;&lt;p&gt;在驗證記錄中找出並說明 Windows SSPI 狀態碼，協助您修正問題。&lt;/p&gt;&lt;p&gt;目錄收錄 %2 個狀態碼，共 %3 個名稱。&lt;/p&gt;&lt;p&gt;授權：MIT&lt;br&gt;以 Qt %4 建置，在 Qt %5 上執行。&lt;/p&gt;&lt;p&gt;參考資料：&lt;a href=&quot;%6&quot;&gt;SSPI 狀態碼（Microsoft Learn）&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About SSPI Lens</source>
        <translation>關於 SSPI Lens</translation>
    </message>
    <message>
        <source>%1 — SSPI Lens</source>
        <translation>%1 — SSPI Lens</translation>
    </message>
    <message>
        <source>%1 — %2 — SSPI Lens</source>
        <translation>%1 — %2 — SSPI Lens</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>SSPI status codes found</source>
        <translation>找到的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation>已掃描：%1</translation>
    </message>
    <message>
        <source>No SSPI status codes were found.</source>
        <translation>找不到任何 SSPI 狀態碼。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of %1 code(s).</source>
        <translation>
            <numerusform>%n 個發現項目，涉及 %1 個狀態碼。</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation>狀態碼</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出現</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最後出現</translation>
    </message>
    <message>
        <source>unknown SSPI code</source>
        <translation>未知的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>Unknown SSPI code %1</source>
        <translation>未知的 SSPI 狀態碼 %1</translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation>意義：</translation>
    </message>
    <message>
        <source>Windows message:</source>
        <translation>Windows 訊息：</translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation>可能原因</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>後續步驟</translation>
    </message>
    <message>
        <source>Where it appears</source>
        <translation>出現位置</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 另有 %1 處</translation>
    </message>
    <message>
        <source>unknown SSPI code (no macro in winerror.h has this value)</source>
        <translation>未知的 SSPI 狀態碼（winerror.h 中沒有任何巨集使用此值）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>No SSPI status codes found.</source>
        <translation>找不到 SSPI 狀態碼。</translation>
    </message>
    <message numerus="yes">
        <source>Summary: %n finding(s)</source>
        <translation>
            <numerusform>摘要：%n 個發現項目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n 個狀態碼</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation>首次：%1，最後：%2</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>第 %1 至 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>Summary: N findings, N codes</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Hexadecimal</source>
        <translation>十六進位</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>十進位</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>符號</translation>
    </message>
    <message>
        <source>Windows message</source>
        <translation>Windows 訊息</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Unknown SSPI code</source>
        <translation>未知的 SSPI 狀態碼</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>狀態碼</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次數</translation>
    </message>
    <message>
        <source>First line</source>
        <translation>首次出現行號</translation>
    </message>
    <message>
        <source>Last line</source>
        <translation>最後出現行號</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>意義</translation>
    </message>
    <message>
        <source>How many times the code appears in the log</source>
        <translation>狀態碼在記錄中出現的次數</translation>
    </message>
    <message>
        <source>Line of the first appearance</source>
        <translation>首次出現的行</translation>
    </message>
    <message>
        <source>Line of the last appearance</source>
        <translation>最後出現的行</translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation>Unicode (UTF-16 LE)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation>Unicode (UTF-16 BE)</translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5, CP950)</source>
        <translation>繁體中文 (Big5, CP950)</translation>
    </message>
    <message>
        <source>Simplified Chinese (GBK)</source>
        <translation>簡體中文 (GBK)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西歐語系 (Windows-1252)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find and explain Windows SSPI status codes (SEC_E_*, SEC_I_*).</source>
        <translation>找出並說明 Windows SSPI 狀態碼（SEC_E_*、SEC_I_*）。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_TW.</source>
        <translation>使用者介面語言：en 或 zh_TW。</translation>
    </message>
    <message>
        <source>Use the dark palette (also SSPILENS_PALETTE=dark).</source>
        <translation>使用深色調色盤（也可設定 SSPILENS_PALETTE=dark）。</translation>
    </message>
    <message>
        <source>Start with this text in the search box.</source>
        <translation>啟動時在搜尋方塊中填入此文字。</translation>
    </message>
    <message>
        <source>Start with this code selected (symbol or value).</source>
        <translation>啟動時選取此狀態碼（符號或值）。</translation>
    </message>
    <message>
        <source>Start on this tab: library or log.</source>
        <translation>啟動時顯示此索引標籤：library 或 log。</translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x640.</source>
        <translation>視窗大小，例如 1024x640。</translation>
    </message>
    <message>
        <source>Open this log in the log decoder.</source>
        <translation>在記錄解碼器中開啟此記錄。</translation>
    </message>
    <message>
        <source>Show the sample log in the log decoder.</source>
        <translation>在記錄解碼器中顯示範例記錄。</translation>
    </message>
    <message>
        <source>In the log decoder, select finding N (from 1) and show its explanation.</source>
        <translation>在記錄解碼器中選取第 N 個發現項目（從 1 起算），並顯示其說明。</translation>
    </message>
    <message>
        <source>Log file to open in the log decoder (the first, if there are several).</source>
        <translation>要在記錄解碼器中開啟的記錄檔（若有多個，開啟第一個）。</translation>
    </message>
</context>
</TS>
