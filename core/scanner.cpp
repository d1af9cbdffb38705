// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "scanner.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SSPILENS_SCANNER_X86 1
#include <immintrin.h>
#endif

namespace sspilens {

QString findingFormKey(FindingForm form)
{
    switch (form) {
    case FindingForm::Hex: return QStringLiteral("hex");
    case FindingForm::Decimal: return QStringLiteral("decimal");
    case FindingForm::Symbol: return QStringLiteral("symbol");
    case FindingForm::Message: return QStringLiteral("message");
    }
    return {};
}

QString findingFormName(FindingForm form)
{
    switch (form) {
    case FindingForm::Hex: return QCoreApplication::translate("Scanner", "Hexadecimal");
    case FindingForm::Decimal: return QCoreApplication::translate("Scanner", "Decimal");
    case FindingForm::Symbol: return QCoreApplication::translate("Scanner", "Symbol");
    case FindingForm::Message: return QCoreApplication::translate("Scanner", "Windows message");
    }
    return {};
}

namespace {

// ASCII character classes. Everything outside ASCII separates tokens, so that a code glued to
// Chinese text ("錯誤0x80090325") is still found.
enum : quint8 { CDigit = 1, CHexAlpha = 2, CAlpha = 4, CUnderscore = 8, CSpace = 16 };
constexpr quint8 CIdent = CDigit | CHexAlpha | CAlpha | CUnderscore;

struct ClassTable {
    quint8 c[128] = {};
    constexpr ClassTable()
    {
        for (int i = '0'; i <= '9'; ++i)
            c[i] = CDigit;
        for (int i = 'a'; i <= 'z'; ++i)
            c[i] = (i <= 'f') ? CHexAlpha : CAlpha;
        for (int i = 'A'; i <= 'Z'; ++i)
            c[i] = (i <= 'F') ? CHexAlpha : CAlpha;
        c[int('_')] = CUnderscore;
        c[int(' ')] = c[int('\t')] = c[int('\n')] = c[int('\v')] = c[int('\f')] = c[int('\r')] = CSpace;
    }
};
constexpr ClassTable kClasses;

inline quint8 charClass(char16_t ch)
{
    return ch < 128 ? kClasses.c[ch] : quint8(0);
}
inline bool isIdent(char16_t ch)
{
    return (charClass(ch) & CIdent) != 0;
}
inline bool isHex(char16_t ch)
{
    return (charClass(ch) & (CDigit | CHexAlpha)) != 0;
}
inline bool isDigit(char16_t ch)
{
    return ch >= u'0' && ch <= u'9';
}
inline bool isSpace(char16_t ch)
{
    if (ch < 128)
        return (kClasses.c[ch] & CSpace) != 0;
    return ch == 0x00A0 || ch == 0x3000 || ch == 0x2028 || ch == 0x2029;
}
inline char16_t asciiLower(char16_t ch)
{
    return (ch >= u'A' && ch <= u'Z') ? char16_t(ch | 0x20) : ch;
}
/// The form message text is compared in: ASCII lower case, and the typographic apostrophe that
/// localised .NET builds print as the plain one.
inline char16_t foldMessageChar(char16_t ch)
{
    return ch == 0x2019 ? u'\'' : asciiLower(ch);
}
/// Reads one unit of message text at @p i and moves past it: a folded character, or ' ' for a
/// white-space run of at most LogScanner::maxWhitespaceRun characters (a line wrap). False at
/// the end of the text or after a longer run.
Q_ALWAYS_INLINE bool nextMessageUnit(const char16_t *c, qsizetype n, qsizetype &i, char16_t &unit)
{
    if (i >= n)
        return false;
    if (!isSpace(c[i])) {
        unit = foldMessageChar(c[i++]);
        return true;
    }
    qsizetype j = i + 1;
    while (j < n && isSpace(c[j]) && j - i < LogScanner::maxWhitespaceRun)
        ++j;
    if (j < n && isSpace(c[j]))
        return false;
    unit = u' ';
    i = j;
    return true;
}

// Message candidates are looked up by their first units at once, which rejects most English
// words sharing a fingerprint's first letters ("thread", "exited") before any trie walk.
constexpr int kPrefixUnits = 4;

inline quint32 hexValue(char16_t ch)
{
    return ch <= u'9' ? quint32(ch - u'0') : quint32((ch | 0x20) - u'a' + 10);
}

inline bool inSspiBlock(quint32 v)
{
    return Catalog::inSspiRange(v);
}
inline bool inErrorBlock(quint32 v)
{
    return (v & 0xFFFFFF00u) == 0x80090300u;
}

/// A finding before overlap resolution and line numbering.
struct Candidate {
    qint64 start = 0; ///< stream offset
    qint64 end = 0;
    quint32 value = 0;
    FindingForm form = FindingForm::Hex;
    const StatusCode *code = nullptr;
    QString text;
};

/// A number token as parseNumber() reads it.
struct Number {
    qsizetype end = 0;
    quint32 value = 0;
    bool hex = false;
};

// Anchors of numeric candidates are found first, the token start lies at most this far before
// the anchor ("0xFFFFFFFF80" before "0903").
constexpr qsizetype kMaxBack = 12;
// Characters kept before the scan position for boundary checks (token start and ':' context).
constexpr qsizetype kContext = 64;
// Positions scanned between two polls of the cancel flag.
constexpr qsizetype kPollEvery = qsizetype(1) << 16;
// Positions a vector filter looks at before their candidates are checked.
constexpr qsizetype kFilterBlock = 4096;

/// True when the identifier right before position @p colon (a ':') consists of hex digits only,
/// as in "0000abcd:80090308" (segment:offset, IPv6, MAC-like dumps).
bool hexWordBefore(const char16_t *c, qsizetype colon)
{
    qsizetype i = colon;
    while (i > 0 && isHex(c[i - 1]) && colon - i < 32)
        --i;
    if (i == colon)
        return false;
    return i == 0 || !isIdent(c[i - 1]) || colon - i >= 32;
}

bool decimalEndOk(const char16_t *c, qsizetype n, qsizetype e)
{
    if (e >= n)
        return true;
    const char16_t ch = c[e];
    if (isIdent(ch))
        return false;
    // "2148074254.5", "2148074254-7", "2148074254:12" are parts of other numbers.
    if ((ch == u'.' || ch == u'-' || ch == u':') && e + 1 < n && isDigit(c[e + 1]))
        return false;
    return true;
}

bool bareHexEndOk(const char16_t *c, qsizetype n, qsizetype e)
{
    if (e >= n)
        return true;
    const char16_t ch = c[e];
    if (isIdent(ch) || ch == u'`')
        return false;
    // GUID first group, "80090308:0000abcd", "80090308.1".
    if ((ch == u'.' || ch == u'-' || ch == u':') && e + 1 < n && isHex(c[e + 1]))
        return false;
    return true;
}

/// Reads a number token starting exactly at @p s, with strict boundaries on both sides:
/// 0x/0X + 8 or 16 hex digits, '-' + 10 digits, 10 digits, or 8 bare hex digits.
bool parseNumber(const char16_t *c, qsizetype n, qsizetype s, Number &out)
{
    if (s < 0 || s >= n)
        return false;
    const char16_t first = c[s];
    if (first == u'0' && s + 1 < n && (c[s + 1] == u'x' || c[s + 1] == u'X')) {
        if (s > 0 && isIdent(c[s - 1]))
            return false;
        qsizetype e = s + 2;
        while (e < n && isHex(c[e]) && e - s - 2 <= 16)
            ++e;
        if (e < n && isIdent(c[e]))
            return false;
        const qsizetype digits = e - s - 2;
        quint64 v = 0;
        for (qsizetype i = s + 2; i < e && digits <= 16; ++i)
            v = (v << 4) | hexValue(c[i]);
        quint32 value = 0;
        if (digits == 8) {
            value = quint32(v);
        } else if (digits == 16) {
            const quint32 high = quint32(v >> 32);
            value = quint32(v & 0xFFFFFFFFu);
            // A 32-bit value printed as 64 bits: sign-extended (HRESULT in a 64-bit register)
            // or zero-extended. Anything else is a pointer or a hash.
            if (!(high == 0 || (high == 0xFFFFFFFFu && (value & 0x80000000u))))
                return false;
        } else {
            return false;
        }
        out = {e, value, true};
        return true;
    }
    if (s > 0) {
        const char16_t prev = c[s - 1];
        if (isIdent(prev) || prev == u'.' || prev == u'`')
            return false;
        if (prev == u':' && hexWordBefore(c, s - 1))
            return false;
        // A '-' before a digit run is a hyphen (GUID, DSID-0C090334) or the sign read below.
        if (prev == u'-' && first != u'-')
            return false;
    }
    if (first == u'-') {
        qsizetype e = s + 1;
        while (e < n && isDigit(c[e]) && e - s - 1 <= 10)
            ++e;
        if (e - s - 1 != 10 || !decimalEndOk(c, n, e))
            return false;
        qint64 v = 0;
        for (qsizetype i = s + 1; i < e; ++i)
            v = v * 10 + (c[i] - u'0');
        v = -v;
        if (v < std::numeric_limits<qint32>::min())
            return false;
        out = {e, quint32(qint32(v)), false};
        return true;
    }
    if (!isHex(first))
        return false;
    qsizetype e = s;
    bool allDigits = true;
    while (e < n && isHex(c[e]) && e - s <= 10) {
        allDigits = allDigits && isDigit(c[e]);
        ++e;
    }
    if (e < n && isIdent(c[e]))
        return false;
    const qsizetype len = e - s;
    if (len == 10 && allDigits) {
        if (!decimalEndOk(c, n, e))
            return false;
        quint64 v = 0;
        for (qsizetype i = s; i < e; ++i)
            v = v * 10 + quint64(c[i] - u'0');
        if (v > 0xFFFFFFFFu)
            return false;
        out = {e, quint32(v), false};
        return true;
    }
    if (len == 8) {
        if (!bareHexEndOk(c, n, e))
            return false;
        quint32 v = 0;
        for (qsizetype i = s; i < e; ++i)
            v = (v << 4) | hexValue(c[i]);
        out = {e, v, true};
        return true;
    }
    return false;
}

/// Whether a number token stands for an SSPI code: any SSPI value in hex, only the error block
/// in decimal (590610 is too ordinary a number to be SEC_I_CONTINUE_NEEDED), never 0.
bool acceptNumber(const Number &num)
{
    return num.hex ? inSspiBlock(num.value) : inErrorBlock(num.value);
}

/// Nibble lookup tables for up to eight sets of bytes ("buckets"), used with PSHUFB: byte b is
/// in bucket k when bit k of lo[b & 15] & hi[b >> 4] is set. A bucket holding bytes of several
/// nibbles also holds their cross products, which is harmless: every hit is checked again.
struct NibbleSet {
    alignas(16) quint8 lo[16] = {};
    alignas(16) quint8 hi[16] = {};
    void add(quint8 b, int bucket)
    {
        const auto bit = quint8(1u << bucket);
        lo[b & 15] |= bit;
        hi[b >> 4] |= bit;
    }
};

} // namespace

struct LogScanner::Engine {
    struct Edge {
        char16_t ch = 0;
        quint32 child = 0;
    };
    struct Node {
        quint32 firstEdge = 0;
        quint32 edgeCount = 0;
        qint32 table = -1; ///< index in tables for nodes with many edges ("the " has dozens)
        const StatusCode *terminal = nullptr;
    };
    using Table = std::array<quint32, 128>;

    explicit Engine(const Catalog &catalog);

    bool collect(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, qint64 base, std::vector<Candidate> &out,
                 const std::atomic<bool> *cancel) const;
    void checkAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, std::vector<Candidate> &out) const;
    void numberFromAnchor(const char16_t *c, qsizetype n, qsizetype p, bool hexAnchor, qint64 base,
                          std::vector<Candidate> &out) const;
    void symbolAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, std::vector<Candidate> &out) const;
    void messageAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base, std::vector<Candidate> &out) const;
    /// The trie node after the first kPrefixUnits units whose packed form is @p key, or 0.
    quint32 prefixNode(quint32 key) const
    {
        const size_t mask = prefixSlots.size() - 1;
        for (size_t h = (key * 0x9E3779B1u) >> 16 & mask;; h = (h + 1) & mask) {
            if (prefixSlots[h].first == key)
                return prefixSlots[h].second;
            if (prefixSlots[h].first == 0)
                return 0;
        }
    }
    quint32 child(quint32 node, char16_t ch) const
    {
        const Node &n = nodes[node];
        if (n.table >= 0)
            return ch < 128 ? tables[size_t(n.table)][ch] : 0;
        for (quint32 i = n.firstEdge; i < n.firstEdge + n.edgeCount; ++i) {
            if (edges[i].ch == ch)
                return edges[i].child;
        }
        return 0;
    }
    bool messagePair(char16_t first, char16_t second) const
    {
        if (first >= 128)
            return false;
        if (isSpace(second))
            second = u' ';
        return second < 128 && pairs[asciiLower(first)][second] != 0;
    }
#ifdef SSPILENS_SCANNER_X86
    qsizetype filterSsse3(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, quint16 *hits,
                          int &hitCount) const;
    qsizetype filterAvx2(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, quint16 *hits,
                         int &hitCount) const;
#endif

    const Catalog &catalog;
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Table> tables;
    std::vector<std::pair<quint32, quint32>> prefixSlots; ///< open addressing: packed prefix -> node
    std::vector<std::string> symbolNames;
    std::unordered_map<std::string_view, const StatusCode *> symbols;
    qsizetype maxSymbolLength = 0;
    qsizetype maxMessageLength = 0;
    qsizetype lookahead = 0;       ///< text needed after an anchor to decide it
    quint8 firstTrigger[128] = {}; ///< characters that can start a candidate (scalar path)
    quint8 pairs[128][128] = {};   ///< first two characters of a message, folded
    NibbleSet firstSet;
    NibbleSet secondSet;
    /// Which vector filter runs before checkAt(); all give the same findings.
    enum class Isa { Scalar, Ssse3, Avx2 } isa = Isa::Scalar;
};

LogScanner::Engine::Engine(const Catalog &cat) : catalog(cat)
{
    for (const StatusCode &code : catalog.codes()) {
        for (const QString &name : code.allNames())
            symbolNames.push_back(name.toUpper().toStdString());
    }
    size_t i = 0;
    for (const StatusCode &code : catalog.codes()) {
        for (int k = 0; k < 1 + int(code.aliases.size()); ++k) {
            const std::string &name = symbolNames[i++];
            symbols.emplace(std::string_view(name), &code);
            maxSymbolLength = std::max(maxSymbolLength, qsizetype(name.size()));
        }
    }

    // Message fingerprints in a trie over folded characters; ' ' stands for any white-space run.
    std::vector<std::vector<std::pair<char16_t, quint32>>> children(1);
    std::vector<const StatusCode *> terminals(1, nullptr);
    std::vector<std::pair<quint32, quint32>> prefixes; // packed first units -> node after them
    for (const StatusCode &code : catalog.codes()) {
        if (!code.windowsMessage || code.severity == Severity::Success)
            continue;
        const QString message = QString::fromLatin1(code.windowsMessage);
        const QString key = Catalog::normaliseMessage(message);
        // SEC_E_NO_KERB_KEY's "message" is its own symbol, which the symbol matcher reports.
        if (key.size() < 2 || !key.contains(QLatin1Char(' ')))
            continue;
        const QList<const StatusCode *> owners = catalog.byMessage(message);
        const StatusCode *owner = owners.isEmpty() ? &code : owners.first();
        const auto first = asciiLower(key.at(0).unicode());
        const auto second = key.at(1).unicode();
        if (first >= 128 || second >= 128)
            continue;
        if (key.size() <= kPrefixUnits)
            continue;
        quint32 node = 0;
        quint32 prefix = 0;
        qsizetype span = 2; // optional final period and the boundary character after it
        for (qsizetype k = 0; k < key.size(); ++k) {
            const QChar qc = key.at(k);
            const char16_t ch = qc.isSpace() ? u' ' : foldMessageChar(qc.unicode());
            if (k < kPrefixUnits)
                prefix |= quint32(ch < 128 ? ch : 0) << (8 * k);
            span += (ch == u' ') ? maxWhitespaceRun : 1;
            auto &list = children[node];
            const auto it = std::find_if(list.begin(), list.end(), [ch](const auto &e) { return e.first == ch; });
            if (it != list.end()) {
                node = it->second;
            } else {
                const auto next = quint32(children.size());
                children.emplace_back();
                terminals.push_back(nullptr);
                children[node].emplace_back(ch, next);
                node = next;
            }
            if (k == kPrefixUnits - 1)
                prefixes.emplace_back(prefix, node);
        }
        if (!terminals[node])
            terminals[node] = owner;
        maxMessageLength = std::max(maxMessageLength, span);

        firstTrigger[first] = 1;
        firstTrigger[first & ~0x20] = 1;
        if (second == u' ') {
            for (char16_t ws : {u' ', u'\t', u'\n', u'\v', u'\f', u'\r'})
                pairs[first][ws] = 1;
        } else {
            const char16_t lower = asciiLower(second);
            pairs[first][lower] = 1;
            if (lower >= u'a' && lower <= u'z')
                pairs[first][lower & ~0x20] = 1;
        }
    }
    // The vector filter tests first and second character together: one bucket per first letter
    // (sharing when there are more than eight), holding that letter's second characters.
    int bucketCount = 0;
    for (int f = 0; f < 128; ++f) {
        if (!firstTrigger[f] || asciiLower(char16_t(f)) != f)
            continue;
        const int bucket = bucketCount++ % 8;
        firstSet.add(quint8(f), bucket);
        if (f >= 'a' && f <= 'z')
            firstSet.add(quint8(f & ~0x20), bucket);
        for (int second = 0; second < 128; ++second) {
            if (!pairs[f][second])
                continue;
            secondSet.add(quint8(second), bucket);
            // Packed to bytes, U+00A0 stays 0xA0 and U+2028/U+2029/U+3000 saturate to 0xFF.
            if (second == ' ') {
                secondSet.add(0xA0, bucket);
                secondSet.add(0xFF, bucket);
            }
        }
    }
    nodes.resize(children.size());
    for (size_t n = 0; n < children.size(); ++n) {
        nodes[n].firstEdge = quint32(edges.size());
        nodes[n].edgeCount = quint32(children[n].size());
        nodes[n].terminal = terminals[n];
        for (const auto &e : children[n])
            edges.push_back({e.first, e.second});
        if (children[n].size() > 6) {
            Table table{};
            for (const auto &e : children[n]) {
                if (e.first < 128)
                    table[e.first] = e.second;
            }
            // A non-ASCII edge (none today) keeps the node on the list.
            if (std::all_of(children[n].begin(), children[n].end(), [](const auto &e) { return e.first < 128; })) {
                nodes[n].table = qint32(tables.size());
                tables.push_back(table);
            }
        }
    }

    size_t slotCount = 16;
    while (slotCount < 4 * prefixes.size())
        slotCount *= 2;
    prefixSlots.assign(slotCount, {0, 0});
    for (const auto &[prefix, node] : prefixes) {
        if ((prefix & 0xFF) == 0 || prefixNode(prefix))
            continue; // a non-ASCII start can never match; a shared prefix is there already
        size_t h = (prefix * 0x9E3779B1u) >> 16 & (slotCount - 1);
        while (prefixSlots[h].first != 0)
            h = (h + 1) & (slotCount - 1);
        prefixSlots[h] = {prefix, node};
    }

    firstTrigger[int('0')] = firstTrigger[int('2')] = 1;
    firstTrigger[int('s')] = firstTrigger[int('S')] = 1;

    // The longest number: "0xFFFFFFFF80090326 / 0xFFFFFFFF80090326" plus boundary checks.
    const qsizetype numberSpan = 2 * 18 + 3 + 2;
    lookahead = std::max({maxMessageLength, maxSymbolLength + 2, numberSpan}) + kContext;

#ifdef SSPILENS_SCANNER_X86
    // The best the CPU has, or less when SSPILENS_SCANNER_ISA says so (tests compare the paths).
    const QByteArray cap = qgetenv("SSPILENS_SCANNER_ISA");
    if (__builtin_cpu_supports("avx2") && (cap.isEmpty() || cap == "avx2"))
        isa = Isa::Avx2;
    else if (__builtin_cpu_supports("ssse3") && cap != "scalar")
        isa = Isa::Ssse3;
#endif
}

void LogScanner::Engine::numberFromAnchor(const char16_t *c, qsizetype n, qsizetype p, bool hexAnchor, qint64 base,
                                          std::vector<Candidate> &out) const
{
    // Where the token must start for the anchor to sit where every SSPI value has it:
    // "0903" is hex digits 3-6 of 800903xx/000903xx, "2146"/"2148" the first decimal digits.
    qsizetype starts[3] = {-1, -1, -1};
    qsizetype expectedEnd = 0;
    if (hexAnchor) {
        starts[0] = p - 4;  // 0x800903xx
        starts[1] = p - 12; // 0xFFFFFFFF800903xx
        starts[2] = p - 2;  // 800903xx
        expectedEnd = p + 6;
    } else {
        starts[0] = (p > 0 && c[p - 1] == u'-') ? p - 1 : p;
        expectedEnd = p + 10;
    }
    for (qsizetype s : starts) {
        Number num;
        if (s < 0 || !parseNumber(c, n, s, num) || num.end != expectedEnd || num.hex != hexAnchor)
            continue;
        if (!acceptNumber(num))
            return;
        // "0x8009030e/-2146893042": one code written twice is one finding.
        qsizetype e = num.end;
        bool hex = num.hex;
        qsizetype j = e;
        if (j < n && c[j] == u' ')
            ++j;
        if (j < n && c[j] == u'/') {
            ++j;
            if (j < n && c[j] == u' ')
                ++j;
            Number second;
            if (parseNumber(c, n, j, second) && second.value == num.value && acceptNumber(second)) {
                e = second.end;
                hex = hex || second.hex;
            }
        }
        Candidate cand;
        cand.start = base + s;
        cand.end = base + e;
        cand.value = num.value;
        cand.form = hex ? FindingForm::Hex : FindingForm::Decimal;
        cand.code = catalog.byValue(num.value);
        cand.text = QString(reinterpret_cast<const QChar *>(c + s), e - s);
        out.push_back(std::move(cand));
        return;
    }
}

void LogScanner::Engine::symbolAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base,
                                  std::vector<Candidate> &out) const
{
    if (p > 0 && isIdent(c[p - 1]))
        return;
    char key[128];
    qsizetype e = p;
    while (e < n && isIdent(c[e])) {
        if (e - p >= maxSymbolLength || e - p >= qsizetype(sizeof key))
            return;
        key[e - p] = char(c[e] >= u'a' ? c[e] - 0x20 : c[e]);
        ++e;
    }
    const auto it = symbols.find(std::string_view(key, size_t(e - p)));
    if (it == symbols.end())
        return;
    Candidate cand;
    cand.start = base + p;
    cand.end = base + e;
    cand.value = it->second->value;
    cand.form = FindingForm::Symbol;
    cand.code = it->second;
    cand.text = QString(reinterpret_cast<const QChar *>(c + p), e - p);
    out.push_back(std::move(cand));
}

void LogScanner::Engine::messageAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base,
                                   std::vector<Candidate> &out) const
{
    qsizetype i = p;
    quint32 prefix = 0;
    for (int k = 0; k < kPrefixUnits; ++k) {
        char16_t unit = 0;
        if (!nextMessageUnit(c, n, i, unit) || unit >= 128)
            return;
        prefix |= quint32(unit) << (8 * k);
    }
    quint32 node = prefixNode(prefix);
    qsizetype bestEnd = -1;
    const StatusCode *best = nullptr;
    while (node) {
        if (nodes[node].terminal && (i >= n || !isIdent(c[i]))) {
            bestEnd = (i < n && c[i] == u'.') ? i + 1 : i;
            best = nodes[node].terminal;
        }
        char16_t unit = 0;
        if (!nextMessageUnit(c, n, i, unit))
            break;
        node = child(node, unit);
    }
    if (!best)
        return;
    Candidate cand;
    cand.start = base + p;
    cand.end = base + bestEnd;
    cand.value = best->value;
    cand.form = FindingForm::Message;
    cand.code = best;
    cand.text = QString(reinterpret_cast<const QChar *>(c + p), bestEnd - p);
    out.push_back(std::move(cand));
}

void LogScanner::Engine::checkAt(const char16_t *c, qsizetype n, qsizetype p, qint64 base,
                                 std::vector<Candidate> &out) const
{
    const char16_t c0 = c[p];
    if (p + 3 < n) {
        const char16_t c1 = c[p + 1], c2 = c[p + 2], c3 = c[p + 3];
        if (c0 == u'0' && c1 == u'9' && c2 == u'0' && c3 == u'3') {
            numberFromAnchor(c, n, p, true, base, out);
            return;
        }
        if (c0 == u'2' && c1 == u'1' && c2 == u'4' && (c3 == u'6' || c3 == u'8')) {
            numberFromAnchor(c, n, p, false, base, out);
            return;
        }
        if ((c0 | 0x20) == u's' && (c1 | 0x20) == u'e' && (c2 | 0x20) == u'c' && c3 == u'_')
            symbolAt(c, n, p, base, out);
    }
    if (p + 1 < n && (p == 0 || !isIdent(c[p - 1])) && messagePair(c0, c[p + 1]))
        messageAt(c, n, p, base, out);
}

#ifdef SSPILENS_SCANNER_X86
namespace {
__attribute__((target("ssse3"))) inline __m128i packChars(const char16_t *p)
{
    // Saturating pack: ASCII and Latin-1 stay, U+0100..U+7FFF become 0xFF, higher become 0.
    const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
    const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 8));
    return _mm_packus_epi16(a, b);
}

__attribute__((target("ssse3"))) inline __m128i inSet(__m128i bytes, const NibbleSet &set)
{
    const __m128i mask = _mm_set1_epi8(0x0F);
    const __m128i lo = _mm_and_si128(bytes, mask);
    const __m128i hi = _mm_and_si128(_mm_srli_epi16(bytes, 4), mask);
    const __m128i a = _mm_shuffle_epi8(_mm_load_si128(reinterpret_cast<const __m128i *>(set.lo)), lo);
    const __m128i b = _mm_shuffle_epi8(_mm_load_si128(reinterpret_cast<const __m128i *>(set.hi)), hi);
    return _mm_and_si128(a, b); // the buckets each byte is in
}
} // namespace

// Finds candidate positions 16 at a time and lists them (offsets from @p from) in @p hits, for
// checkAt() to decide: it may list too many but never too few. No calls in the loop, so that the
// constants stay in registers. Returns the first position it did not look at.
__attribute__((target("ssse3"))) qsizetype LogScanner::Engine::filterSsse3(const char16_t *c, qsizetype n,
                                                                           qsizetype from, qsizetype to, quint16 *hits,
                                                                           int &hitCount) const
{
    qsizetype p = from;
    if (p < 16 || p + 32 > n)
        return p;
    const __m128i zero = _mm_setzero_si128();
    const __m128i bit5 = _mm_set1_epi8(0x20);
    __m128i prev = packChars(c + p - 16);
    __m128i next = packChars(c + p);
    for (; p + 16 <= to && p + 32 <= n; p += 16) {
        const __m128i cur = next;
        next = packChars(c + p + 16);
        const __m128i b1 = _mm_alignr_epi8(next, cur, 1);
        const __m128i b2 = _mm_alignr_epi8(next, cur, 2);
        const __m128i b3 = _mm_alignr_epi8(next, cur, 3);
        const __m128i bm = _mm_alignr_epi8(cur, prev, 15);
        prev = cur;

        const __m128i hex = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(cur, _mm_set1_epi8('0')), _mm_cmpeq_epi8(b1, _mm_set1_epi8('9'))),
            _mm_and_si128(_mm_cmpeq_epi8(b2, _mm_set1_epi8('0')), _mm_cmpeq_epi8(b3, _mm_set1_epi8('3'))));
        const __m128i dec = _mm_and_si128(
            _mm_and_si128(_mm_cmpeq_epi8(cur, _mm_set1_epi8('2')), _mm_cmpeq_epi8(b1, _mm_set1_epi8('1'))),
            _mm_and_si128(
                _mm_cmpeq_epi8(b2, _mm_set1_epi8('4')),
                _mm_or_si128(_mm_cmpeq_epi8(b3, _mm_set1_epi8('6')), _mm_cmpeq_epi8(b3, _mm_set1_epi8('8')))));
        const __m128i sym = _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(cur, bit5), _mm_set1_epi8('s')),
                                                        _mm_cmpeq_epi8(_mm_or_si128(b1, bit5), _mm_set1_epi8('e'))),
                                          _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(b2, bit5), _mm_set1_epi8('c')),
                                                        _mm_cmpeq_epi8(b3, _mm_set1_epi8('_'))));
        // Message start: first two characters of some fingerprint, not inside a word.
        const __m128i lowerPrev = _mm_sub_epi8(_mm_or_si128(bm, bit5), _mm_set1_epi8('a'));
        const __m128i digitPrev = _mm_sub_epi8(bm, _mm_set1_epi8('0'));
        const __m128i identPrev =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(lowerPrev, _mm_set1_epi8(25)), lowerPrev),
                                      _mm_cmpeq_epi8(_mm_min_epu8(digitPrev, _mm_set1_epi8(9)), digitPrev)),
                         _mm_cmpeq_epi8(bm, _mm_set1_epi8('_')));
        const __m128i notMessage =
            _mm_or_si128(_mm_cmpeq_epi8(_mm_and_si128(inSet(cur, firstSet), inSet(b1, secondSet)), zero), identPrev);
        auto mask = quint32(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(hex, dec), sym)));
        mask |= ~quint32(_mm_movemask_epi8(notMessage)) & 0xFFFFu;
        while (mask) {
            hits[hitCount++] = quint16(p - from + __builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return p;
}

namespace {
__attribute__((target("avx2"))) inline __m256i packChars32(const char16_t *p)
{
    const __m256i a = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p));
    const __m256i b = _mm256_loadu_si256(reinterpret_cast<const __m256i *>(p + 16));
    // The pack works per 128-bit lane; the permute puts the 32 bytes back in text order.
    return _mm256_permute4x64_epi64(_mm256_packus_epi16(a, b), 0xD8);
}

__attribute__((target("avx2"))) inline __m256i eq(__m256i v, char ch)
{
    return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(ch));
}

__attribute__((target("avx2"))) inline __m256i inSet32(__m256i bytes, const NibbleSet &set)
{
    const __m256i mask = _mm256_set1_epi8(0x0F);
    const __m256i lo = _mm256_and_si256(bytes, mask);
    const __m256i hi = _mm256_and_si256(_mm256_srli_epi16(bytes, 4), mask);
    const __m256i a =
        _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i *>(set.lo))), lo);
    const __m256i b =
        _mm256_shuffle_epi8(_mm256_broadcastsi128_si256(_mm_load_si128(reinterpret_cast<const __m128i *>(set.hi))), hi);
    return _mm256_and_si256(a, b);
}
} // namespace

// filterSsse3(), 32 positions at a time.
__attribute__((target("avx2"))) qsizetype LogScanner::Engine::filterAvx2(const char16_t *c, qsizetype n, qsizetype from,
                                                                         qsizetype to, quint16 *hits,
                                                                         int &hitCount) const
{
    qsizetype p = from;
    if (p < 32 || p + 64 > n)
        return p;
    const __m256i zero = _mm256_setzero_si256();
    const __m256i bit5 = _mm256_set1_epi8(0x20);
    __m256i prev = packChars32(c + p - 32);
    __m256i next = packChars32(c + p);
    for (; p + 32 <= to && p + 64 <= n; p += 32) {
        const __m256i cur = next;
        next = packChars32(c + p + 32);
        // Shifts across the two lanes: alignr works per lane, so pair it with the lane swap.
        const __m256i ahead = _mm256_permute2x128_si256(cur, next, 0x21);
        const __m256i behind = _mm256_permute2x128_si256(prev, cur, 0x21);
        const __m256i b1 = _mm256_alignr_epi8(ahead, cur, 1);
        const __m256i b2 = _mm256_alignr_epi8(ahead, cur, 2);
        const __m256i b3 = _mm256_alignr_epi8(ahead, cur, 3);
        const __m256i bm = _mm256_alignr_epi8(cur, behind, 15);
        prev = cur;

        const __m256i hex =
            _mm256_and_si256(_mm256_and_si256(eq(cur, '0'), eq(b1, '9')), _mm256_and_si256(eq(b2, '0'), eq(b3, '3')));
        const __m256i dec = _mm256_and_si256(_mm256_and_si256(eq(cur, '2'), eq(b1, '1')),
                                             _mm256_and_si256(eq(b2, '4'), _mm256_or_si256(eq(b3, '6'), eq(b3, '8'))));
        const __m256i sym =
            _mm256_and_si256(_mm256_and_si256(eq(_mm256_or_si256(cur, bit5), 's'), eq(_mm256_or_si256(b1, bit5), 'e')),
                             _mm256_and_si256(eq(_mm256_or_si256(b2, bit5), 'c'), eq(b3, '_')));
        const __m256i lowerPrev = _mm256_sub_epi8(_mm256_or_si256(bm, bit5), _mm256_set1_epi8('a'));
        const __m256i digitPrev = _mm256_sub_epi8(bm, _mm256_set1_epi8('0'));
        const __m256i identPrev = _mm256_or_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(_mm256_min_epu8(lowerPrev, _mm256_set1_epi8(25)), lowerPrev),
                            _mm256_cmpeq_epi8(_mm256_min_epu8(digitPrev, _mm256_set1_epi8(9)), digitPrev)),
            eq(bm, '_'));
        const __m256i notMessage = _mm256_or_si256(
            _mm256_cmpeq_epi8(_mm256_and_si256(inSet32(cur, firstSet), inSet32(b1, secondSet)), zero), identPrev);
        auto mask = quint32(_mm256_movemask_epi8(_mm256_or_si256(_mm256_or_si256(hex, dec), sym)));
        mask |= ~quint32(_mm256_movemask_epi8(notMessage));
        while (mask) {
            hits[hitCount++] = quint16(p - from + __builtin_ctz(mask));
            mask &= mask - 1;
        }
    }
    return p;
}
#endif

bool LogScanner::Engine::collect(const char16_t *c, qsizetype n, qsizetype from, qsizetype to, qint64 base,
                                 std::vector<Candidate> &out, const std::atomic<bool> *cancel) const
{
    qsizetype p = from;
    const auto scalar = [&](qsizetype stop) {
        for (; p < stop; ++p) {
            const char16_t ch = c[p];
            if (ch < 128 && firstTrigger[ch])
                checkAt(c, n, p, base, out);
        }
    };
    while (p < to) {
        const qsizetype stop = std::min(to, p + kPollEvery);
#ifdef SSPILENS_SCANNER_X86
        if (isa != Isa::Scalar) {
            // The vector loops read one vector back, so the first characters go the scalar way.
            scalar(std::min<qsizetype>(stop, 32));
            quint16 hits[kFilterBlock];
            while (p < stop) {
                const qsizetype blockEnd = std::min(stop, p + kFilterBlock);
                int hitCount = 0;
                const qsizetype blockStart = p;
                p = isa == Isa::Avx2 ? filterAvx2(c, n, p, blockEnd, hits, hitCount)
                                     : filterSsse3(c, n, p, blockEnd, hits, hitCount);
                for (int i = 0; i < hitCount; ++i)
                    checkAt(c, n, blockStart + hits[i], base, out);
                if (p != blockEnd)
                    break; // too near the end of the text for a whole vector
            }
        }
#endif
        scalar(stop);
        if (cancel && cancel->load(std::memory_order_relaxed))
            return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

/// Emission: orders candidates, drops overlaps, numbers lines. Shared by LogScanner::scan and
/// ScanStream so that both give exactly the same findings.
struct ScanStream::State {
    qint64 line = 1;      ///< line number at countedTo
    qint64 lineStart = 0; ///< stream offset where that line starts
    qint64 countedTo = 0; ///< stream offset up to which '\n' have been counted
    qint64 lastEnd = 0;   ///< end of the last reported finding
    std::vector<Candidate> pending;

    void countTo(const char16_t *buf, qint64 base, qint64 target);
    bool emitBefore(const char16_t *buf, qint64 base, qint64 limit, const FindingSink &sink);
};

void ScanStream::State::countTo(const char16_t *buf, qint64 base, qint64 target)
{
    if (target <= countedTo)
        return;
    const char16_t *const begin = buf + (countedTo - base);
    const char16_t *const end = buf + (target - base);
    const char16_t *p = begin;
    qint64 lines = 0;
#ifdef SSPILENS_SCANNER_X86
    // Per-lane counters, summed before they can overflow.
    const __m128i nl = _mm_set1_epi16('\n');
    while (end - p >= 8) {
        __m128i acc = _mm_setzero_si128();
        const char16_t *const stop = p + std::min<qsizetype>((end - p) / 8, 32767) * 8;
        for (; p < stop; p += 8)
            acc = _mm_sub_epi16(acc, _mm_cmpeq_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), nl));
        alignas(16) quint16 lanes[8];
        _mm_store_si128(reinterpret_cast<__m128i *>(lanes), acc);
        for (quint16 lane : lanes)
            lines += lane;
    }
#endif
    for (; p < end; ++p)
        lines += (*p == u'\n') ? 1 : 0;
    if (lines) {
        // The last line of the range starts after its last '\n'.
        const char16_t *q = end;
        while (q > begin && q[-1] != u'\n')
            --q;
        lineStart = base + (q - buf);
        line += lines;
    }
    countedTo = target;
}

bool ScanStream::State::emitBefore(const char16_t *buf, qint64 base, qint64 limit, const FindingSink &sink)
{
    std::sort(pending.begin(), pending.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    size_t i = 0;
    bool go = true;
    for (; i < pending.size() && pending[i].start < limit && go; ++i) {
        Candidate &cand = pending[i];
        if (cand.start < lastEnd)
            continue;
        countTo(buf, base, cand.start);
        Finding f;
        f.offset = cand.start;
        f.length = cand.end - cand.start;
        f.line = line;
        f.column = cand.start - lineStart + 1;
        f.text = std::move(cand.text);
        f.form = cand.form;
        f.value = cand.value;
        f.code = cand.code;
        lastEnd = cand.end;
        go = sink(f);
    }
    pending.erase(pending.begin(), pending.begin() + qsizetype(i));
    return go;
}

// ---------------------------------------------------------------------------------------------

LogScanner::LogScanner(const Catalog &catalog) : m_catalog(catalog), m_engine(std::make_unique<const Engine>(catalog))
{}

LogScanner::~LogScanner() = default;

QString LogScanner::instructionSet() const
{
    switch (m_engine->isa) {
    case Engine::Isa::Avx2: return QStringLiteral("avx2");
    case Engine::Isa::Ssse3: return QStringLiteral("ssse3");
    case Engine::Isa::Scalar: break;
    }
    return QStringLiteral("scalar");
}

qint64 LogScanner::maxFindingLength() const
{
    return m_engine->lookahead;
}

std::vector<Finding> LogScanner::scan(QStringView text, const std::atomic<bool> *cancel, qint64 firstLine) const
{
    std::vector<Finding> findings;
    scan(
        text,
        [&findings](const Finding &f) {
            findings.push_back(f);
            return true;
        },
        cancel, firstLine);
    return findings;
}

bool LogScanner::scan(QStringView text, const FindingSink &sink, const std::atomic<bool> *cancel,
                      qint64 firstLine) const
{
    const auto *c = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    ScanStream::State state;
    state.line = firstLine;
    // Slices so that findings reach the sink while a long text is still being scanned.
    constexpr qsizetype slice = qsizetype(1) << 20;
    for (qsizetype from = 0; from < n;) {
        const qsizetype to = std::min(n, from + slice);
        if (!m_engine->collect(c, n, from, to, 0, state.pending, cancel))
            return false;
        const qint64 limit = to == n ? std::numeric_limits<qint64>::max() : to - kMaxBack;
        if (!state.emitBefore(c, 0, limit, sink))
            return false;
        from = to;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

ScanStream::ScanStream(const LogScanner &scanner, qint64 firstLine)
    : m_scanner(scanner), m_state(std::make_unique<State>())
{
    m_state->line = firstLine;
}

ScanStream::~ScanStream() = default;

bool ScanStream::feed(QStringView piece, const FindingSink &sink)
{
    if (m_finished)
        return false;
    m_buffer.append(piece);
    return feedAppended(sink);
}

bool ScanStream::feedAppended(const FindingSink &sink)
{
    if (m_finished)
        return false;
    const LogScanner::Engine &engine = *m_scanner.m_engine;
    const qsizetype n = m_buffer.size();
    // Scan only where the rest of any finding starting there is already in the buffer, and
    // only in steps big enough to keep the cost per character constant for tiny pieces.
    const qsizetype to = n - engine.lookahead;
    if (to - m_scanFrom < std::max<qsizetype>(engine.lookahead, 4096))
        return true;
    const auto *c = reinterpret_cast<const char16_t *>(m_buffer.utf16());
    engine.collect(c, n, m_scanFrom, to, m_base, m_state->pending, nullptr);
    m_scanFrom = to;
    if (!m_state->emitBefore(c, m_base, m_base + to - kMaxBack, sink))
        return false;

    // Dropping the front of a QString moves no data; the next append moves the small rest.
    const qsizetype keepFrom = to - kContext;
    m_state->countTo(c, m_base, m_base + keepFrom);
    m_buffer.remove(0, keepFrom);
    m_base += keepFrom;
    m_scanFrom -= keepFrom;
    return true;
}

bool ScanStream::finish(const FindingSink &sink)
{
    if (m_finished)
        return true;
    m_finished = true;
    const LogScanner::Engine &engine = *m_scanner.m_engine;
    const qsizetype n = m_buffer.size();
    const auto *c = reinterpret_cast<const char16_t *>(m_buffer.utf16());
    engine.collect(c, n, m_scanFrom, n, m_base, m_state->pending, nullptr);
    m_scanFrom = n;
    return m_state->emitBefore(c, m_base, std::numeric_limits<qint64>::max(), sink);
}

} // namespace sspilens
