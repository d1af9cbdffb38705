// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
//
// sspilens-loggen: writes a deterministic, realistic, noisy authentication log to standard output
// (timestamps, GUIDs, pointers, stack frames, hashes, other HRESULTs and NTSTATUS values, English
// prose), with about one SSPI status code per 1,000 lines in every form the scanner knows.
// The same SIZE_MB and SEED give the same bytes on every platform.
//
//   sspilens-loggen SIZE_MB [SEED]                  a log of SIZE_MB mebibytes
//   sspilens-loggen --adversarial KIND SIZE_MB      one pathological line: KIND is
//                                                   hex ("0x8009" repeated), digits, symbols ("SEC_E_")
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

namespace {

/// splitmix64: tiny, fast and identical everywhere, unlike std:: distributions.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint32_t below(std::uint32_t n) { return static_cast<std::uint32_t>(next() % n); }

private:
    std::uint64_t m_state;
};

const char *const kWords[] = {"the",       "connection",  "to",       "server", "was",     "reset",         "by",
                              "peer",      "after",       "retrying", "with",   "backoff", "request",       "completed",
                              "cache",     "miss",        "for",      "key",    "session", "token",         "refreshed",
                              "a",         "an",          "not",      "no",     "user",    "authenticated", "using",
                              "negotiate", "certificate", "loaded",   "from",   "store",   "schedule",      "job",
                              "started",   "on",          "node",     "client", "only",    "one",           "unable",
                              "expected",  "smartcard",   "you",      "channel"};
const char *const kLevels[] = {"INFO ", "DEBUG", "WARN ", "ERROR", "TRACE"};
// Look-alikes that no family of the catalog reports: wrappers (0x80070005, 0x80131904,
// 0x80004005) and values of the same shapes outside the catalog (the NTSTATUS, Win32, certificate
// and security-facility codes that accompany authentication failures are findings now).
const char *const kOtherCodes[] = {"0x80070005", "0x80131904", "0x800B0100", "0x80092004", "0x80090016",
                                   "0xC0000005", "0xC0000022", "0x80070002", "0x80004005", "0x80070057"};
const char *const kOtherMessages[] = {"Access is denied.",
                                      "A connection was successfully established with the server",
                                      "A certificate chain processed, but terminated in a root certificate",
                                      "The revocation function was unable to check revocation",
                                      "Keyset does not exist",
                                      "The system cannot find the file specified.",
                                      "The parameter is incorrect.",
                                      "Unspecified error"};
const char *const kFrames[] = {
    "   at System.Net.Security.SslStream.ForceAuthenticationAsync[TIOAdapter](TIOAdapter adapter, Boolean "
    "receiveFirst)",
    "   at System.Net.Http.HttpConnectionPool.ConnectAsync(HttpRequestMessage request, Boolean async, "
    "CancellationToken token)",
    "   at Contoso.Orders.Client.OrderClient.GetAsync(Guid id) in D:\\a\\1\\s\\src\\Client\\OrderClient.cs:line ",
    "   at Microsoft.Data.SqlClient.SqlInternalConnectionTds.LoginNoFailover(ServerInfo serverInfo, String "
    "newPassword)",
    "    ntdll!RtlUserThreadStart+0x21",
    "    KERNEL32!BaseThreadInitThunk+0x14"};

// SSPI codes as logs write them; %s is filled with the form below.
struct Code {
    std::uint32_t value;
    const char *symbol;
    const char *message;
};
const Code kCodes[] = {
    {0x80090325u, "SEC_E_UNTRUSTED_ROOT", "The certificate chain was issued by an authority that is not trusted."},
    {0x80090322u, "SEC_E_WRONG_PRINCIPAL", "The target principal name is incorrect."},
    {0x80090308u, "SEC_E_INVALID_TOKEN", "The token supplied to the function is invalid"},
    {0x8009030Cu, "SEC_E_LOGON_DENIED", "The logon attempt failed"},
    {0x8009030Eu, "SEC_E_NO_CREDENTIALS", "No credentials are available in the security package"},
    {0x80090324u, "SEC_E_TIME_SKEW", "The clocks on the client and server machines are skewed."},
    {0x80090311u, "SEC_E_NO_AUTHENTICATING_AUTHORITY", "No authority could be contacted for authentication."},
    {0x80090326u, "SEC_E_ILLEGAL_MESSAGE", "The message received was unexpected or badly formatted."},
    {0x80090303u, "SEC_E_TARGET_UNKNOWN", "The specified target is unknown or unreachable"},
    {0x80090346u, "SEC_E_BAD_BINDINGS", "Client's supplied SSPI channel bindings were incorrect."},
};

class Writer
{
public:
    Writer() { m_buffer.reserve(1 << 20); }
    ~Writer() { flush(); }
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;
    void put(const char *s) { m_buffer += s; }
    void put(const std::string &s) { m_buffer += s; }
    void put(char c) { m_buffer += c; }
    // By hand: snprintf would make the generator slower than the scanner it feeds.
    void num(std::uint64_t v)
    {
        char b[24];
        int i = 24;
        do {
            b[--i] = static_cast<char>('0' + v % 10);
            v /= 10;
        } while (v);
        m_buffer.append(b + i, static_cast<std::size_t>(24 - i));
    }
    void hex(std::uint64_t v, int digits, bool upper = false)
    {
        const char *const set = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        char b[16];
        for (int i = digits - 1; i >= 0; --i) {
            b[i] = set[v & 15];
            v >>= 4;
        }
        m_buffer.append(b, static_cast<std::size_t>(digits));
    }
    std::uint64_t written() const { return m_total + m_buffer.size(); }
    bool flushIfFull() { return m_buffer.size() < (1u << 20) || flush(); }
    bool flush()
    {
        if (m_buffer.empty())
            return true;
        const bool ok = std::fwrite(m_buffer.data(), 1, m_buffer.size(), stdout) == m_buffer.size();
        m_total += m_buffer.size();
        m_buffer.clear();
        return ok;
    }

private:
    std::string m_buffer;
    std::uint64_t m_total = 0;
};

void timestamp(Writer &w, Random &r, std::uint64_t line)
{
    char b[48];
    const std::uint64_t s = line / 40;
    std::snprintf(b, sizeof b, "2024-06-%02u %02u:%02u:%02u.%03u ", static_cast<unsigned>(1 + (s / 86400) % 28),
                  static_cast<unsigned>((s / 3600) % 24), static_cast<unsigned>((s / 60) % 60),
                  static_cast<unsigned>(s % 60), r.below(1000));
    w.put(b);
}

void guid(Writer &w, Random &r)
{
    const std::uint64_t a = r.next();
    const std::uint64_t b = r.next();
    w.hex(a >> 32, 8);
    w.put('-');
    w.hex((a >> 16) & 0xFFFF, 4);
    w.put('-');
    w.hex(a & 0xFFFF, 4);
    w.put('-');
    w.hex(b >> 48, 4);
    w.put('-');
    w.hex(b & 0xFFFFFFFFFFFFull, 12);
}

void words(Writer &w, Random &r, unsigned n)
{
    for (unsigned i = 0; i < n; ++i) {
        if (i)
            w.put(' ');
        w.put(kWords[r.below(sizeof kWords / sizeof *kWords)]);
    }
}

void noiseLine(Writer &w, Random &r, std::uint64_t line)
{
    switch (r.below(9)) {
    case 0:
        timestamp(w, r, line);
        w.put("INFO  [worker-");
        w.num(r.below(64));
        w.put("] Request ");
        guid(w, r);
        w.put(" completed in ");
        w.num(r.below(100000));
        w.put(" ms status=200 bytes=");
        w.num(r.below(1000000));
        break;
    case 1: {
        const char *frame = kFrames[r.below(sizeof kFrames / sizeof *kFrames)];
        w.put(frame);
        if (frame[std::strlen(frame) - 1] == ' ')
            w.num(r.below(2000));
        break;
    }
    case 2:
        timestamp(w, r, line);
        w.put("DEBUG ptr=0x");
        w.hex(0x00007FF000000000ull | (r.next() & 0xFFFFFFFFFull), 16);
        w.put(" alloc ");
        w.num(16u << r.below(12));
        w.put(" bytes heap=0x");
        w.hex(0x0000010000000000ull | (r.next() & 0xFFFFFFFFFFull), 16, true);
        break;
    case 3: {
        timestamp(w, r, line);
        const unsigned k = r.below(sizeof kOtherCodes / sizeof *kOtherCodes);
        w.put(kLevels[2 + r.below(2)]);
        w.put(" hr=");
        w.put(kOtherCodes[k]);
        w.put(' ');
        w.put(kOtherMessages[r.below(sizeof kOtherMessages / sizeof *kOtherMessages)]);
        w.put(" pid=");
        w.num(r.below(65536));
        w.put(" tid=");
        w.num(r.below(65536));
        break;
    }
    case 4:
        w.put("sha256=");
        for (int i = 0; i < 4; ++i)
            w.hex(r.next(), 16);
        w.put(" size=");
        w.num(r.below(10000000));
        w.put(" path=C:\\Windows\\System32\\drivers\\etc\\hosts");
        break;
    case 5:
        timestamp(w, r, line);
        w.put("10.0.");
        w.num(r.below(256));
        w.put('.');
        w.num(r.below(256));
        w.put(" GET /api/v1/orders/");
        w.num(r.below(10000000));
        w.put(" session=");
        guid(w, r);
        w.put(" 443 - Mozilla/5.0 - 200 0 0 ");
        w.num(r.below(5000));
        break;
    case 6:
        timestamp(w, r, line);
        w.put(kLevels[r.below(5)]);
        w.put(' ');
        words(w, r, 6 + r.below(12));
        w.put(" after ");
        w.num(r.below(100000));
        w.put(" bytes");
        break;
    case 7:
        w.put("The thread 0x");
        w.hex(r.below(0x10000), 4);
        w.put(" has exited with code 0 (0x0). elapsed=");
        w.num(r.below(100));
        w.put('.');
        w.num(r.next() % 10000000000ull);
        break;
    default:
        timestamp(w, r, line);
        w.put("TRACE kerberos: ticket for HTTP/web");
        w.num(r.below(100));
        w.put(".contoso.local flags 0x");
        w.hex(r.below(0xFFFFFFFFu), 8);
        w.put(" serial ");
        w.hex(r.next(), 16, true);
        w.hex(r.below(0x10000), 4, true);
        break;
    }
}

void codeLine(Writer &w, Random &r, std::uint64_t line)
{
    const Code &c = kCodes[r.below(sizeof kCodes / sizeof *kCodes)];
    const auto signedValue = static_cast<std::int64_t>(static_cast<std::int32_t>(c.value));
    timestamp(w, r, line);
    switch (r.below(7)) {
    case 0:
        w.put("ERROR schannel: ");
        w.put(c.symbol);
        w.put(" (0x");
        w.hex(c.value, 8);
        w.put(") - ");
        w.put(c.message);
        break;
    case 1:
        w.put("ERROR System.ComponentModel.Win32Exception (0x");
        w.hex(c.value, 8, true);
        w.put("): ");
        w.put(c.message);
        break;
    case 2: {
        w.put("ERROR Error Number:");
        char b[24];
        std::snprintf(b, sizeof b, "%lld", static_cast<long long>(signedValue));
        w.put(b);
        w.put(",State:0,Class:20");
        break;
    }
    case 3:
        w.put("WARN  ldap: ");
        w.hex(c.value, 8, true);
        w.put(": LdapErr: DSID-0C09044E, comment: AcceptSecurityContext error, data 52e, v4563");
        break;
    case 4:
        w.put("INFO  iis 401 1 ");
        w.num(c.value);
        w.put(' ');
        w.num(r.below(100));
        break;
    case 5: {
        w.put("ERROR klist failed with 0x");
        w.hex(c.value, 8);
        char b[24];
        std::snprintf(b, sizeof b, "/%lld: ", static_cast<long long>(signedValue));
        w.put(b);
        w.put(c.message);
        break;
    }
    default:
        w.put("ERROR rax=0xFFFFFFFF");
        w.hex(c.value, 8, true);
        w.put(" status ");
        w.put(c.symbol);
        break;
    }
}

int adversarial(const char *kind, std::uint64_t bytes)
{
    const char *unit = nullptr;
    if (!std::strcmp(kind, "hex"))
        unit = "0x8009";
    else if (!std::strcmp(kind, "digits"))
        unit = "2148074254";
    else if (!std::strcmp(kind, "symbols"))
        unit = "SEC_E_";
    if (!unit) {
        std::fprintf(stderr, "sspilens-loggen: unknown adversarial kind '%s' (hex, digits, symbols)\n", kind);
        return 2;
    }
    Writer w;
    while (w.written() < bytes) {
        w.put(unit);
        if (!w.flushIfFull())
            return 1;
    }
    w.put('\n');
    return w.flush() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 4 && !std::strcmp(argv[1], "--adversarial"))
        return adversarial(argv[2], std::strtoull(argv[3], nullptr, 10) << 20);
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: sspilens-loggen SIZE_MB [SEED] > file\n"
                             "       sspilens-loggen --adversarial hex|digits|symbols SIZE_MB > file\n");
        return 2;
    }
    const std::uint64_t bytes = std::strtoull(argv[1], nullptr, 10) << 20;
    Random r(argc == 3 ? std::strtoull(argv[2], nullptr, 10) : 1);
    Writer w;
    for (std::uint64_t line = 0; w.written() < bytes; ++line) {
        if (r.below(1000) == 0)
            codeLine(w, r, line);
        else
            noiseLine(w, r, line);
        w.put('\n');
        if (!w.flushIfFull())
            return 1;
    }
    return w.flush() ? 0 : 1;
}
