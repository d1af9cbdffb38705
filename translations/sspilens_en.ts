<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Anatomy</name>
    <message>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: NTSTATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer bit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: 0x%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: HRESULT with the N bit set (an NTSTATUS wrapped by HRESULT_FROM_NT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrapped NTSTATUS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: HRESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity bit (S): %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: a plain number, a success code or a Win32 error code (no facility bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the SSPI block of the security facility, but winerror.h defines no SEC_E_ or SEC_I_ macro with this value. It may come from a newer Windows version, a third-party security package, or a mistyped number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an NTSTATUS value of the SSPI facility, not an SSPI status code; its SSPI counterpart (if any) is listed with the matching SEC_E_ code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an NTSTATUS value (kernel or LSA status), not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HRESULT that wraps an NTSTATUS value, not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HRESULT of the security facility outside the SSPI block (CryptoAPI, certificate or key storage), not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Win32 error code wrapped as an HRESULT (HRESULT_FROM_WIN32 of error %2), not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an HRESULT of another facility, not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no facility bits: it is a plain number, a success value or a Win32 error code, not an SSPI status code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is known as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success &amp; continuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials &amp; logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security context &amp; tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages &amp; cryptography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &amp; smart cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos &amp; KDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security packages &amp; system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call referred to a security package by an ID number that matches no package loaded in the LSA of this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows identifies every loaded security package by a small number as well as by its name, and this code means a call used a number the local security authority (LSA) does not know. Applications almost never pass package numbers themselves, so in the field it points to a package that did not load, was removed from the configuration or was blocked inside LSASS. It is raised on the machine making the SSPI call, not by a domain controller, and it is rare: a trace of the calling application is usually needed to tell which package was meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party security or authentication package (SSO agent, smart card or MFA middleware) was blocked from loading into LSASS because LSA protection (RunAsPPL) only admits properly signed plug-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;Security Packages&apos; list under HKLM\SYSTEM\CurrentControlSet\Control\Lsa was changed by a hardening script or an uninstaller and the machine has not been restarted since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application kept package information from before LSASS restarted or the package list changed, and now uses an ID that no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom SSP or test tool passes an uninitialised or hard-coded package identifier (a programming error that fails on every call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security package DLLs damaged by a failed update, so a package listed for loading never finished initialising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the packages LSA is configured to load and compare the list with a healthy machine of the same build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Windows 10 / Windows Server 2016 and later, also check the OSConfig copy of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether LSA protection is enabled (RunAsPPL 1 or 2), which blocks plug-ins that are not signed for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for LSASS plug-ins that Code Integrity refused to load (events 3033 and 3063) and note the DLL names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair damaged system files, then restart the machine so LSASS loads its packages again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same problem when the package is requested by name instead of by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package that failed to initialise at start-up, which can leave its ID unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also seen when the LSA side of SSPI is unhealthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security context in use has expired or was already closed, so it can no longer sign, encrypt or decrypt data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every security context has a lifetime: a Kerberos context ends with the service ticket it was built from (10 hours by default), and a TLS (Schannel) context ends once either side has shut the connection down. Calls such as EncryptMessage or MakeSignature on a context past that point fail with this code on whichever side, client or server, still holds the handle. Administrators usually meet it on long-lived connections that fail after hours of working normally, or in applications that keep using a TLS connection after the peer closed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long-lived connection (LDAP with signing or sealing, RPC/DCOM, a pooled database or WinRM session) stayed open past the end time of its Kerberos service ticket and the application does not re-authenticate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application keeps calling EncryptMessage or DecryptMessage after the TLS peer sent close_notify (first reported as SEC_I_CONTEXT_EXPIRED) or after it shut the connection down itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system clock jumped forward (VM resumed from a saved state or snapshot, manual time change, bad NTP source), so contexts expire early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain Kerberos policy shortens &apos;Maximum lifetime for service ticket&apos; (for example to 60 minutes), so contexts expire much sooner than the application expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application or connection pool caches a context handle and reuses it beyond the expiry time it was given when the context was built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, check the start, end and renew times of the service ticket used by the failing connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the tickets and reconnect; if the error returns after the same interval, the application is not renewing its contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For services running as SYSTEM or NETWORK SERVICE, purge the computer account&apos;s tickets instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for clock jumps around the failures: Kernel-General event 1 records every change of the system time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &apos;Maximum lifetime for service ticket&apos; under Kerberos Policy in the Default Domain Policy GPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a TLS connection, capture a trace and check whether the peer sent a close_notify alert before the failing call (stop with netsh trace stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational code Schannel returns when the peer closes the TLS connection; using the context afterwards gives this error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock problems make contexts expire early and also break new Kerberos logons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead once the expired context has been deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input buffer holds only part of a TLS record or token; the caller has to read more data from the network and call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel (and Kerberos when it is given stream buffers) only processes complete records. When the data read from the socket ends in the middle of a record, the call returns this code with a hint of how many more bytes are needed, and a well-written application reads more and retries, so in detailed traces it is often part of normal flow. It signals a real problem only when it is the last status before a connection fails or times out, which means the rest of the record never arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer or a device in the path closed or reset the connection in the middle of the TLS handshake, for example a server that drops the connection instead of sending an alert when it dislikes the ClientHello</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall, IPS or VPN drops large packets, typically the server&apos;s Certificate message with a long chain, so the handshake stalls (a path MTU black hole)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application treats this code as fatal instead of reading more data and calling again, a bug exposed by slow or fragmented networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-inspection proxy, load balancer or WAN optimiser truncates records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is overloaded or hung and never sends the rest of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the TLS port is reachable from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the path MTU with Don&apos;t Fragment set; if 1472-byte pings fail while smaller ones pass, look for a device dropping large packets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the handshake with a known-good Schannel client and note where it stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a failing attempt and check who closes or resets the connection and whether records arrive truncated (stop with netsh trace stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel events in the System log on both sides at the time of the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the handshake turns into when the data that does arrive is not valid TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal handshake status that surrounds this code in traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when a complete record arrives but fails its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials given to the package lack a required part, in practice a usable client certificate for TLS client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not build the context because the credentials it was handed were missing something it needs. With Schannel this belongs to TLS client authentication: the server asked for a client certificate and the client&apos;s credentials held no usable one. Current Windows versions usually report that situation with the informational twin SEC_I_INCOMPLETE_CREDENTIALS (0x00090320), which many applications and wrappers turn into this error or print with its text, so the troubleshooting is the same; it is reported on the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate (IIS set to require client certificates, an API gateway, a mutual-TLS web service) and the calling account has no certificate with the Client Authentication EKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate exists but was issued by a CA that is missing from the list of acceptable issuers the server sends, so Windows does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s private key cannot be read by the account the application runs as (service account, IIS application pool identity), or it sits on a smart card or token that is not inserted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application turned off automatic client certificate selection (ISC_REQ_USE_SUPPLIED_CREDS) and does not react when the server asks for a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported into the current user store while the service looks in the local computer store, or the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the user&apos;s personal certificates and look for one with Client Authentication and a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For services and application pools, check the local computer store instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which CA names the server accepts for client certificates (the &apos;Acceptable client certificate CA names&apos; section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an IIS / HTTP.sys server, check whether the binding negotiates client certificates and which CTL store limits them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, check the Schannel settings that control the trusted issuer list (SendTrustedIssuerList, ClientAuthTrustMode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test from the client with an explicitly chosen certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informational twin with the same low bits, returned when a TLS server asks for a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when no usable credentials or private key can be found at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the certificate or key supplied cannot be used by Schannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client sees when the server rejects the certificate it did send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An output buffer given to SSPI is too small for the token or message, often a Kerberos ticket enlarged by many group memberships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller supplied a buffer that cannot hold what the package has to write: an authentication token, a TLS record header or trailer, or attribute data. For administrators the usual form is Kerberos token bloat: the user belongs to so many groups that the ticket outgrows the buffer the application sized from MaxTokenSize, and the client logs Kerberos event 6 in its System log. Otherwise it is a programming error in the calling application, reported on the side that made the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is a member of hundreds of groups (nested groups, SID history from migrations), so the Kerberos ticket exceeds the token buffer (Kerberos event 6 on the client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxTokenSize under HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters is set below the 48000-byte default, often a leftover 12000 from old guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims and compound authentication (Dynamic Access Control) add data to the ticket and push an already large token over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application allocates fixed-size token buffers instead of using cbMaxToken from QuerySecurityPackageInfo or ISC_REQ_ALLOCATE_MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS application sizes EncryptMessage or DecryptMessage buffers without the header and trailer sizes from SECPKG_ATTR_STREAM_SIZES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the groups in the user&apos;s token; several hundred is a strong sign of token bloat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for Kerberos event 6 on the client, which states the token size and the buffer size that was too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether MaxTokenSize is overridden on the client (no value means the 48000-byte default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If web servers answer HTTP 400 &apos;Request header too long&apos; for the same users, review MaxFieldLength and MaxRequestBytes of HTTP.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduce the user&apos;s group memberships or clean up SID history; developers should size buffers from cbMaxToken or let SSPI allocate them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not allocate memory, sometimes for the same oversized token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few buffers were supplied rather than buffers that are too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same problem for the buffer that receives TLS extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very large tokens also break CredSSP (Remote Desktop) encryption on older systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that answered is not the identity the client asked for: the Kerberos ticket or the TLS certificate name does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Kerberos, the service could not decrypt the ticket the client presented because it was encrypted for a different account; the server answers KRB_AP_ERR_MODIFIED, the client logs Kerberos event 4, and tools such as SQL Server clients, repadmin or Remote Desktop show this code. With Schannel (TLS), the client reports it when the name in the server&apos;s certificate does not match the name it connected to. Either way, the name the client used leads to a different identity than the one that answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPN (for example HTTP/web01.contoso.com or MSSQLSvc/sql01.contoso.com:1433) is registered on a different account than the one the service runs as, e.g. after moving the service from LocalSystem to a domain service account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same SPN is registered on two accounts, so the KDC encrypts the ticket for the wrong one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS, a hosts-file entry or a load-balanced name points to another machine than the one owning the SPN (stale A record, cloned server, virtual IP without a shared service account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer account password is out of sync with Active Directory (VM snapshot rolled back, server restored from backup), so the machine cannot decrypt tickets for its own SPNs; between DCs repadmin shows -2146893022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the server certificate&apos;s Subject or SAN does not contain the name the client used (connection by IP address, short name or alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client still holds a ticket obtained before the SPN was moved and keeps presenting it until it is purged or expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which account owns the SPN the client requests and compare it with the logon account of the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole forest for duplicate SPNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the name resolves to the server that really runs the service (check the client&apos;s hosts file too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the client&apos;s tickets, reconnect, and check with klist which service ticket it obtains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, test the computer account&apos;s secure channel; repair it with -Repair if the test fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For TLS, check the certificate&apos;s Subject and Subject Alternative Name against the name clients use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the SPN does not exist at all rather than pointing to the wrong account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also means the server&apos;s identity could not be confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other common TLS certificate failure, often fixed together with a name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can follow when Kerberos fails and the NTLM fallback is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos rejected the request because the clocks of the client and the DC or server differ by more than the allowed tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos tickets and authenticators carry timestamps, and a KDC or service rejects them when its clock differs from the sender&apos;s by more than the allowed skew (5 minutes by default), which protects against replayed messages. The client reports this code when the domain controller or the target server answers with KRB_AP_ERR_SKEW. Negotiate may then fall back to NTLM, so the visible symptom can be slow or partly failing logons rather than a clean error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s clock differs from the DC&apos;s by more than 5 minutes (the default &apos;Maximum tolerance for computer clock synchronization&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Time service on the client or server is stopped, disabled or pointed at an unreachable manual NTP source, so it never syncs from the domain hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDC emulator of the forest root domain syncs from its own hardware clock or an unreliable external source, so the whole domain drifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A virtual machine takes its time from a hypervisor host whose clock is wrong, overriding the domain time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock shows the right local time but the time zone is wrong, so the UTC time that Kerberos compares is off by hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine resumed from sleep, a saved state or a snapshot with a stale clock and has not resynchronised yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure the offset between this machine and a domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the time source and the last successful sync; &apos;Local CMOS Clock&apos; or &apos;Free-running System Clock&apos; means it is not syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force a resynchronisation with the domain hierarchy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the PDC emulator, then check its own time source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the offsets of all domain controllers in the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the Time-Service events for synchronisation failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A jumping clock also makes existing contexts expire early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong clock also makes valid certificates look expired or not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications often show a generic logon failure instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS peer&apos;s certificate chain ends at a root CA that this machine does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During the TLS (Schannel) handshake the receiving side builds the chain of the certificate it was given, and the chain ended at a root that is not in its Trusted Root Certification Authorities store, or could not be completed at all. It is normally reported by the client about the server&apos;s certificate, the well-known SQL Server, LDAPS, RDP and WinRM message &quot;The certificate chain was issued by an authority that is not trusted&quot;, and by a Windows side that receives TLS alert unknown_ca (48) from its peer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server uses a self-signed certificate (the one SQL Server generates, the default RDP certificate, a test certificate) that clients have no reason to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate comes from an internal enterprise CA whose root is not in the client&apos;s Trusted Root store (non-domain-joined machine, workgroup server, other forest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer SQL Server drivers (Microsoft.Data.SqlClient 4.0 and later, ODBC Driver 18) encrypt by default, exposing a SQL Server certificate that was never validated before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not send its intermediate CA certificates and the client cannot download them from the AIA URL, so the chain never reaches a trusted root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-inspection proxy or firewall re-signs traffic with its own CA, which has not been deployed to this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic root certificate updates are turned off on an offline server, so a newer public root is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the peer&apos;s certificate and build its chain; the output names the element that fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See exactly which certificates the server sends during the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the issuing root is in the machine&apos;s Trusted Root store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the correct root CA certificate (in a domain, deploy it by Group Policy instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel events on the side that rejected the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TrustServerCertificate=True or similar switches only briefly to confirm the diagnosis; the fix is a certificate from a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other certificate rejections that do not concern the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other frequent certificate failure in the same handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported when the chain is trusted but the name does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos smart card counterpart of an untrusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake broke down: the peer sent a fatal alert, or data that is not valid TLS at this point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel returns this code when it receives a TLS message it cannot accept, and when the peer aborts with a fatal alert that has no more specific mapping, most often handshake_failure (40). On a client it usually means the server rejected the ClientHello: no shared cipher suite or signature algorithm, or a client certificate it required was not sent. On a server, Schannel errors with this code often come from clients or scanners that send plain text or handshakes it does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server aborted with alert 40 (handshake_failure) because the two sides share no cipher suite or signature algorithm, e.g. a hardened server allowing only ECDHE-GCM suites and an old client offering only CBC or RSA key exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a client certificate (mutual TLS) and the client sent none, or one it cannot use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port does not speak TLS directly: plain HTTP, or a STARTTLS service such as SMTP on 25/587 or LDAP on 389 contacted with implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A middlebox (TLS inspection, load balancer, IPS) interferes with or rewrites the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Schannel regression in a Windows update breaks handshakes with some servers (for example the October 2022 updates, fixed by the out-of-band update KB5020435)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On servers: vulnerability scanners, monitoring probes or outdated clients sending malformed or plain-text hellos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel events on both sides; 36887 gives the alert number received and 36888 the alert sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the cipher suites enabled on the client and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which TLS versions are enabled or disabled on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the protocols and cipher suites the server really accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce with a minimal Schannel client and see at which step the handshake fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.NET Framework 4.x applications: check that strong cryptography is enabled so they can offer TLS 1.2 and modern suites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported instead when Schannel itself finds no common algorithm or receives alert 71</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported instead for alert 70 (protocol_version), when TLS versions do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows that the server asked for a client certificate earlier in the same handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the connection is cut instead of closed with an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the TLS handshake was rejected for a reason no more specific code covers, usually by the peer through an alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel uses this code as its catch-all for certificate problems: Windows reports it when the peer sends TLS alert bad_certificate (42), unsupported_certificate (43) or certificate_unknown (46), and when local processing of a certificate fails in a way it does not classify. It is usually reported by the side whose certificate was refused: a client about its own certificate in mutual TLS, or a server whose certificate a non-Windows client rejected. The peer&apos;s own log normally names the precise reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mutual-TLS server (often Java, OpenSSL or a network appliance) rejected the client certificate: wrong EKU, an issuer it does not trust, or no mapping to an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows client rejected the server certificate for a reason it only reports generically, such as a SHA-1 signature, an RSA key shorter than 2048 bits or a missing Server Authentication EKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate uses a key type or elliptic curve the peer does not support or has disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation status could not be checked and the peer treats that as fatal (CRL or OCSP URL unreachable from the peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is malformed or carries a critical extension the peer does not understand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel events; 36887 shows which alert (42, 43 or 46) the peer sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature algorithm, key length, Enhanced Key Usage and critical extensions of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the chain and that every CRL and OCSP URL in it is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an HTTP.sys server that uses client certificates, check the binding&apos;s revocation and client certificate settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the peer&apos;s TLS log (Java -Djavax.net.debug=ssl, the OpenSSL error line, the appliance log), which names the exact reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The specific code when the certificate&apos;s usage (EKU) is the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert 48 (unknown_ca) maps to this code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert 45 (certificate_expired) maps to this code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the client had no certificate to send at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the TLS handshake is outside its validity period: expired, or not yet valid according to this machine&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel checks the validity dates of every certificate in the chain against the local clock. A client reports this code when the server certificate or one of its intermediate CA certificates has expired, and a Windows side also returns it when the peer sends alert certificate_expired (45) about the certificate it presented. The typical picture is HTTPS, LDAPS, RDP or SQL Server connections that all start failing at the same moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate reached its expiry date because the renewal was missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewed certificate is installed but the service still uses the old thumbprint (HTTP.sys/IIS binding, RDP listener, SQL Server, AD FS) until it is rebound or restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA certificate in the chain has expired, or the server still sends an old cached intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local clock is wrong (CMOS reset, bad time source), so a valid certificate looks expired or not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate used for mutual TLS has expired and the server rejected it with alert 45</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the computer&apos;s certificates with their expiry dates and thumbprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the certificate hash bound to each IP:port or host name with the thumbprint of the renewed certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which certificate the Remote Desktop listener uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the whole chain, including the intermediate CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the local clock and its time source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrong clock causes both certificate date errors and Kerberos failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same problem for a smart card logon certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same problem for the domain controller certificate used in smart card logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not encrypt data with the session; most often seen as a Remote Desktop (CredSSP) authentication error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EncryptMessage or an internal encryption step failed even though the security context exists. It is uncommon, and the best-known case is CredSSP, which Remote Desktop uses for Network Level Authentication: the client shows &quot;An authentication error has occurred&quot; with the text &quot;The specified data could not be encrypted&quot; when it cannot wrap the user&apos;s credentials for the server. Outside CredSSP it usually points to a key or crypto provider problem on the reporting machine rather than to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s Kerberos token is very large (many group memberships) and CredSSP cannot encrypt it; Windows Server 2008 and 2008 R2 failed above 16 KB until hotfixes KB975943 and KB978918</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server run builds with different CredSSP or Schannel fixes; installing current updates on both ends removes known encryption bugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key needed for the operation is on a smart card, TPM or HSM that is not available, or the CNG Key Isolation service (KeyIso) is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party software hooked into LSASS or the crypto stack (endpoint protection, smart card middleware, TLS inspection agents) interferes with the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the user&apos;s groups, then try the same connection with an account that has few groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the update level of both machines and install current cumulative updates where they lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the CNG Key Isolation service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the certificate&apos;s private key is present and usable (look for &apos;Encryption test passed&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the CAPI2 operational log, reproduce the failure, and look for key or provider errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiving side&apos;s counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another symptom of oversized Kerberos tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead when the context offers no encryption at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned for crypto failures that map to no SSPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data or a handshake step could not be decrypted or verified; in TLS the peer usually sent alert decrypt_error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel reports this code when decrypting a record fails and, more often in practice, when the peer sends TLS alert decrypt_error (51) or decryption_failed (21). Decrypt_error means the peer could not verify a signature in the handshake or the Finished message, so the two sides computed different keys or disagree on how a signature is made. It appears on the side that receives the alert, usually the client, and tends to be intermittent or tied to one cipher suite or one certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key exchange computed differently by the two TLS stacks, e.g. intermittent failures with TLS_DHE_* suites between Windows builds with and without the 2020 &apos;leading zero&apos; fix, or with non-Windows peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate whose key is held in a TPM or smart card produces RSA-PSS signatures the server rejects (known with older TPM 2.0 firmware)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-inspection proxy, load balancer or WAN optimiser alters handshake or application records in transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faulty NIC offloading or network equipment corrupting packets, seen as random failures on otherwise healthy connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel events; 36887 with alert 51 or 21 confirms the peer could not decrypt or verify the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the enabled cipher suites and note whether TLS_DHE_* suites are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a test, disable the DHE suites on the client (repeat for each TLS_DHE_* name) and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture a failing handshake to see which side sends the alert and which cipher suite was chosen (stop with netsh trace stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the client certificate is TPM-backed, update the TPM firmware or test with a certificate whose key is in software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Schannel reports for alert 20 (bad_record_mac) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending side&apos;s counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other handshake alerts from the same peer map to this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also tied to the cipher suite configuration of both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server share no TLS protocol version, cipher suite or key type that both are allowed to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel returns this code when it finds no combination of protocol version, cipher suite, signature algorithm and certificate key type that both sides permit, and when the peer ends the handshake with alert insufficient_security (71). It is the classic result of hardening one side (turning off TLS 1.0/1.1, removing cipher suites) while an older client, driver or runtime has nothing newer to offer. Servers usually log Schannel event 36874, and clients such as SQL Server drivers show the Windows message in their pre-login handshake error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side allows only TLS 1.2/1.3 while the other offers only TLS 1.0/1.1, e.g. an old SQL Server build, Windows Server 2008 R2 without TLS 1.2 enabled, or a .NET Framework application without SchUseStrongCrypto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cipher-suite policy (the GPO &apos;SSL Cipher Suite Order&apos; or a hardening tool) left no suite in common, e.g. only ECDHE-GCM suites on the server and only CBC or RSA suites on the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate&apos;s key type matches none of the enabled suites, e.g. an ECDSA certificate while no ECDHE_ECDSA suite is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s private key is stored in a legacy CryptoAPI provider that cannot create the SHA-256 signatures TLS 1.2 needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS mode (&apos;System cryptography: Use FIPS compliant algorithms&apos;) on one side limits it to suites the other side does not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel events; on the server 36874 means no common cipher suite, on the client 36887 with alert 71 points the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a Group Policy cipher-suite order overrides the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.NET Framework 4.x applications: check SchUseStrongCrypto (and SystemDefaultTlsVersions), also under WOW6432Node for 32-bit apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client-side symptom when the server answers with alert 40 (handshake_failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported for alert 70 (protocol_version) when the TLS versions do not overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos counterpart: the peer demands stronger cryptography than is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos form of &apos;no common algorithm&apos;: no shared encryption type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context could not be built with the protection the caller demanded, such as mutual authentication or delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application insists on mutual authentication or delegation, but Negotiate used NTLM (connection by IP address or alias, missing SPN), and NTLM provides neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation is requested but not possible: the service account is not trusted for delegation, or the user is marked &apos;Account is sensitive and cannot be delegated&apos; or belongs to Protected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A web server or custom service asks the Digest package for a context feature it does not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom or third-party application passes requirement flags that are invalid for the package or contradict each other (a programming error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, check for a Kerberos service ticket for the target; if there is none, NTLM was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that an SPN exists for the exact name the client uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, check the Authentication Package field (Kerberos or NTLM) of recent logon events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the delegation settings of the service&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the user account may be delegated at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For custom applications, log the requirement flags passed and the attributes returned by InitializeSecurityContext or AcceptSecurityContext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports specifically that the server&apos;s identity could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported when an operation needs delegation that is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-message counterpart: the requested protection is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead by some packages for a requirement flag they do not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A logon handshake was abandoned half-way: the security context was torn down before authentication finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (acceptor) had started a security context from the client&apos;s first token, but the context was deleted before the final leg arrived, so the LSA records it as a failed logon. Administrators mostly meet it as Status or Sub Status 0xC00002EE in event 4625 on the server, often in bursts with logon type 3 or 10. It says that the handshake was cut off, not that a password was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet-facing RDP with NLA: scanners and password-spraying tools open a CredSSP/NTLM handshake and disconnect, producing a stream of 4625 events with 0xC00002EE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user cancelled the credential prompt (browser, RDP client, mapped drive) after the first NTLM or Negotiate leg, or the network dropped mid-handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer or reverse proxy sends the legs of one NTLM handshake over different connections or to different back-end servers (no connection persistence, keep-alive disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server application deletes pending contexts on its own timeout, which is shorter than the time the client needs (for example a slow DC lookup on the client side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring probes or health checks that start Negotiate authentication but never complete it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, list recent failed logons and note Source Network Address, Logon Type and the process for the 0xC00002EE entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the sources are public addresses you do not recognise, treat it as attack noise: restrict RDP to a VPN or an RD Gateway and check that the Windows Firewall rule scope is limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind a load balancer or proxy, enable connection persistence (sticky sessions) and HTTP keep-alive so the whole NTLM handshake stays on one connection to one server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an internal client, capture a trace while reproducing and check which side closes the connection between the challenge and the final token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the trace and open the .etl in Microsoft Network Monitor or convert it for Wireshark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; appears as Status or Sub Status 0xC00002EE in event 4625.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failure a completed handshake gives when the credentials themselves are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediate step after which the client went away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen instead when the next leg arrives but is truncated or mixed up between connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server demanded Kerberos user-to-user authentication but did not send its TGT, so the client cannot continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In user-to-user (U2U) Kerberos the server has no long-term key to decrypt a normal service ticket, so it answers with KRB_AP_ERR_USER_TO_USER_REQUIRED and must include its own TGT; the client then asks the KDC for a ticket tied to that TGT. The client raises this code when the error arrives without the TGT. It is rare and almost always involves a service running as a user account or a non-Windows acceptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service runs in a user logon session that has no password-derived keys (the account signed in with a smart card or Windows Hello) and that session also has no usable TGT to hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPN is registered on a user account instead of the service or computer account that actually runs the service, so the target needs U2U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows acceptor (Java GSS, Heimdal, a custom Kerberos stack) asks for user-to-user but omits the TGT from the error data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TGT has expired and could not be renewed (for example the DC was unreachable from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which account owns the SPN the client is using; it should be the account the service runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server, list the logon sessions and check that the service&apos;s session holds a current TGT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a service running as the computer account, inspect the machine&apos;s ticket cache (LUID 0x3e7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the service under an account with a password (or a gMSA) and register the SPN on that account instead of relying on user-to-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, drop cached tickets and retry so a fresh service ticket is requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, seen in LSA and Kerberos traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acceptor-side error when the server has no key for the ticket it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised instead when the SPN sits on the wrong account and a ticket is issued anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server process has no Kerberos credentials at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos needed a local IP address for the request but the computer had none that it could use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Kerberos messages carry the sender&apos;s network address, for example the KRB-PRIV message used by the Kerberos password change protocol, and address-bound tickets. When the client finds no usable local address it stops with this code before anything is sent. It points at the machine&apos;s network state, not at Active Directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network adapter is disconnected, disabled or still waiting for DHCP when the request is made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service or scheduled task authenticates early at boot, before the network stack has an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN or Wi-Fi connection that provides the only address is not up yet (common on laptops at sign-in or when changing a password off the corporate network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken network stack or a third-party filter driver hides the adapters, so no IPv4 address is reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine has only an address type the Kerberos client cannot place in the message (for example IPv6 only on older Windows builds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the computer has an IPv4 address and a default gateway at the time of the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List addresses and adapter status; an adapter in Disconnected or Disabled state explains the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a service fails only at boot, make it start after the network is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once an address is present, confirm a DC is reachable before retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If adapters are present but show no address, reset the Winsock catalog and reboot (removes layered providers left by broken software)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual next error once an address exists but no DC answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic LSA failure sometimes logged alongside network start-up problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program continued a handshake with a different credential handle from the one it started it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security context is bound to the credential handle used on the first InitializeSecurityContext or AcceptSecurityContext call. If a later call for the same context passes another credential handle, the security package refuses with this code. It is an application-side problem (a bug or identity switching in connection reuse), reported by the program that makes the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application passes a different credential handle on the second or later call of the same handshake, for example after a code change in its authentication loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection pooling reuses a connection whose context was started for another user or another impersonation level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential handle was freed and acquired again (after a password change or token refresh) while a context was still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party authentication package or credential provider wraps Kerberos and passes the error through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the process and the call that fails from the application&apos;s own log; the fix is in that program or its library, not in Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which account the failing process runs as, to spot identity switching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce with connection pooling disabled or with a fresh process; if the error disappears, the pool is mixing identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture an authentication trace while reproducing to see the sequence of calls and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application or library and give the vendor the call sequence from the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, returned inside the LSA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sibling error when the handle is not valid at all rather than mismatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised when the credentials behind the handle cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised when the handle carries no usable credentials for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption or checksum algorithm the exchange needs is not available or not allowed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos and Digest look up an implementation for the negotiated encryption type or checksum; when the local system has none (disabled by policy, FIPS mode or a damaged component), the package stops with this code. It is reported on the side that has to encrypt, decrypt or check the message, and is typically found after crypto hardening or when talking to old peers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos encryption type in use (DES, or RC4 after hardening) is disabled locally by the policy &quot;Network security: Configure encryption types allowed for Kerberos&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIPS mode (&quot;System cryptography: Use FIPS compliant algorithms&quot;) removes RC4/MD5-based algorithms an old peer or keytab still uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Digest client cannot match any cipher the server asked for when confidentiality (auth-conf) is requested, for example an LDAP Digest-MD5 bind with encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged or replaced system cryptography files, or security software that hooks the LSA crypto functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which Kerberos encryption types the local policy allows (0x18 = AES only; 0x1C adds RC4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether FIPS mode is on (Enabled = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the encryption types of the tickets actually in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the peer or service account to AES (reset the password so AES keys exist) rather than re-enabling DES or RC4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the policy allows the algorithm, verify the system files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC-side view of the same encryption type mismatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No algorithm in common between the two sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer requires stronger algorithms than this side offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested protection level cannot be provided by the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos client followed too many cross-realm referrals without reaching the service&apos;s realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a service in another domain or forest the client&apos;s KDC hands out referral tickets, and the client follows them realm by realm. To avoid endless loops the Windows Kerberos client caps the number of hops and fails with this code when the cap is reached. It is reported on the client and almost always means a referral loop or a broken trust path, not a long but valid one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two forests or realms both claim the same DNS suffix or SPN, so each KDC refers the client to the other (forest trust name suffix routing conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realm mapping (ksetup /addhosttorealmmap, or [domain_realm] / capaths on an MIT KDC) points the host back into a realm that refers it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPN is registered in one forest while DNS places the host in another, so the KDCs keep redirecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A very long chain of parent/child and external trusts without shortcut trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce from a clean cache and watch which krbtgt/ referral tickets pile up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the ticket directly and note the error and the realms involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all trusts with their direction and attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check forest trust name suffixes for a suffix claimed by both forests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the client&apos;s realm and host-to-realm mappings (for MIT interop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the same SPN registered in more than one place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, seen in Kerberos client traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC could not produce a referral at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual result when the SPN cannot be found in any realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KDC reachable for one of the realms along the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KDC-only operation was requested on a machine that is not acting as a domain controller KDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Kerberos functions, such as starting the KDC service or validating a PAC signature with the krbtgt key, can only run on a domain controller whose Kerberos Key Distribution Center is loaded. Elsewhere the Kerberos package returns this code. It is uncommon and usually reflects a service configuration problem on a DC or a tool run on the wrong machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos Key Distribution Center service (kdc) is stopped or disabled on a domain controller, so PAC validation requests forwarded to it by member servers fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone enabled or tried to start the kdc service on a member server or workstation (for example a hardening script or a cloned former DC image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A half-finished promotion or demotion left the server&apos;s product type and its services out of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A management tool or script that calls a DC-only Kerberos function was run on a non-DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, check that the KDC service is running and set to Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the machine really is a DC (ProductType 2 = domain controller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for service start failures of the KDC in the System log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the services a DC needs with dcdiag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a client, confirm which DC currently answers as KDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; the KDC service exits with it when started on a non-DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients report this when no working KDC answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic LSA failure often logged at the same time on a damaged DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer insists on strong (128-bit class) encryption that this side cannot offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code dates from export-restricted cryptography, when some Windows builds could only do 40- or 56-bit encryption and a peer could require more. Current Windows always has strong cryptography, so the code is rare today; when it appears it usually involves an old operating system, an embedded device or a third-party security provider on one side of the exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legacy system or embedded device with export-grade or no 128-bit crypto talks to a server that requires 128-bit session security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Network security: Minimum session security for NTLM SSP based clients/servers&quot; is set to require 128-bit encryption and the peer cannot negotiate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party SSP or SMB/NTLM implementation that does not advertise 128-bit support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A peer limited to DES for Kerberos while this side requires stronger encryption types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the NTLM minimum session security on both sides (0x20080000 = NTLMv2 and 128-bit required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server-side value as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the peer&apos;s operating system or firmware version and upgrade it instead of weakening the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Kerberos, look at the encryption types of the tickets in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general case: no algorithm both sides accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The needed algorithm exists in principle but is unavailable locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested message protection level cannot be provided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A principal name in a Kerberos message had a shape Windows does not accept (more than one name where one was expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Kerberos client found a principal name whose format allows a single component (for example the Microsoft name type NT-MS-PRINCIPAL) but which carried several. This is a parsing failure on the client and is rare; in practice it points to a non-Windows KDC, client library or appliance that builds names differently. Duplicate SPNs or UPNs in Active Directory produce other errors (KDC event 11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows KDC or Kerberos proxy returns a principal with a Microsoft name type but several name components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party or custom Kerberos library builds the service or client name with the wrong name type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A realm mapping sends the client to a non-Windows KDC it was not meant to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrupted Kerberos traffic rewritten by a middlebox that inspects port 88</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the ticket cache and reproduce so the failing exchange is captured cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the Kerberos exchange and inspect the name-type and name-string fields of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which KDC the client uses and whether realm mappings send it to a non-Windows KDC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule out duplicate SPNs in the forest (a different problem that is often suspected first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the third-party Kerberos library, proxy or appliance firmware involved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a missing or duplicate SPN usually produces instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was issued for a principal other than the one the server runs as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC-side counterpart for a malformed request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC asked for pre-authentication but gave no hint (ETYPE-INFO) about which encryption type and salt to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a KDC answers an AS request with &apos;pre-authentication required&apos;, it normally includes PA-ETYPE-INFO2 data telling the client which encryption type and salt turn the password into a key. Without it the Windows client cannot build the encrypted timestamp and fails with this code. A Windows KDC also uses it as the extended error when a TGS request arrives without its authenticator. It is mostly an interop issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Windows client authenticates against a non-Windows KDC (MIT, Heimdal, an appliance) that does not send ETYPE-INFO2 hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account on that KDC has no keys of any encryption type the client offered, so the KDC has nothing to advertise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows client or tool sends a TGS request without the PA-TGS-REQ data (the DC answers with KDC_ERR_PADATA_TYPE_NOSUPP and this as extended error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall truncates the KDC&apos;s error reply on UDP, dropping the padata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Kerberos event logging on the client and reproduce; look for event 3 in the System log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which realm and KDC the client is configured to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an MIT KDC, check which key types the principal has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force Kerberos over TCP to rule out truncated UDP replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the AS exchange and check the PREAUTH_REQUIRED error for PA-ETYPE-INFO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; also seen as the extended error inside KDC replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption type in common between client and KDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC or client does not support the offered pre-authentication type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested encryption type is unavailable locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate logon failed: the certificate&apos;s UPN is missing or does not match the account (or the KDC certificate name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a smart card, Windows Hello certificate or virtual smart card logon (PKINIT), the KDC maps the client certificate to an account, normally through the UPN in its Subject Alternative Name. If there is no UPN, or it names a different account than the one in the request, the DC rejects it (KDC_ERR_CLIENT_NAME_MISMATCH, 0x4B); the client reports the same code when the DC&apos;s own certificate does not carry the expected name (KDC_ERR_KDC_NAME_MISMATCH, 0x4C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no UPN in the Subject Alternative Name, for example a template without &apos;User principal name (UPN)&apos; or a card issued by an external PKI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s UPN changed (rename, new UPN suffix) after the certificate was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user typed or selected another account (such as an admin account) than the one the certificate maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC certificate lacks the domain DNS name or the KDC Authentication EKU, and strict KDC validation is enabled on clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificates on the card and check the UPN (Principal Name) in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump an exported certificate to compare its SAN with the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the account&apos;s UPN and explicit mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, find failure code 0x4B in events 4768/4771 for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DC certificates used for PKINIT (KDC Authentication EKU, DNS names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; shown on logon failure events for certificate logons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate maps to more than one account instead of the wrong one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate was rejected for another reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPN itself is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy forcing smart card logon, often enabled in the same rollout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy requires a smart card (or Windows Hello) for this logon, but a password was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the account has &apos;Smart card is required for interactive logon&apos; set, or the computer enforces &apos;Interactive logon: Require Windows Hello for Business or smart card&apos;, and the attempt used a password. The DC or the local logon process refuses it with this code. Users see a sign-in error; administrators meet it in services, scheduled tasks and RDP connections that still carry a stored password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has &apos;Smart card is required for interactive logon&apos; set (its password is then random and never given to the user) and someone signed in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target computer enforces the &apos;Require Windows Hello for Business or smart card&apos; policy, including for RDP sign-ins with saved passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service, scheduled task or script is configured with the password of an account that was later switched to smart card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored credentials in Credential Manager for the account are replayed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the account is marked smart card only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the computer requires smart card logon (scforceoption = 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which GPO sets the requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for saved passwords that are replayed for the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For services and tasks, use a separate service account or gMSA instead of a smart card only account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; shown on failed logon events for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic logon failure shown by some applications for the same attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next hurdle once the smart card is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart card logon fails because the card certificate expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication was refused because Windows is shutting down or restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During shutdown the LSA stops accepting new authentication work, so any security package call made in that window fails with this code. It is logged by the local programs still trying to authenticate. A single burst at reboot time is harmless; repeated entries without a reboot point to a shutdown that hangs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is restarting (updates, scheduled reboot) and services or scheduled tasks still try to authenticate while the LSA winds down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group Policy shutdown scripts or backup agents that access network resources during shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shutdown was started but hangs on a service that does not stop, leaving the system in the shutdown state for minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hypervisor or cluster is shutting down the VM while applications inside it are still working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a shutdown or restart was initiated at that time, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the machine is not meant to restart, abort a pending shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the service that delays shutdown (look for services stuck in the StopPending state)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule jobs and scripts that need the network outside maintenance reboot windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form of the same condition, returned by the LSA during shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other LSA failures often logged during the same shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by clients when a DC that is shutting down stops answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC rejected a Kerberos request as malformed or asking for options it will not grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller&apos;s KDC checked an AS, TGS or password change request and found a missing field, an inconsistent option or a request it will not honour for that ticket. On the wire this usually travels as the extended error next to KDC_ERR_BADOPTION (0xD). Windows clients rarely trigger it; suspect non-Windows clients, custom tools or delegation requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows Kerberos client, appliance or custom code sends a request with a missing field, for example an AS request without a server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket renewal or validation asks for a different service or options than the original ticket allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegation request (S4U2Self/S4U2Proxy) asks for options the KDC refuses for that account, logged as 4769 with failure code 0xD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password change (kpasswd) request from a third-party tool is malformed or truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A middlebox inspecting port 88 rewrites or truncates Kerberos messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, find the failing requests (failure code 0xD) and note the client address and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with a Windows client requesting the same ticket; if Windows succeeds, the fault is in the other client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For delegation, check the front-end account&apos;s delegation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the exchange and inspect the request&apos;s kdc-options and padata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the third-party Kerberos library, appliance firmware or tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; appears as the extended error (KERB-EXT-ERROR) in KDC replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different, more specific KDC rejection: the encryption type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC rejected the pre-authentication type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation requests the DC cannot process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client-side counterpart for a malformed name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC knows the service is in another realm but has no trust path to refer the client there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a service outside its own domain, the KDC must find a trusted domain on the way to the target realm and issue a referral ticket. When no such route exists, it fails the request with this extended error, normally alongside KDC_ERR_S_PRINCIPAL_UNKNOWN. The client then often falls back to NTLM, or reports that the target is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trust between the domains, or only a one-way trust in the wrong direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s DNS suffix differs from its AD domain (disjoint namespace), so the KDC cannot tell which trusted realm owns the SPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name suffix routing for that suffix is disabled or in conflict on the forest trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust is broken (trust password out of sync) or the trusted domain&apos;s DCs are unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external (non-forest) trust or an MIT realm mapping does not cover the host name used in the SPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the trusts the domain has, with direction and type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the trust itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check forest trust settings and name suffixes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the ticket directly to see the error from the client side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the host&apos;s DNS suffix differs from its domain, map it to the right realm (or use an SPN with the domain&apos;s DNS name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals exist but loop instead of leading to the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client typically reports when no referral can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another cross-realm failure, for delegated credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC and the client or service account share no Kerberos encryption type it is allowed to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC returned KDC_ERR_ETYPE_NOTSUPP (0xE): none of the encryption types the client offered are both enabled on the DC and available as keys for the account or service involved. It is common after disabling RC4 or DES, and with accounts whose passwords have not been changed since AES was introduced. The DC logs events 4768/4769 with code 0xE and often KDC events 14, 16, 26 or 27.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RC4 was disabled on DCs or clients, but the service or user account has only RC4 keys (password not reset since the domain gained AES support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msDS-SupportedEncryptionTypes on the service account lists only types the DC no longer allows (for example DES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Linux or Java client or keytab is limited to DES or RC4 (default_tkt_enctypes, permitted_enctypes in krb5.conf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has &apos;Use Kerberos DES encryption types for this account&apos; set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust&apos;s key is RC4 only while AES is required across the trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, find 4768/4769 events with failure code 0xE and note the account and ticket options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the KDC&apos;s explanation of the missing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s allowed types and when its password was last set (AES keys exist only after a reset on a 2008+ domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the encryption types configured for a trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After fixing the account, get a new ticket and confirm its encryption type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption type exists but is unavailable on the local machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service has no key for the ticket&apos;s encryption type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC gave no encryption type hint for pre-authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General no-common-algorithm failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Kerberos pre-authentication method used (or demanded) is not supported by the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before issuing a TGT the KDC verifies the client with a pre-authentication method: an encrypted timestamp for passwords, or PKINIT for certificates and smart cards. This code means the KDC rejected the method the client offered (KDC_ERR_PADATA_TYPE_NOSUPP, 0x10) or the client could not use any method the KDC asked for. In Windows domains it is nearly always a smart card or certificate logon against a DC without a usable KDC certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card or certificate logon against a DC that has no valid KDC certificate (Kerberos Authentication or Domain Controller Authentication template not enrolled, or expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Hello for Business key trust used against DCs older than Windows Server 2016</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows KDC (MIT, Heimdal) without PKINIT configured, or one that demands a method Windows lacks (OTP, SPAKE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos armoring (FAST) required by policy while the client or DC does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, look for events 4768/4771 with failure code 0x10 for the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every DC has a valid certificate for PKINIT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the DC&apos;s machine certificates and their EKUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the issuing CA is in the NTAuth store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the DC versions when using Windows Hello for Business key trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate was rejected during PKINIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC&apos;s certificate for PKINIT expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC certificate&apos;s CA is not trusted by the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC gave no pre-authentication hint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation needs Kerberos delegation, but the server is not trusted for it or the user&apos;s account cannot be delegated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some operations must reuse the user&apos;s identity on a second hop, which requires a forwardable Kerberos ticket, a server trusted for delegation and a user account that allows delegation. When any of these is missing the request fails with this code. The classic case is encrypting or decrypting EFS files on a remote share; it also appears in other double-hop scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFS operations on a file share: the file server&apos;s computer account is not trusted for delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user account has &apos;Account is sensitive and cannot be delegated&apos; set or is in Protected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front-end server uses constrained delegation but the back-end SPN (for example cifs/fs01) is not in its msDS-AllowedToDelegateTo list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client reached the server with NTLM (IP address, CNAME without SPN), so there is no Kerberos ticket to delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s delegation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the user may be delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check membership of Protected Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, check that the ticket for the server is forwardable and ok_as_delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After changing delegation settings, drop the client&apos;s tickets so new ones carry the new flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same need across a forest trust that blocks delegation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation blocked by credential delegation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constrained delegation with protocol transition not supported by the DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested delegation flag could not be granted for the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s channel binding token does not match the TLS channel the server sees (Extended Protection failure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Extended Protection for Authentication (EPA) the client ties its Kerberos or NTLM token to the TLS channel it sees, and the server compares that binding with its own channel. A mismatch or a missing binding where one is required fails with this code on the server. Typical places: LDAPS binds with channel binding enforced (LDAP error data 80090346), IIS, Exchange and AD FS with Extended Protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer, reverse proxy or TLS-inspecting firewall terminates TLS, so the client binds to the proxy&apos;s certificate and the server to its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP channel binding is enforced on DCs (LdapEnforceChannelBinding = 2) and the client (older Windows, Java or Linux LDAP library, appliance) does not send channel bindings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS Windows authentication has Extended Protection set to Require and the client is an old or third-party HTTP stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Extended Protection enabled while SSL offloading is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On DCs, check the LDAP channel binding setting (0 never, 1 when supported, 2 always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable LDAP interface diagnostic logging so failing clients are logged as event 3039</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the clients that failed channel binding validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On IIS, check the Extended Protection setting for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test from a client that connects straight to the server, bypassing the load balancer or proxy; if it works, move TLS termination to the server or relax EPA for that path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some applications report the failed binding as a generic logon failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when a proxy alters the authentication token itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS-inspecting proxies often cause certificate trust errors as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could be mapped to more than one account, so Windows does not know which user it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate logon (smart card, Windows Hello certificate, TLS client certificate mapped to AD accounts) must resolve the certificate to exactly one account. When the UPN or an explicit mapping matches several accounts, the DC or the Schannel server refuses with this code. Users can pick an account with a user name hint if that policy is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same certificate is mapped explicitly (altSecurityIdentities) on two accounts, for example a user&apos;s normal and admin accounts sharing one smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two accounts in the forest carry the same UPN (possible across domains) that appears in the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broad mapping (issuer only, or issuer and subject) matches several accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of an account (migration or test account) kept the old account&apos;s certificate mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the certificate&apos;s UPN, subject, issuer and serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the whole forest (Global Catalog) for accounts with that UPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List explicit certificate mappings and look for the same value on several accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the duplicate mapping, or enable the &apos;Allow user name hint&apos; smart card policy so users can name the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate maps to the wrong account or to none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel could not process the client certificate at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic failure some applications show for the same attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no Kerberos key able to decrypt the ticket it received (KRB_AP_ERR_NOKEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows returns this code for the Kerberos error KRB_AP_ERR_NOKEY (0x2D): the acceptor holds no key of the ticket&apos;s encryption type for the account the ticket was issued to. The Windows message for it is only the symbol name. It is seen on the server or in the client&apos;s report of the server&apos;s error, mostly with services on Linux or Java using a keytab, or with services running as accounts that have no password-derived keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keytab (Linux, Java, appliance) lacks an entry for the ticket&apos;s encryption type, for example AES256 tickets while the keytab has only RC4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service runs as a user that signed in with a smart card or Windows Hello, so its session has no long-term Kerberos key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s password was changed and the keytab or service was not updated with keys of the new type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msDS-SupportedEncryptionTypes on the service account was changed, so the KDC now issues tickets of a type the acceptor has no key for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, request the ticket and note its encryption type and key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Linux server, list keytab entries with their encryption types and key versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the account&apos;s key version number and allowed encryption types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the keytab with all encryption types the account supports, then purge client tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form; its message text explains the condition (no acceptable Kerberos credentials on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key exists but does not decrypt the ticket (password or SPN mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption type mismatch already at the KDC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user-to-user fallback used when a server has no long-term key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not valid for this purpose (wrong or restricted EKU or key usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel checks that a certificate is allowed for what it is being used for: Server Authentication for a TLS server, Client Authentication for a client certificate. If the Enhanced Key Usage, the key usage bits or a restriction higher up the chain rule that out, the handshake fails with this code. The side that validates the certificate reports it: the client for a server certificate, the server for a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate (IIS, RDP, LDAPS, SQL Server) lacks the Server Authentication EKU (1.3.6.1.5.5.7.3.1), for example it was issued from a User or Code Signing template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS client certificate lacks the Client Authentication EKU (1.3.6.1.5.5.7.3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA certificate restricts EKUs, so the leaf certificate is not valid for server authentication even though it lists it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s intended purposes were restricted in the local certificate store properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key usage extension does not allow what the negotiated cipher suite needs (for example no digital signature for ECDHE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dump the certificate and check Enhanced Key Usage and Key Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate the whole chain, including EKU restrictions on intermediate CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the machine certificates with their EKUs to find the one in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RDP, find which certificate the listener uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel errors for the failing handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel could not process the certificate for another reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at a root the client does not trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another certificate validity failure in the same handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer often sends a fatal alert that surfaces as this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate could not use Kerberos because no domain controller answered, and it refused to fall back to NTLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Negotiate package on the client tried Kerberos, but no domain controller (KDC) could be reached, and it declined to quietly switch to NTLM, because an attacker who blocks traffic to the DCs could force exactly that weaker fallback. The client reports it: RDP with Network Level Authentication, domain password changes and access to file shares from machines that are outside the corporate network or behind a broken VPN. Older Windows versions show the same code as &apos;a possible attempt to compromise security&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cannot reach any domain controller of contoso.com: VPN down, or a firewall blocks Kerberos (TCP/UDP 88) and LDAP (389) to the DCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s DNS cannot resolve the _kerberos._tcp and _ldap._tcp SRV records of the domain (public DNS configured, or a split-DNS gap on the VPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain password change or reset runs while no DC is reachable; since the MS16-101 update Negotiate no longer falls back to NTLM for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP with Network Level Authentication to a domain server by its name from a laptop that is off the network, so the Kerberos leg fails before any NTLM attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC the client has cached is offline and the DC locator has not yet found another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client can locate a domain controller now; a failure here explains the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Kerberos SRV records of the domain resolve from the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the Kerberos port on the DC that the locator returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a ticket to the target directly; an error here confirms that the Kerberos leg is the one failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect the VPN or move to the corporate network and retry; change domain passwords only while a DC is reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS twin: the same condition as seen by the LSA and kernel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also means that no domain controller could be reached, without a refused NTLM fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller found the certificate on the user&apos;s smart card revoked, so smart card logon is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During smart card logon (Kerberos PKINIT) the KDC on the domain controller checks the user&apos;s certificate against its CA&apos;s CRL or OCSP responder, and the certificate is listed as revoked. The client only shows the refusal; the DC&apos;s Security log records the failed ticket request with the certificate&apos;s issuer and serial number (failure code 0x48). Virtual smart cards and Windows Hello for Business certificate trust use the same path and fail the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was revoked on purpose (card reported lost, user left, card reissued) but is still on the card in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds both an old, revoked certificate and a renewed one, and the old one is chosen at the logon screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk revocation on the CA (template clean-up, re-keying, compromise response) also hit certificates that are still used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was put on hold (reason Certificate Hold) and never released from hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, list the certificates on the card and see which one fails chain validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the exported user certificate with fresh revocation data and read the revocation reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, read the failed ticket requests (events 4768/4771) for the certificate&apos;s serial number and failure code 0x48</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the CA, confirm the revocation and its reason; release it only if it was a Certificate Hold, otherwise enroll a new certificate and remove the revoked one from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead when the DC cannot reach the revocation data at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other usual reason why a card certificate stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same check failing for the domain controller&apos;s certificate instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card certificate chains to a CA that the domain controller does not trust for logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC on the domain controller could not build the user&apos;s smart card certificate up to a trusted root, or the issuing CA is not trusted for domain logon. The client&apos;s logon screen reports it, while the details are on the DC (failed ticket requests, KDC and CAPI2 events). It typically follows the introduction of a new or third-party PKI (for example government PIV/CAC cards) or a renewed CA certificate that has not reached the DCs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root CA of the card&apos;s certificate is missing from the Trusted Root Certification Authorities store of the DCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA certificate is missing on the DCs and the certificate&apos;s AIA URL cannot be reached from them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA certificate is not published in the enterprise NTAuth store, or the DC has not yet received it by Group Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate was renewed and the new CA certificate was not distributed to the DCs and to NTAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, check the card; the output says whether the chain validates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the CAs in the enterprise NTAuth store and confirm that the issuing CA is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is missing, publish the issuing CA certificate to NTAuth (as an Enterprise Admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, verify the user certificate as the DC sees it, fetching the AIA and CDP URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh Group Policy on the DC so that the root and NTAuth copies are updated, then retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broader &apos;certificate not trusted&apos; refusal for the same logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror case: the client does not trust the CA of the DC&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS (Schannel) counterpart of an untrusted chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC could not find out whether the smart card certificate is revoked (CRL or OCSP unreachable or expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart card logon requires the KDC to confirm that the user&apos;s certificate is not revoked. When the certificate&apos;s CRL distribution points or OCSP responder cannot be reached from the domain controller, or the only CRL it can get has expired, the KDC refuses the logon (failure code 0x49 or 0x4A on the DC). The user sees it at the logon screen; the cause is almost always on the path between the DC and the PKI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s CRL has passed its Next Update date because the CA stopped publishing (service down, publishing job failing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC cannot reach the CDP URL in the certificate: HTTP blocked by a firewall or proxy, or an LDAP CDP pointing at a removed CA object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline root CA&apos;s CRL has expired, so the issuing CA&apos;s own certificate cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no CDP or OCSP location at all, as with some third-party or home-built PKIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate refers to a delta CRL that is not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, verify the user certificate and note which URL fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CAPI2 logging on the DC to record every revocation fetch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a failed logon, read the CAPI2 events for the URL and error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the issuing CA, publish a fresh CRL and make sure it reaches every CDP location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as a stopgap while the PKI is fixed: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under HKLM\SYSTEM\CurrentControlSet\Services\Kdc makes the KDC accept a revocation status it cannot determine; remove it afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same failure on the client while it checks the DC&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead when the check works and finds the certificate revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller did not trust the certificate presented for smart card (PKINIT) logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC rejected the certificate in the PKINIT pre-authentication request (Kerberos error KDC_ERR_CLIENT_NOT_TRUSTED, 0x3E, in the DC&apos;s failed ticket request events). It is the broad trust failure of certificate logon: NTAuth, chain, key usage and revocation problems can all end here. The logon screen on the client shows it; the reason is found on the domain controller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA is missing from the enterprise NTAuth store, or the DC&apos;s local copy of NTAuth is out of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root or an intermediate CA of the user certificate is not trusted on the DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC could not check revocation for the certificate (CDP or OCSP unreachable, CRL expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate lacks a key usage or EKU that the DC accepts for logon (Smart Card Logon or Client Authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, check the chain of the card certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that the issuing CA is in the enterprise NTAuth store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, read the failed ticket requests for the user; failure code 0x3E confirms an untrusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, read the KDC events: event 21 gives the chain status of a rejected client certificate, events 39 to 41 point at certificate mapping (KB5014754)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, verify the certificate with URL retrieval to see both the trust and the revocation result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more specific case: the issuing CA chain is the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more specific case: the revocation check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the certificate is trusted but names the wrong account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logon certificate on the user&apos;s smart card is outside its validity period, so the DC refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller checked the validity dates of the certificate used for smart card, virtual smart card or Windows Hello for Business certificate-trust logon and found it expired (or not yet valid). The user sees the refusal at the logon or unlock screen. Cached logons can still work while the machine is offline, which hides the problem until it talks to a DC again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate passed its NotAfter date without renewal (automatic renewal needs the card inserted during a logon before expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds a renewed certificate and the expired one, and the expired one is picked at the logon screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate or issuing CA certificate in the chain has expired, which makes the whole chain time-invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC&apos;s or the client&apos;s clock is far off, so a valid certificate looks expired or not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the certificates on the card with their validity dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the user&apos;s certificates with their expiry dates (smart card certificates are copied into the user&apos;s personal store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the DC&apos;s clock with the client&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or re-enroll the certificate through the CA or the card management system, then remove the expired one from the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same check failing on the domain controller&apos;s own certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS (Schannel) counterpart of an expired certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service asked a KDC for S4U (protocol transition or constrained delegation) and that KDC does not implement it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service for User (S4U2Self and S4U2Proxy) is a Microsoft extension to Kerberos that lets a service get tickets on behalf of a user. This code is returned on the service&apos;s server when the KDC that must answer, usually the user&apos;s home realm reached through a trust, does not support it. Today it is rare and mostly involves users from non-Windows Kerberos realms or very old domain controllers; the service (IIS, a gateway, SQL Server) logs it when it builds the user&apos;s identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user belongs to a non-Windows Kerberos realm (MIT, Heimdal, old Samba) trusted by the forest, and that KDC cannot answer S4U2Self</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain on the trust path still has domain controllers older than Windows Server 2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application creates a Windows identity from a UPN alone (S4U logon) for a user whose realm&apos;s KDC lacks S4U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party Kerberos server or appliance answers for the service&apos;s domain instead of a Windows DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which DC the service&apos;s server uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the domain&apos;s trusts and check whether the user&apos;s realm is a non-Windows (MIT) realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the service&apos;s server, list the tickets it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the service account is set up for delegation (protocol transition needs TrustedToAuthForDelegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For users of a non-Windows realm, use an authentication path that does not need S4U, such as forwarding the user&apos;s own Kerberos ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another S4U limit across realms, on the constrained delegation side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A related cross-realm failure: the KDC cannot refer the request to the user&apos;s realm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account-based constrained delegation was asked to reach a service in another domain, which it cannot do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A front-end server (IIS, a gateway, SQL Server linked servers) tried Kerberos constrained delegation (S4U2Proxy) to an SPN in its msDS-AllowedToDelegateTo list, but that SPN belongs to an account in another domain or forest. Delegation configured on the front-end account only works within one domain, so the front-end server reports this code. Resource-based constrained delegation, set on the back-end account, is the supported way across domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msDS-AllowedToDelegateTo on the front-end account lists an SPN such as MSSQLSvc/sql01.fabrikam.com:1433 that is registered in another domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-end service moved to another domain or forest after delegation was set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same SPN is registered in two domains and the KDC resolves it outside the front-end&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a migration the delegation list still points at service accounts of the old domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the SPNs that the front-end account may delegate to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find which account, in which domain, holds the back-end SPN (forest-wide search)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to resource-based constrained delegation: allow the front-end on the back-end account, in the back-end&apos;s domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge the tickets of the front-end&apos;s computer account and retest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other S4U failure across realms: the KDC does not support S4U at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the account is not trusted for delegation at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client could not check whether the domain controller&apos;s certificate is revoked, so it stopped the smart card logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In PKINIT the client also validates the DC&apos;s KDC certificate, including its revocation status. If the client cannot reach the CRL or OCSP locations named in that certificate, or gets only an expired CRL, it aborts the logon and reports this code. It is typical of machines that log on before they can reach the PKI: laptops off-site, VPN connected only after logon, or isolated network segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cannot reach the HTTP CDP or OCSP responder of the DC certificate: off-site, VPN not up yet, or a proxy or firewall blocks it before logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC certificate only has an LDAP CDP, which clients outside the network or in another forest cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s CRL has expired because publication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WinHTTP proxy is set for the machine, so system components cannot fetch CRLs even though the browser can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the DC certificate and verify it on the client with URL retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy that system components use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable CAPI2 logging on the client to see the failing URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the certificates of all DCs validate, revocation included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only as a stopgap on clients: the DWORD UseCachedCRLOnlyAndIgnoreRevocationUnknownErrors=1 under HKLM\SYSTEM\CurrentControlSet\Control\Lsa\Kerberos\Parameters; fix CRL publication and reachability instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same failure on the DC while it checks the user&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead when the check works and finds the DC certificate revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client does not trust the CA that issued the domain controller&apos;s certificate, so certificate logon stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During smart card or Windows Hello for Business logon the client validates the DC&apos;s KDC certificate and could not chain it to a root in its own Trusted Root store. The client reports it. It is common on devices that do not receive the enterprise root through Group Policy, such as Microsoft Entra ID-joined devices using Hello for Business to reach on-premises resources, and after DCs switch to certificates from a new CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise root CA is not in the client&apos;s Trusted Root Certification Authorities store (workgroup or Entra ID-joined device without an Intune trusted certificate profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC&apos;s certificate comes from a different CA (new or third-party) than the one the clients trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA certificate is missing on the client and its AIA URL is not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List and verify the certificates that each DC offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, look at its machine certificates and note the issuer of the KDC certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the client, verify the exported DC certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s Trusted Root store for the enterprise root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the root and intermediate CA certificates to the clients by Group Policy or an Intune trusted certificate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mirror case: the DC does not trust the CA of the user&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason why the client rejects the DC&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain controller&apos;s own certificate, used for smart card logon, has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients validate the DC&apos;s KDC certificate during PKINIT, and this one is past its validity period. Every smart card and Hello for Business certificate logon against that DC fails while password logons keep working, which looks random when only some DCs are affected. The client reports it; the fix is on the DC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoenrollment on the DC stopped renewing its Kerberos Authentication (or Domain Controller Authentication) certificate: CA unreachable, template permissions changed or template no longer issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC was offline for a long time or restored from an old backup, and its certificate lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s own certificate expired, taking the DC certificates it issued with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC holds several certificates and still selects an expired one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the certificates of every DC with their validation status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, check the machine store with validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, trigger autoenrollment to renew the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, read the autoenrollment errors in the Application log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a valid certificate is in place, delete the expired one from the DC&apos;s machine store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other way the DC&apos;s certificate becomes unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same check failing on the user&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client found the domain controller&apos;s certificate revoked and refused the smart card logon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During PKINIT the client checked the revocation status of the DC&apos;s KDC certificate and found it on the CA&apos;s revocation list. Certificate logons against that DC fail while password logons work. The client reports it; the DC must get a new, valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC certificate was revoked (DC rename, demotion clean-up, re-keying, compromise response) while the DC still uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DC holds a revoked older certificate next to a valid one and presents the revoked one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk revocation of certificates from an old template also hit the DCs&apos; certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, check each certificate in the machine store, revocation included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the revoked certificate on the DC, then trigger autoenrollment for a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, check the KDC events about its certificate after the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned instead when the client cannot reach the revocation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security package rejected an argument of an SSPI call: a programming or integration error, not a logon failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSPI function (AcquireCredentialsHandle, InitializeSecurityContext, QueryContextAttributes and others) received a value the package cannot use: a malformed structure, a bad flag combination or a wrong buffer type. It is raised locally in the calling process, not by the peer or a DC. Administrators see it in application logs, often because an update of the application, of its SSPI or TLS library, or of Windows changed what is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A structure passed to AcquireCredentialsHandle has the wrong version or size, or an unsupported flag combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A null or empty identity, target name or package name where the package needs one (non-Microsoft SSPI implementations return this code where Windows returns a more specific one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security buffers of the wrong type or length are passed to InitializeSecurityContext, AcceptSecurityContext or EncryptMessage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wrapper library declares the SSPI structures with a wrong layout (32-bit versus 64-bit, packing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the application&apos;s trace or debug log, find which SSPI call failed and with which arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a recent update of Windows or the application coincides with the start of the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For TLS connections, turn on full Schannel event logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then read the Schannel events that match the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the failing call to the application vendor; directory or certificate changes will not fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other common programming error: a bad credential or context handle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the request is well-formed but the package cannot do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the buffers are fine but the token inside them is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP on the client will not send the user&apos;s credentials: its delegation policy does not allow this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP (RDP Network Level Authentication, PowerShell remoting with CredSSP, some Hyper-V and cluster tools) passes the user&apos;s credentials to the server only if the client&apos;s Credentials Delegation policies list the server&apos;s SPN. Without a matching &apos;Allow delegating ... credentials&apos; entry, or with a matching &apos;Deny&apos; entry, the client stops before anything is sent. It is reported on the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Allow delegating fresh credentials&apos; (or default or saved credentials) does not list the target, for example WSMAN/web01.contoso.com or TERMSRV/web01.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy lists a different name from the one used to connect (short name, IP address or alias instead of the FQDN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &apos;Deny delegating ... credentials&apos; policy matches the target and overrides the allow list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved RDP credentials are used but only fresh credentials are allowed for the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CredSSP client role of WinRM was never enabled on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Credentials Delegation policies that apply to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the Group Policy object that sets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For PowerShell remoting, show the CredSSP client configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow delegation to the target for WinRM (adds WSMAN/web01.contoso.com to the fresh credentials list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect with exactly the name the policy lists, usually the FQDN, and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same policy check when the server was authenticated only with NTLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegation refusal on the Kerberos side, set in Active Directory rather than client policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP will not delegate credentials because the server was authenticated only with NTLM and policy forbids that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before CredSSP sends credentials it wants the server&apos;s identity proven by Kerberos or a trusted TLS certificate. When authentication fell back to NTLM, delegation is allowed only if the target matches an &apos;Allow delegating ... credentials with NTLM-only server authentication&apos; policy; otherwise the client stops with this code. The symbol and the Windows text really spell it &apos;NLTM&apos;. It is met with RDP saved credentials and PowerShell CredSSP to workgroup servers, IP addresses or servers with a broken SPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting by IP address or a DNS alias, so no SPN matches and Negotiate falls back to NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s SPN (TERMSRV/, WSMAN/ or HOST/web01.contoso.com) is missing or registered on two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is in a workgroup or an untrusted domain, so Kerberos is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cannot reach a KDC (off-site, port 88 blocked), so Negotiate used NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved credentials are used and only &apos;Allow delegating saved credentials&apos; is set, not its NTLM-only variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that Kerberos works to the target by asking for its ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the SPN exists exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by the FQDN instead of an IP address or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the NTLM-only delegation policies on the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If NTLM is unavoidable (workgroup host), add the target to the matching NTLM-only policy knowingly: the server&apos;s identity is then not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same policy check when no allow entry matches at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A missing SPN, the usual reason for the NTLM fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also raised when the server&apos;s identity could not be proven.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call referred to a security context that does not exist (never created, already deleted or lost); rare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was asked to work with a security context it cannot find. It is uncommon in administrator-facing logs and normally means the application handles context lifetimes wrongly, or the context disappeared underneath it because the connection or logon session it belonged to ended. It is raised on whichever side made the call, client or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application uses a context after DeleteSecurityContext or after the connection that owned it was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context is queried or impersonated before the handshake has created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer sends the steps of one HTTP authentication handshake over different connections or servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logon session behind the context ended (user logged off, service restarted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the application&apos;s trace, find the failing call and whether it ran before the handshake finished or after clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For HTTP authentication behind a load balancer, check that one TCP connection and one server carry the whole handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the current logon sessions to see whether the session still exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with a new connection; if that works, the problem is context lifetime in the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned when the handle itself is malformed rather than pointing at nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context exists but its lifetime is over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context deleted before the handshake finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKU2U peer authentication (used between Microsoft Entra ID-joined devices) failed on a certificate problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKU2U is a certificate-based peer-to-peer protocol, offered through Negotiate, that lets two devices without a common domain authenticate online identities. Its main use today is RDP to Microsoft Entra ID-joined (Azure AD-joined) machines, where both sides use short-lived certificates issued by MS-Organization-P2P-Access. When one side lacks such a certificate or it cannot be validated, Negotiate returns this code, usually on the connecting client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client device is not Entra ID-joined or registered in the same tenant, so it cannot get a P2P certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The P2P access certificate on one side has expired or was never issued (device out of sync with Entra ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;Network security: Allow PKU2U authentication requests to this computer to use online identities&apos; is disabled on either machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of one device is far off, so the short-lived certificate looks invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On both machines, check the join state and the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the PKU2U online identity setting (1 means allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a certificate issued by MS-Organization-P2P-Access in the user&apos;s (and the computer&apos;s) personal store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the time source and offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RDP to Entra ID-joined machines, consider the Microsoft Entra sign-in option (RDP property enablerdsaadauth:i:1), which does not use PKU2U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in the same RDP scenario when the user name is not in UPN form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generic logon failure that follows when PKU2U cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client required proof of the server&apos;s identity (mutual authentication) and did not get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for mutual authentication and the exchange ended without the server proving who it is, typically because Negotiate ended up with NTLM, which cannot authenticate the server, or because the server&apos;s Kerberos reply could not be verified. Features that insist on a verified server, such as CredSSP or Remote Credential Guard, stop here instead of carrying on. The client reports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting by IP address or an alias, so Kerberos cannot be used and NTLM gives no proof of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPN of the target is missing, duplicated or on the wrong account, so Kerberos fails and Negotiate falls back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answers with a key the client does not expect (service account password changed, stale keytab on a non-Windows server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client cannot reach a KDC for the server&apos;s realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or load balancer answers the authentication, so the responding host is not the one named in the SPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that a Kerberos ticket for the target can be obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the SPN exists once and on the account that runs the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client&apos;s Kerberos events; event 4 (KRB_AP_ERR_MODIFIED) means the server holds a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect by the FQDN, purge the ticket cache and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general form: a requested property such as mutual authentication was not achieved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos found the server principal wrong, a frequent root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CredSSP refusal that follows when only NTLM was possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication component that only works over HTTPS was given a plain http:// address; rarely seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft does not document which component returns this code, and it is very rarely seen in logs. It means that an authentication transport which must run over TLS was pointed at an http:// URL. The best-known such transport is the Kerberos KDC proxy (MS-KKDCP), which Windows clients, RD Gateway and Azure Virtual Desktop use to reach a KDC over HTTPS. It is raised on the client that holds the URL setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KDC proxy server is configured without the https form (Group Policy &apos;Specify KDC proxy servers for Kerberos clients&apos; or an RDP file&apos;s KDC proxy setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application passes an http:// endpoint to an authentication API that accepts only TLS-protected endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect or reverse proxy turns the authentication endpoint from https into http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the KDC proxy servers set by policy; each value should look like &lt;https kps.contoso.com:443:kdcproxy /&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the KDC proxy server, check that its URL is registered with HTTP.sys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the endpoint URL in the failing application&apos;s configuration or trace and change it to https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows when the KDC, directly or through a proxy, cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS application protocol negotiation (ALPN) failed: no protocol such as h2 or http/1.1 in common.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ALPN the client lists the application protocols it speaks inside the TLS handshake and the server picks one. When the server&apos;s Schannel finds no overlap and the server application requires a match, the handshake fails with this code and a no_application_protocol alert (120) goes to the client. It appears with HTTP/2-only or gRPC endpoints, protocols of your own over TLS, and .NET services that set the ALPN list on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client offers only h2 (gRPC, HTTP/2-only clients) while the server application accepts only http/1.1, or the reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both applications set an explicit ALPN list (e.g. ApplicationProtocols in .NET SslStream) with different protocol names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS-inspecting proxy or load balancer rewrites or removes the ALPN extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server were upgraded separately and the protocol name changed version (e.g. myproto/2 against myproto/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the server selects for a given ALPN list (OpenSSL installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an IIS or HTTP.sys server, check whether HTTP/2 over TLS was disabled (EnableHttp2Tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel events on the server for the failed handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the ALPN lists configured in both applications; a packet capture of the ClientHello shows what is offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same kind of &apos;nothing in common&apos; failure, for cipher suites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the other side often reports after receiving the fatal alert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is in a form the Microsoft Entra ID sign-in cannot use; it needs a UPN such as user@contoso.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in paths that authenticate against Microsoft Entra ID or a Microsoft account instead of Active Directory need the user&apos;s UPN (user@contoso.com). A DOMAIN\user or bare user name is rejected locally with this code before any password check. Administrators see it on Entra ID-joined devices and when connecting by RDP to Entra ID-joined machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP to an Entra ID-joined machine with DOMAIN\user or a plain user name instead of AzureAD\user@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in on an Entra ID-joined device with the down-level (NetBIOS) form of the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved credential in Credential Manager still holds the old DOMAIN\user form for that target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A script, .rdp file or cmdkey entry supplies the user name in the down-level form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the user&apos;s UPN, which is the form to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the device is joined (AzureAdJoined, DomainJoined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved credentials and replace any entry for the target that uses the old form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry with AzureAD\user@contoso.com (RDP to Entra ID-joined machines) or user@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate side of the same RDP-to-Entra ID scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generic logon failure, for a name in the right form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel had a subscribed TLS extension to hand back, but the caller&apos;s buffer for it was too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications can subscribe to raw TLS extensions through Schannel (SECBUFFER_SUBSCRIBE_GENERIC_TLS_EXTENSION); MsQuic, for example, receives the QUIC transport parameters this way. When the peer&apos;s extension is larger than the buffer supplied, Schannel returns this code with the size it needs, and a correct caller enlarges the buffer and calls again. It only reaches logs when the caller does not handle it, so it points at the application or library, typically a QUIC or HTTP/3 stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer sends an unusually large extension (e.g. QUIC transport parameters with large private entries) and the application&apos;s fixed-size buffer cannot hold it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old MsQuic or QUIC library version that does not retry with a larger buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom TLS application subscribes to an extension and treats this retryable code as fatal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the process and the library version (msquic.dll, HTTP/3 stack) that logged the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application or MsQuic to a version that resizes the extension buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm that the QUIC path is involved on an HTTP.sys server, disable HTTP/3 for a test (restart HTTP or reboot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel events around the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The general &apos;buffer too small&apos; code for tokens and messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The normal result when the subscribed extension fits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sibling caller error: too few buffers rather than one too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller passed too few SecBuffer entries for the package to write the token it has to produce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InitializeSecurityContext, AcceptSecurityContext and the message functions take an array of SecBuffer entries, and some steps need more than one output buffer (for example a token plus an alert or extra data). When the array holds fewer entries than the package needs, it fails with this code instead of producing a token. It is an application or library bug on the side that made the call; newer protocol features can expose code that used to work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s output buffer descriptor has a single token buffer where the package needs more (for example one for a TLS alert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS library written for older Windows builds meets a newer handshake path that needs additional buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer count (cBuffers) in the SecBufferDesc does not match the array actually allocated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the application&apos;s trace, identify the process and the SSPI call that failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the failures began after a Windows or application update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application or its TLS library, and report the failing call to the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The related caller error: enough buffers, but one is too small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same family of caller error for TLS extension buffers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: the SSPI call did what was asked, and a handshake is complete. Not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC_E_OK is the zero status every SSPI function returns when it succeeds; from InitializeSecurityContext or AcceptSecurityContext it marks the last leg of the handshake. It is not an error and needs no action by itself. Administrators mostly meet it as 0x00000000 next to a failure that happened later or in another layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose logging (Schannel event logging, Kerberos or NTLM ETW traces, application debug logs) records every successful call, including completed handshakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication succeeded but authorization refused the request later: share or file ACLs, IIS URL authorization, or a SQL Server login without a database user (HTTP 403, 0x80070005)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate completed with NTLM instead of Kerberos: the logon works, but the next hop to a second server fails because NTLM credentials cannot be delegated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool prints 0x00000000 as its last SSPI status while the real error came from another layer (Win32, LDAP, HTTP or the certificate chain check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for the first non-zero status after this line in the same thread or connection; that is the real failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which package authenticated the logon: in event 4624 read &apos;Authentication Package&apos; and &apos;Logon Process&apos; (Kerberos or NTLM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a Kerberos service ticket for the target was obtained; no ticket means Negotiate used NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If access is still denied, compare the groups in the user&apos;s token with the resource&apos;s ACL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediate handshake legs that come before the final SEC_E_OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you would see if the logon itself had been rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often reported at a second hop when an NTLM logon has nothing to forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake in progress: send the output token to the peer and call again with its answer. Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InitializeSecurityContext or AcceptSecurityContext returns this code when the exchange needs another round trip: NTLM always takes three messages, Kerberos with mutual authentication waits for the server&apos;s reply, and a TLS handshake takes several legs. It is not a failure; the caller sends the output token, if any, and waits for the peer. It only matters in a log when the handshake never reaches SEC_E_OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handshake stalls because the peer&apos;s reply never arrives: a firewall, proxy or idle timeout drops the connection between legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM over HTTP behind a load balancer without session affinity, or with keep-alive disabled, so the third NTLM message lands on another connection or server (endless 401 prompts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application treats every status other than SEC_E_OK as an error and abandons the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not send the output token, or encodes it wrongly, so the peer cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or web application firewall strips or rewrites the Authorization and WWW-Authenticate headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the IIS log, a healthy NTLM or Negotiate logon shows one or two 401 responses followed by a 200 on the same connection; endless 401s mean the legs never complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture the traffic while reproducing the problem, then stop with netsh trace stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the load balancer, enable session persistence and keep-alive for sites that use Windows authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for the Kerberos service ticket directly to see whether Kerberos can work at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: send the output buffer whenever it is not empty, then call again on the same context handle with the peer&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same continuation, plus a CompleteAuthToken call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel variant that also allows early application data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel: more bytes of the peer&apos;s token must be read before the next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the next call returns if the token was damaged between legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The final status the handshake loop should reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is built but must be finished with CompleteAuthToken before it is sent. Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some exchanges, mainly Digest and DCE-style RPC authentication, leave the last step of building a message to the caller: the application finishes its message and then calls CompleteAuthToken on the context. It is not a failure, and no further handshake call follows. Administrators only meet it in traces of custom or older applications; WinHTTP, IIS and the RPC runtime handle it internally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest authentication (HTTP or SASL) where the response can only be completed once the request is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DCE-style RPC authentication, which needs the extra completion step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom application that ignores this code and sends an unfinished token, so the server rejects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSPI wrapper that expects only SEC_E_OK or SEC_I_CONTINUE_NEEDED and logs this success code as an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in the application&apos;s trace that CompleteAuthToken is called right after this code and before the token is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server then rejects the logon, read the reason on the server or DC that checked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IIS sites, check whether Digest authentication is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: treat SEC_I_COMPLETE_NEEDED and SEC_I_COMPLETE_AND_CONTINUE as success codes in the handshake loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same completion step, followed by another handshake leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common continuation code that needs no completion step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the peer may return when an unfinished token is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the token with CompleteAuthToken, send it, then call again with the peer&apos;s reply. Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code combines SEC_I_COMPLETE_NEEDED and SEC_I_CONTINUE_NEEDED: the caller completes the token, sends it to the peer and expects another token back. It is not a failure. It appears with Digest and DCE-style RPC exchanges and is normally handled inside the RPC runtime or the HTTP stack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest or DCE-style RPC authentication in progress; seeing it once per connection is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom handshake loop that performs only one of the two actions (skips CompleteAuthToken, or stops calling), leaving the context half built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code repeats without an eventual SEC_E_OK because the peer&apos;s reply is lost or the peer rejects the completed token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the application calls CompleteAuthToken and then calls the handshake function again with the peer&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RPC or DCOM problems, read the DCOM errors logged at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion step without a further handshake leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further handshake leg without a completion step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logon succeeded with cached credentials because no domain controller answered. Not a failure, but no DC checked the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a domain member cannot reach any domain controller at logon, Windows can check the password against the cached logon information and let the user in. This is not a failure, but the DC did not check the account state (password changes, lockout, group changes) and no Kerberos TGT was issued yet. It is reported on the client and is common on laptops that log on before the VPN or Wi-Fi is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A laptop logging on away from the network, before the VPN or Wi-Fi connects (expected for mobile users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network is not ready at logon time (slow NIC driver, 802.1X authentication) while fast logon optimisation lets the logon proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client DNS points to a non-AD resolver, so the DC locator cannot find a domain controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall or the site design blocks Kerberos (88), LDAP (389) or SMB (445) from the client to every DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the client can locate a domain controller for the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which DNS servers the client uses; they must be AD DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the session has a Kerberos TGT now that the network is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After connecting, lock and unlock the session (or sign out and in) so a DC checks the logon and issues a TGT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make desktops wait for the network, enable the policy &apos;Always wait for the network at computer startup and logon&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you get instead when no cached logon can be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos requests can fail this way while the session has no TGT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a DC answers, a password changed elsewhere is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel received a TLS extension the application asked to see; read it and continue. Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Windows versions let an application subscribe to TLS extensions that Schannel does not process itself, such as the QUIC transport parameters. When such an extension arrives during the handshake, Schannel passes it to the caller with this code; the caller reads it and calls again. It is not a failure and is seen mainly with MsQuic (HTTP/3, SMB over QUIC) and other QUIC stacks built on Schannel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QUIC handshakes (HTTP/3 in HTTP.sys, SMB over QUIC, MsQuic-based applications) that receive the transport parameters this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application that subscribed to an extension but does not handle this code, so it aborts a healthy handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer for the extension data is too small, which turns into SEC_E_EXT_BUFFER_TOO_SMALL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peers disagree on QUIC or extension support, and the handshake then ends with a TLS alert instead of SEC_E_OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Windows build: subscribing to TLS extensions needs Windows 11 or Windows Server 2022 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the Schannel errors logged at the same time on the failing side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For HTTP/3 served by HTTP.sys, check whether it is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: after reading the extension data, continue the loop as for SEC_I_CONTINUE_NEEDED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buffer given for the extension data was too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another handshake failure rooted in TLS extensions (ALPN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also met in QUIC handshakes over Schannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer closed the TLS session with close_notify. The normal end of a connection, not an error, unless it comes too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DecryptMessage returns this code when the other side sends a TLS close_notify alert to end the session. It is not a failure: the application stops reading, optionally sends its own close_notify and closes the socket. It becomes a symptom only when the peer closes before the expected request or response has been exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed an idle keep-alive connection (HTTP.sys, IIS or load balancer timeout) and the client tried to reuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ends the session just after the handshake because it rejected the client at application level, for example a missing or unmapped client certificate or an IP restriction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A load balancer or TLS-offloading proxy closes back-end sessions early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application code that does not expect this code logs it as an error or keeps reading from a finished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the time of the close with the server&apos;s idle timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a capture, check which side sends the TLS alert first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: on this code, finish the shutdown and open a new connection instead of reusing the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error form: the context was used after it expired or was shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other out-of-band event DecryptMessage reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a close: more bytes must be read before decrypting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS server asked for a client certificate and none suitable was supplied yet. Not an error by itself; the client must decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a Schannel handshake the server sent a certificate request, but the client&apos;s credential holds no certificate issued by a CA the server trusts. This is not a failure yet: the client can acquire a credential with a certificate and call InitializeSecurityContext again, or continue without one and let the server decide. It is reported on the client and usually ends with the server rejecting the connection when client certificates are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site or service requires or accepts client certificates (IIS SSL settings, an HTTP.sys binding, a VPN or RADIUS server) and the client has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is in the wrong store: the current user&apos;s store while the application runs as a service or LocalSystem, or the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate lacks the Client Authentication EKU, has no private key, or the calling account cannot open its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s issuing CA is not in the list of trusted issuers the server sends, so Schannel does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not handle this code and aborts instead of retrying with a certificate or continuing without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the user&apos;s certificates that have a private key and the Client Authentication EKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the certificate bindings of HTTP.sys, including &apos;Negotiate Client Certificate&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which CA names the server lists in its certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error form when the credentials cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate or other credential was found at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate offered lacks the Client Authentication usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS often asks for the client certificate through renegotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS peer sent handshake data after the handshake (renegotiation or a TLS 1.3 message). Not an error; process it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DecryptMessage returns this code when the data received is not application data but a new handshake message: a TLS 1.2 renegotiation request or, with TLS 1.3, a post-handshake message such as a session ticket or key update. It is not a failure: the application passes the extra data to InitializeSecurityContext or AcceptSecurityContext and then resumes reading. Problems start when an application does not implement this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.3 servers send session tickets right after the handshake; Schannel loops written for TLS 1.2 fail on the unexpected code (common after moving to Windows 11 or Windows Server 2022)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS asks for a client certificate on one path by renegotiating the TLS 1.2 session after reading the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer refuses to renegotiate (HTTP/2, TLS 1.3, or renegotiation disabled), which ends the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the binding requests client certificates in the initial handshake, which avoids renegotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does not, recreate the binding with clientcertnegotiation=enable (netsh http delete sslcert, then netsh http add sslcert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel renegotiation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: on this code, call the handshake function again with the extra data as input, then continue reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s answer when it declines to renegotiate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often follows when the renegotiation asks for a client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen when the context is used again after this code was mishandled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: the context was exported or imported, so there is no LSA half to delete. Not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security packages keep a context partly in the application&apos;s process and partly inside LSA (lsass.exe). After ExportSecurityContext and ImportSecurityContext move a context to another process, that copy has no LSA half, and the package reports this code internally when the copy is deleted so that SSPI skips the LSA clean-up. It is not a failure, and applications normally never see it because DeleteSecurityContext then returns SEC_E_OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service that hands authenticated contexts to worker processes with ExportSecurityContext and ImportSecurityContext deleting the imported copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A debug or ETW trace of the security packages recording the internal status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party SSPI wrapper passing the internal status on instead of treating it as success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat the line as informational and look for the first SEC_E_ error on the same connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the imported context fails later, check that the exporting process did not delete or reuse it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application or SSPI wrapper if it reports this code as an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What follows if a context is used after its owner deleted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context the caller refers to does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signature with the user&apos;s private key is needed before authentication can go on. Not an error; rare and internal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This informational code belongs to certificate-based logons, where the package needs the user&apos;s private key (on a smart card or in a key storage provider) to sign data before it can build its next message. It is not a failure; it asks the caller or the credential UI to perform the signature and continue. No widely used API documents returning it to applications, so it normally appears only in traces of smart card or certificate logons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smart card or certificate logon (Kerberos PKINIT, Windows Hello for Business) waiting for the card or key to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smart card was removed, its PIN is blocked, or the card middleware does not answer, so the signature never happens and the logon times out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom credential provider or SSPI wrapper that does not handle this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the card, its reader and its logon certificate are visible and usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Smart Card service is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, read the KDC errors logged at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error when the smart card logon certificate cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account may only log on with a smart card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS peer declined a renegotiation request (no_renegotiation alert). Not an error by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When one side asks to renegotiate a TLS 1.2 session, the other may answer with a no_renegotiation warning, which Schannel reports with this code. It is not a failure: the existing session stays usable, but whatever the renegotiation was for, typically a client certificate request, did not happen. A server that relied on it then usually rejects the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS or HTTP.sys tried to request a client certificate mid-connection and the client refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client does not support secure renegotiation (RFC 5746) or has renegotiation disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection uses TLS 1.3 or HTTP/2, neither of which allows renegotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application renegotiates to refresh keys on long connections and the peer does not allow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IIS, require client certificates for the whole site instead of single paths so no mid-connection renegotiation is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Schannel renegotiation settings on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renegotiation request that was declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate the renegotiation was meant to obtain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel returned only part of a handshake message; send it and call again for the rest. Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With DTLS (TLS over UDP) a handshake flight can be larger than the path MTU, so Schannel hands it out in fragments. Each call returns one fragment with this code; the caller sends it and calls again until the whole flight is out. It is not a failure and is seen only with applications that use DTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A large DTLS handshake flight, typically a long certificate chain, split to fit the configured MTU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application that does not loop on this code and waits for input instead, so the handshake stalls with SEC_E_INCOMPLETE_MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A path MTU smaller than configured, or UDP fragments dropped by a firewall, so the peer never reassembles the flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the MTU of the interfaces on the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s certificate chain short; check what it contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: keep calling the handshake function until it returns something other than SEC_I_MESSAGE_FRAGMENT, sending each fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a broken fragment loop usually turns into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned once the whole flight has been handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handshake not finished, but application data may already be sent (early start). Normal flow, not an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel returns this variant of SEC_I_CONTINUE_NEEDED when the handshake needs another leg but the keys for application data are already available, so the caller may start sending early. It is not a failure; callers handle it like SEC_I_CONTINUE_NEEDED and may also send data. It is seen mainly with QUIC stacks such as MsQuic and with TLS 1.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TLS 1.3 or QUIC handshake on Windows 11, Windows Server 2022 or later, where data keys are ready before the handshake ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An older Schannel loop that only knows SEC_I_CONTINUE_NEEDED and fails on this newer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stall after this code because the peer&apos;s final flight never arrives (packet loss, UDP blocked for QUIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: handle this code exactly like SEC_I_CONTINUE_NEEDED in the handshake loop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For QUIC services, check that the server listens on UDP 443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plain continuation code this one extends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An asynchronous SSPI call was queued and has not finished yet. Not an error; wait for its result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows offers asynchronous SSPI functions (SspiAcquireCredentialsHandleAsync, SspiInitializeSecurityContextAsync and related) to kernel-mode drivers since Windows 10 1607 and Windows Server 2016. SspiGetAsyncCallStatus reports this code while the queued work is still running; the real result arrives later through the completion callback. It is not a failure and indicates a problem only when the call never completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kernel-mode component polled the call before LSA had finished the work (normal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSA answers slowly (busy lsass.exe, slow domain controllers), so calls stay pending longer than the caller&apos;s timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A driver bug that treats the pending code as the final result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat pending as normal and look for the final status reported when the call completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If calls stay pending, check whether lsass.exe is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable DCs keep calls pending and finally fail this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A common final result of an asynchronous handshake call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security package or LSA ran out of memory or another system resource for this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call failed because memory or a related resource ran out, either in the calling process or inside lsass.exe, where the security packages do most of their work. It is reported by the side that made the call and points at resource exhaustion or a leak rather than at authentication settings. A retry may work, but the error returns until the leak or pressure is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application leaks security contexts or credential handles (never calls DeleteSecurityContext or FreeCredentialsHandle), so lsass.exe keeps growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system commit limit is reached: page file too small or disabled, or one process using most of the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 32-bit application runs out of address space under heavy TLS or authentication load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party code loaded into lsass.exe (password filters, security packages, security agents) leaks memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the memory and handle counts of lsass.exe, and repeat later to see whether they keep growing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the trend of lsass.exe private bytes over ten minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for low-memory warnings (Resource-Exhaustion-Detector event 2004)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the processes with the most handles; a leaking SSPI caller often stands out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which third-party DLLs are registered to load into LSA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A caller-supplied buffer is too small; not a memory shortage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other failures inside LSA or a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential or context handle passed to SSPI is not valid: freed, never created, or from another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SSPI call after the first works on a credential handle, a security context handle, or both. This code means the handle does not refer to a live object: it was already deleted, never fully created, corrupted, or belongs to another process or logon session. It is reported locally by the side that made the call and nearly always points at the application&apos;s handling of handles, often after an earlier error it did not notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application deleted the context or freed the credentials (on timeout or dispose) while another thread still used them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier handshake call failed and the application carried on with the half-built context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pooled connection reused a TLS or Kerberos context that the peer had closed or that had expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handle was passed to another process, or kept after the logon session that created it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bug in a third-party SSPI wrapper or network library that mixes up handles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the first error on the same connection before this line; it usually explains this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application and its framework or TLS library to a current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: run the application under Application Verifier with handle checks to catch use after free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable connection pooling for a test to see whether reused connections trigger it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid handle, but the wrong credentials for this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security context the caller refers to does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context existed but is no longer usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context deleted before its handshake finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package cannot do what was asked: an unsupported option, TLS version or policy combination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security package received a request it does not implement or is not allowed to perform: a context option it lacks, a TLS version that is disabled or unknown, or a CredSSP exchange blocked by policy. Administrators meet it most as the Remote Desktop error &apos;The function requested is not supported&apos; and as a Schannel handshake failure between mismatched TLS settings. It is reported by the side whose package refused, usually the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP/CredSSP: a client with the May 2018 CredSSP update (CVE-2018-0886) meets a server without it, or a server set to &apos;Force Updated Clients&apos; meets an unpatched client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the two sides share no enabled protocol version, for example an old client or .NET Framework application offering only TLS 1.0 to a server that accepts only TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS versions switched off in the SCHANNEL Protocols registry key on one side, leaving nothing the other side accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller asked a package for a feature it lacks, for example credential prompting from Kerberos or a context attribute the package does not implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RDP, read the CredSSP policy on the client (0 = Force Updated Clients, 1 = Mitigated, 2 = Vulnerable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install current updates on both RDP client and server instead of lowering the policy to Vulnerable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the TLS protocol versions enabled on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test which TLS versions the server accepts from another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other common TLS mismatch: no cipher suite in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP refused by the credentials delegation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unsupported per-message protection option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package itself is missing, not just the function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target service could not be identified: no account holds its SPN, or the name cannot be used by Kerberos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked Kerberos for a ticket to a service name that could not be resolved: the domain controller found no account with the requested SPN, or the target was given in a form Kerberos cannot use, such as a bare IP address. With Negotiate the client often falls back to NTLM silently; the error surfaces when NTLM is not allowed or Kerberos was requested explicitly. It is reported on the client, and the DC logs the failed ticket request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account holds the SPN the client builds, e.g. HTTP/web01.contoso.com for a site running under a domain service account that never got the SPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting by IP address or by a DNS alias (CNAME) that has no SPN, so Kerberos has no principal to ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is in another forest without a forest trust, or its DNS suffix is not routed over the trust (name suffix routing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s computer account was deleted, renamed or rejoined, or a new SPN has not replicated to the DC the client asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM fallback is blocked (NTLM restrictions, Protected Users, a Kerberos-only client), so the missing SPN becomes a hard failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the forest for the SPN the client requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the KDC for the ticket directly and read the error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check how the name resolves; an alias needs its own SPN, or clients must use the real host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DC, look for failed service ticket requests (event 4769, failure code 0x7; needs auditing of Kerberos service ticket operations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the missing SPN on the one account that runs the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPN exists but on another account than the one running the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC itself could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-forest lookups that cannot be referred to the right realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal failure in LSA or a security package that has no more specific SSPI code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message says the Local Security Authority cannot be contacted, but in practice this is a catch-all: the package hit an error with no dedicated SSPI code. Administrators see it most as the Remote Desktop error &apos;The Local Security Authority cannot be contacted&apos; and as a Schannel failure when the server&apos;s certificate or key cannot be used. It can be reported on either side; the detail is in the Schannel or System events of the side that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP with Network Level Authentication to an account whose password has expired or must be changed at next logon; NLA cannot ask for a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS server certificate&apos;s private key is missing or the service account cannot read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS version or cipher suite in common for RDP or SQL Server, for example after disabling TLS 1.0 on hosts that still need it, or FIPS mode on one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lsass.exe is shutting down or hung, or a third-party LSA plug-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RDP, check whether the account&apos;s password has expired or must be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the expired password another way: at the console, with Ctrl+Alt+End in a working RDP session, or with the AD tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the certificate has a private key and that the key works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the RDP security layer (0 = RDP, 1 = Negotiate, 2 = TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The more specific code when a private key cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS cipher suite in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What an expired password gives outside NLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSA refusing new work while the system shuts down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security package the caller named is not installed or not loaded on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AcquireCredentialsHandle names a package (Negotiate, Kerberos, NTLM, Schannel, CredSSP, WDigest or a third-party one), and this code means SSPI found no loaded package with that name. Built-in packages are practically always present, so the usual causes are a removed optional package, a misspelt name in the application, or a system that is shutting down. It is reported locally by the calling computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application requests a package that is not registered: a typo, a third-party package that was uninstalled, or a name that exists only on other Windows versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional package was removed from the Security Packages list during hardening (for example wdigest, or tspkg which CredSSP needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is shutting down and LSA no longer accepts new requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package DLL failed to load at boot: missing file, or blocked by LSA protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the security packages LSA loads at startup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the SSPI providers registered for applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the system&apos;s package DLLs are intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for DLLs that lsass.exe refused to load because of LSA protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package exists but failed to initialise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package identifier passed in is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package exists but cannot do what was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller lacks the right or privilege to use these credentials, typically another logon session&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calling process asked for credentials it does not own, such as those of another logon session, or for an operation that needs a privilege like SeTcbPrivilege (&apos;Act as part of the operating system&apos;) that its account does not hold. It is reported locally on the machine making the call. It is rare in day-to-day administration and mostly appears with services that act on behalf of other users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service passes another logon session&apos;s ID to AcquireCredentialsHandle without holding SeTcbPrivilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account lacks a privilege the operation needs (missing privileges are reported with this code), for example after a GPO trimmed user rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller impersonates a user at identification level and then asks for that user&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service moved from LocalSystem to a less privileged account (virtual account, gMSA, NETWORK SERVICE) without its rights being re-checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the privileges of the account the service runs as (run this in the same context)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show which account the service uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the user rights assignments and look for SeTcbPrivilege and SeImpersonatePrivilege</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the logon sessions to see whose credentials the service is trying to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caller&apos;s own session has no usable credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another limit on acting for a different user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials cannot be used at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A security package failed to initialise when LSA loaded it, so it is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSA loads security packages at boot, and installers can add one with AddSecurityPackage; this code means the package&apos;s initialisation failed. Built-in packages practically never fail, so it almost always concerns a third-party package (single sign-on, MFA or password synchronisation agents) or a package blocked by LSA protection. It is reported on the computer that tried to load the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSA protection (RunAsPPL) is on and the third-party package is not signed to the level lsass.exe requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package DLL or one of its dependencies is missing, or a 32-bit DLL was registered on 64-bit Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s own configuration (service, licence, registry settings) is missing or damaged after an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An installer called AddSecurityPackage without administrative rights or before a required restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether LSA protection is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the digital signature of the vendor&apos;s package DLL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update or remove the third-party package, then restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What callers get afterwards when they ask for the missing package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other internal failures in LSA or a package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token received from the peer is malformed, truncated or not for this package; also LDAP&apos;s generic bind error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not parse the token passed to InitializeSecurityContext or AcceptSecurityContext: it was damaged in transit, cut short, meant for another package, or not a token at all. It is reported by the side that received the bad token. Domain controllers also use it for failed LDAP binds (&apos;80090308: LdapErr: ... AcceptSecurityContext error, data 52e&apos;), where the data value gives the real reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP bind failed on a DC; read the data value: 52e wrong password, 525 no such user, 530 or 531 logon time or workstation restriction, 532 password expired, 533 disabled, 701 account expired, 773 must change password, 775 locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS version mismatch with an old stack, for example SQL Server or an application without TLS 1.2 support talking to a peer where only TLS 1.2 is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy, TLS-inspection device, web application firewall or load balancer altered, truncated or split the authentication header or the handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP or another protocol sent to a TLS port, or TLS sent to a port that does not speak it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application passes the wrong buffer: still base64-encoded, only part of the token, or a token from another connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For LDAP binds, check the account state that matches the data value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass the proxy or inspection device and retry; if the error stays, capture the traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same bad-password and account conditions outside LDAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the peer&apos;s handshake message is invalid or unexpected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has not been received completely yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another symptom of a TLS version mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not serialise the logon data it must hand to LSA, so the logon attempt was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a logon or credential request goes to LSA, the package packs the user name, domain, password and related data into one buffer; this code means that step failed. It is an internal and rarely seen error. In practice it points at malformed credential data supplied by an application or a third-party credential provider, not at the account or the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application or script passes a credential structure with wrong lengths or flags, for example ANSI and Unicode settings that do not match the strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential data the package cannot use, such as an empty user name with a password or an unsupported credential type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party credential provider or single sign-on agent builds the logon data incorrectly after a Windows upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 32-bit component hands credentials across to a 64-bit process with an incompatible structure layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduce with a built-in tool to separate the application from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the third-party credential providers installed on the machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the failed logon events (4625) on the server or DC and note Status and Sub Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the application or credential provider, or test with it disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names or passwords that are too long or ill-formed are usually reported this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were packed but not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested per-message protection (quality of protection) is not available on this package or context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an application signs or encrypts messages with MakeSignature or EncryptMessage it can ask for a particular quality of protection; this code means the package or the negotiated context cannot provide it. It is reported locally by the side making the call, typically a client library that wraps LDAP or a custom protocol. Administrators mostly meet it where LDAP signing or sealing requirements meet a client that negotiated a weaker context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application passes a protection value the package does not implement (most packages accept only 0 or the &apos;wrap without encryption&apos; flag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context was negotiated without the integrity or confidentiality flags, so later signing or sealing cannot be honoured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: the server requires qop=auth-int or auth-conf and the client side cannot provide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A non-Windows LDAP client (Java, Python, OpenLDAP tools) asks AD for a SASL security layer the negotiated mechanism cannot give while DCs require signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the DCs require LDAP signing (2 = required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client&apos;s LDAP signing setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the DCs, list clients that bind without signing (event 2889, after enabling LDAP interface diagnostics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: request integrity and confidentiality when creating the context, check the returned flags, and pass 0 as the protection value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broader &apos;not supported&apos; from the same package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context-level security requirements could not be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-message protection that failed its check on the receiving side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security context does not allow the server to impersonate the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server called ImpersonateSecurityContext, or asked for the client&apos;s token, but the context cannot be impersonated: the client allowed identification only, the context carries no Windows logon (for example an unmapped TLS client certificate), or the handshake is not finished. It is reported on the server. The server may still know who the client is, but it cannot act as the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client set the impersonation level to Identify (an RPC or DCOM setting, or ISC_REQ_IDENTIFY), so the server may read the identity but not act as the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client certificate authentication without mapping the certificate to a Windows account (IIS client certificate mapping or AD mapping not configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tries to impersonate before the handshake returned SEC_E_OK, or on a context that already failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the default DCOM impersonation level (Component Services &gt; My Computer &gt; Properties &gt; Default Properties)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IIS client certificates, check whether certificate mapping is enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the service account holds &apos;Impersonate a client after authentication&apos; (SeImpersonatePrivilege)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: impersonate only after the final SEC_E_OK and check whether the context was returned with the identify-only flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step beyond impersonation: using the identity on another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context handle itself is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logon was rejected: wrong password or an account restriction (locked, disabled, expired, logon type or time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority that checks the credentials (a DC, or the local SAM for local accounts) refused them. The same code covers a wrong password, an unknown user, a locked, disabled or expired account, an expired password or one that must be changed, and a logon type or time the account is not allowed. The server reports it to the client; the exact reason is in the security log of the server or DC that checked the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong or stale password, often a saved credential (Credential Manager, mapped drive, service, scheduled task, application pool) still using the old password after a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked out, disabled or expired, or the password has expired or must be changed at next logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user lacks &apos;Access this computer from the network&apos; on the server, or is listed in &apos;Deny access to this computer from the network&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTLM level mismatch: the client sends LM or NTLMv1 while the server or DC accepts only NTLMv2 (LmCompatibilityLevel 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account restrictions: logon hours, the &apos;Log On To&apos; workstation list, or an authentication policy that forbids this kind of logon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read event 4625 on the server or DC; Sub Status 0xC000006A wrong password, 0xC0000064 no such user, 0xC0000234 locked out, 0xC0000072 disabled, 0xC0000071 password expired, 0xC000015B logon type not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Kerberos, look for pre-authentication failures on the DC (event 4771, failure code 0x18 = wrong password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the account&apos;s state in Active Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List saved credentials on the client and remove stale ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the NTLM compatibility level on client, server and DCs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LDAP binds report the same reasons as 80090308 with a data code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials could not even be interpreted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DC could be reached, so nothing was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos failure that makes Negotiate fall back to NTLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials given to the package cannot be used; most often a TLS certificate without a usable private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not make use of the credentials it was handed. With Schannel this nearly always means the certificate chosen for TLS has no private key the process can use; with Kerberos or NTLM it means explicit credentials in an unusable form or a logon session that no longer exists. It is reported locally when the credentials are acquired or first used, typically by a server service starting its TLS listener.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service account (IIS application pool, NETWORK SERVICE, SQL Server, WinRM or another service) has no Read permission on the certificate&apos;s private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was imported without its private key (.cer instead of .pfx), or the key was lost when moving servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is in a storage provider the application cannot use, for example a CNG or TPM key for software that supports only legacy CryptoAPI keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is in another account&apos;s Current User store instead of Local Computer &gt; Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit credentials with an empty or malformed user or domain, or a logon session that has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the service account Read access to the private key (All Tasks &gt; Manage Private Keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the certificate hash bound in HTTP.sys with the certificate in the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-associate a private key that exists but is no longer linked to the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Schannel event 36870 on the server, which reports private key access failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were found at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A less specific code often logged for the same key problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer could not process the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were understood but rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable credentials exist for this request: no TGT, no default logon credentials, or no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package found nothing to authenticate with in the caller&apos;s logon session: no Kerberos ticket-granting ticket, no default credentials that may be used on the network, or, with Schannel, no certificate. It is reported by the side that tried to build a token, usually a client or a middle-tier server acting for a user. In IIS logs the value 2148074254 (0x8009030E) on an intermediate 401 is normal and matters only if the logon never completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double hop: a web or application server tries to reach a second server as the user, but the user logged on with NTLM or the server is not trusted for delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process runs as LOCAL SERVICE or a local account without a network identity, or in a session without network credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos-only request while the session has no TGT: a cached logon with no DC reachable, or a local account on a domain member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel: no certificate configured for the server listener, or the client has none when one is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP/RDP: policy does not allow delegating default or saved credentials to this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Kerberos tickets of the calling session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For double-hop scenarios, check the middle server&apos;s delegation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which account the failing service runs as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For TLS listeners, confirm that a certificate is bound to the port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For RDP or CredSSP, review the Credentials Delegation policies applied to the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials were found but cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel client asked for a certificate it does not have yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DC was reachable to issue a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CredSSP policy forbids delegating the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed or encrypted message failed its integrity check: it changed in transit or the keys do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the handshake, every signed or sealed message carries a checksum made with the session key. This code means the receiver&apos;s check failed: the bytes changed on the way, or the two sides derived different keys. It is reported by the receiving side (DecryptMessage or VerifySignature) and points to a device in the path, a faulty network stack, or an interoperability bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device in the path rewrites traffic after it was protected: WAN optimiser, IPS, TLS-inspection proxy or NAT helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data corruption by a faulty NIC, driver or offload feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A third-party or open-source implementation (Samba, Java, Python or Go libraries) computing signatures or seals differently from Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application bug: decrypting the same buffer twice, a wrong buffer layout, or messages of two contexts mixed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest with qop=auth-int: a proxy changed the body (compression, re-encoding) after the digest was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture at both ends at the same time and compare the payloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bypass WAN optimisation or TLS inspection for the two hosts for a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the NIC offload settings and driver versions on both hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the NTLM minimum session security settings on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was intact but arrived in the wrong order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be decrypted at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel binding mismatch, another sign of a device in the middle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested per-message protection is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected message arrived with an unexpected sequence number: lost, repeated, reordered or replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When sequence detection is on, each signed or sealed message carries a number the receiver expects to grow by one. This code means the number did not match: a message was lost, duplicated, reordered or replayed, or the two sides&apos; counters drifted apart. It is reported by the receiving side and usually points at how the application shares one context across threads or connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several threads sign or seal messages on one security context at the same time, so numbers are used in a different order than the messages are sent (shared LDAP or RPC connections with signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application retries a request on the same context after a timeout, so the receiver sees a duplicate or a gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or load balancer multiplexes several clients onto one back-end connection and mixes their contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replayed message, from an attack or a test tool resending captured traffic: detection working as designed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the failures follow load or parallel requests over one connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test with connection pooling or multiplexing disabled on the client or load balancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Developers: serialise message signing and sealing per context, or use one context per connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message content itself failed the integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schannel: a record is only partly received, not out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain controller or KDC could be reached to check the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package needed a domain controller, as KDC for Kerberos or for NTLM pass-through, and could not find or reach one, or the trust path to the user&apos;s domain failed. It is reported on the client for Kerberos and on the server for NTLM pass-through; WinRM, SQL Server (&apos;SSPI handshake failed with error code 0x80090311&apos;) and RDP show it often. The credentials themselves were never checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client DNS points to a non-AD resolver (router, public DNS), so the DC locator cannot find the _kerberos and _ldap SRV records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A firewall, VPN or site design blocks Kerberos (TCP/UDP 88), LDAP (389) or RPC to every DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not domain-joined or uses a local account, or the user&apos;s domain has no trust to the target&apos;s forest, while Kerberos is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s secure channel is broken or the trust to the user&apos;s domain failed, so NTLM pass-through cannot reach a DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netlogon is stopped on the server, or every DC of the user&apos;s domain is down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the Kerberos SRV records resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the Kerberos port on a DC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s secure channel to its domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which DNS servers the machine uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive logons fall back to cached credentials in the same situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC answered but did not know the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket could be obtained, so no credentials are available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KDC could not refer the request to the user&apos;s or target&apos;s realm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers pass requirement flags when they build a context (mutual authentication, delegation, integrity, confidentiality), and this code means the package could not meet them or rejected the requested combination. It is uncommon: it is documented mainly for the Digest package on the server side; with other packages, applications usually complete the context and then judge the returned attributes themselves, so the code mostly comes from custom or third-party software. The practical question is which package was really used and whether it can provide what was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTSTATUS form seen in LSA traces; LDAP bind errors show the SEC_E value instead (data 80090346).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n codes match &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n code matches &quot;%1&quot;:</numerusform>
            <numerusform>%n codes match &quot;%1&quot;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n codes</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsigned %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SSPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SSPI status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SSPI status code matches this value, symbol or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported language &apos;%1&apos; (use en or zh_TW)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format needs a value: text, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang needs a value: en or zh_TW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (see sspilens-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command: lookup, decode or list (see sspilens-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup needs at least one code, symbol or text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (use lookup, decode or list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the log from the terminal; end it with Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped %1: binary data, not a text log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is not valid %2 text; the invalid bytes were replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1… (%n characters)</source>
        <translation>
            <numerusform>%1… (%n character)</numerusform>
            <numerusform>%1… (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>standard input (-) can be read only once</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding needs a value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding applies to decode only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeBrowser</name>
    <message>
        <source>Search: 0x80090308, -2146893048, wrong principal, SEC_E_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the value in hex or decimal, the symbol in any case, aliases and words of the meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value (hex, with or without 0x, or decimal), a symbol or words of the meaning.
Ctrl+F focuses the box, Esc clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security package filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n code(s)</source>
        <translation>
            <numerusform>%1, %n code</numerusform>
            <numerusform>%1, %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected codes as “SYMBOL (0x...): meaning” lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;hex value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the code library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show codes of every severity, category and package</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 codes</source>
        <translation>
            <numerusform>%n of %1 codes</numerusform>
            <numerusform>%n of %1 codes</numerusform>
        </translation>
    </message>
    <message>
        <source>No code has all of the selected filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each group narrows the list: a code must match one ticked box in every group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code matches “%1” with the selected filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) match without the filters.</source>
        <translation>
            <numerusform>%n code matches without the filters.</numerusform>
            <numerusform>%n codes match without the filters.</numerusform>
        </translation>
    </message>
    <message>
        <source>No code matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the SSPI block of the security facility, but Windows defines no status code with this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a value (0x80090308, 80090308, -2146893048), a symbol (SEC_E_WRONG_PRINCIPAL, wrong principal) or words of the meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n code(s)</source>
        <translation>
            <numerusform>Copied %n code</numerusform>
            <numerusform>Copied %n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n code(s) as Markdown</source>
        <translation>
            <numerusform>Copied %n code as Markdown</numerusform>
            <numerusform>Copied %n codes as Markdown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CodeDetailView</name>
    <message>
        <source>Select a code to see what it means and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsigned decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy hexadecimal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy signed decimal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy unsigned decimal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text Windows prints for this code (FormatMessage), verbatim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPI status codes (Microsoft Learn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also defined as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security packages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy symbol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeTableModel</name>
    <message>
        <source>%1
Signed decimal: %2
Unsigned decimal: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Also defined as: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, decimal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 32-bit status value in hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The macro name from winerror.h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity as the code itself states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What area of authentication the code belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code means, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Also defined as:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Value:** `%1` (signed `%2`, unsigned `%3`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Severity:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Category:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Security packages:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- **Windows message:** &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Meaning:** %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Likely causes**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Next steps**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>**Related codes**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- `%1` (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Unknown SSPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value in the SSPI block of the security facility that no winerror.h macro names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of the log where the code appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text as written in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the code was written: hexadecimal, decimal, symbol or Windows message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The winerror.h macro name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the code means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPanel</name>
    <message>
        <source>&lt;p&gt;SSPI Lens looks for status codes written as:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;hexadecimal: &lt;code&gt;0x80090325&lt;/code&gt;, &lt;code&gt;80090308&lt;/code&gt;, &lt;code&gt;0xFFFFFFFF80090326&lt;/code&gt;, &lt;code&gt;0x8009030e/-2146893042&lt;/code&gt;&lt;/li&gt;&lt;li&gt;decimal, signed or unsigned: &lt;code&gt;-2146893019&lt;/code&gt;, &lt;code&gt;2148074254&lt;/code&gt;&lt;/li&gt;&lt;li&gt;symbols: &lt;code&gt;SEC_E_WRONG_PRINCIPAL&lt;/code&gt;, &lt;code&gt;SEC_I_CONTINUE_NEEDED&lt;/code&gt;&lt;/li&gt;&lt;li&gt;the Windows message text: “The target principal name is incorrect.”&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Other HRESULTs (&lt;code&gt;0x80070005&lt;/code&gt;), NTSTATUS values, GUIDs and LDAP &lt;code&gt;DSID-…&lt;/code&gt; numbers are not SSPI codes and are left alone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a log file (it is only read, never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen with &amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As Markdown &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for a ticket: each code&apos;s meaning, likely causes, next steps and lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste and Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the text with the clipboard and find the codes in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Summary as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Sample Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a sample log that shows every form of code SSPI Lens finds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a log to find and explain its SSPI codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Ctrl+V&lt;/b&gt; here, drop a file on this window or open one. Every SSPI status code in the text is highlighted and explained, and listed below with a summary you can paste into a ticket.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste and Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Sample Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2, the most the log decoder opens. Decode it on the command line instead: sspilens-cli decode &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for the log decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not look like a text log: it contains binary data. Nothing was opened; the text shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some bytes in “%1” are not valid %2 and are shown as �. A log written by a console in another language needs its encoding: File &gt; Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no text to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded the text from the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the sample log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding the pasted text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1” was cancelled; the text shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding was cancelled; the text shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled; the findings may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for the log decoder. Decode it on the command line instead: sspilens-cli decode &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This log is large, so it opened read-only: every edit would mean scanning it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;%3&lt;br&gt;&lt;i&gt;Double-click for the full explanation.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is still being laid out; the finding is shown when it is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding %1 of %2, line %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings to go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the first finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continued from the last finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the SSPI block, but no winerror.h macro has this value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the Code &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the summary of %n finding(s) as Markdown</source>
        <translation>
            <numerusform>Copied the summary of %n finding as Markdown</numerusform>
            <numerusform>Copied the summary of %n findings as Markdown</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sspi-findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n finding(s) to %1</source>
        <translation>
            <numerusform>Exported %n finding to %1</numerusform>
            <numerusform>Exported %n findings to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs and text (*.log *.txt *.csv *.json *.xml *.evtx.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detected encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detect Automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sample log · %n line(s)</source>
        <translation>
            <numerusform>Sample log · %n line</numerusform>
            <numerusform>Sample log · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted text · %n line(s)</source>
        <translation>
            <numerusform>Pasted text · %n line</numerusform>
            <numerusform>Pasted text · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n line</numerusform>
            <numerusform>%1 · %2 · %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Findings (%n)</source>
        <translation>
            <numerusform>Findings (%n)</numerusform>
            <numerusform>Findings (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Summary (%n code(s))</source>
        <translation>
            <numerusform>Summary (%n code)</numerusform>
            <numerusform>Summary (%n codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;h3&gt;No SSPI status codes found&lt;/h3&gt;&lt;p&gt;All %n line(s) were checked.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;h3&gt;No SSPI status codes found&lt;/h3&gt;&lt;p&gt;The only line was checked.&lt;/p&gt;</numerusform>
            <numerusform>&lt;h3&gt;No SSPI status codes found&lt;/h3&gt;&lt;p&gt;All %n lines were checked.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Findings appear here as soon as there is a log to decode.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not UTF-8 or UTF-16 text, so it was decoded as %2. If the text looks wrong, choose its encoding in File &gt; Reopen with Encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a file. Open a log file in it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file; the log decoder opens files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds an image, not text: there is nothing to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “%1” failed: %2. The text shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty: there is nothing to decode. The text shown is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” became shorter while it was being read (%2 of %3 bytes; was it truncated or replaced?). The text shown is what was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) longer than %1 characters are shown cut at that length, so the text is read-only. The findings, their lines and columns, and the exports come from the whole text.</source>
        <translation>
            <numerusform>%n line longer than %1 characters is shown cut at that length, so the text is read-only. The findings, their lines and columns, and the exports come from the whole text.</numerusform>
            <numerusform>%n lines longer than %1 characters are shown cut at that length, so the text is read-only. The findings, their lines and columns, and the exports come from the whole text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding %1 of %2, line %3, is in the part of the line that is not shown (lines are cut at %4 characters): %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Code library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every SSPI status code, searchable, with what to do next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and explain the status codes in a log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit SSPI Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log Decoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPI Status Codes on &amp;Microsoft Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SSPI Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SSPI Lens %1&lt;/h3&gt;&lt;p&gt;Finds, explains and helps fix Windows SSPI status codes in authentication logs.&lt;/p&gt;&lt;p&gt;The catalog holds %2 codes under %3 names.&lt;/p&gt;&lt;p&gt;Licence: MIT&lt;br&gt;Built with Qt %4, running on Qt %5.&lt;/p&gt;&lt;p&gt;Reference: &lt;a href=&quot;%6&quot;&gt;SSPI status codes (Microsoft Learn)&lt;/a&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SSPI Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SSPI Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — SSPI Lens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSPI status codes found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSPI status codes were found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of %1 code(s).</source>
        <translation>
            <numerusform>%n finding of %1 code(s).</numerusform>
            <numerusform>%n findings of %1 code(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SSPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown SSPI code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown SSPI code (no macro in winerror.h has this value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SSPI status codes found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Summary: %n finding(s)</source>
        <translation>
            <numerusform>Summary: %n finding</numerusform>
            <numerusform>Summary: %n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s)</source>
        <translation>
            <numerusform>%n code</numerusform>
            <numerusform>%n codes</numerusform>
        </translation>
    </message>
    <message>
        <source>first %1, last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>Summary: N findings, N codes</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Scanner</name>
    <message>
        <source>Hexadecimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Unknown SSPI code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the code appears in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of the first appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line of the last appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecode</name>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 LE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode (UTF-16 BE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Chinese (Big5, CP950)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simplified Chinese (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Find and explain Windows SSPI status codes (SEC_E_*, SEC_I_*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_TW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark palette (also SSPILENS_PALETTE=dark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this text in the search box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this code selected (symbol or value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this tab: library or log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, e.g. 1024x640.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this log in the log decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sample log in the log decoder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the log decoder, select finding N (from 1) and show its explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file to open in the log decoder (the first, if there are several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
