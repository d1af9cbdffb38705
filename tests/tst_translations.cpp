// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
// Quality gates for the Qt Linguist files: up to date with the sources, nothing unfinished in
// zh_TW, Traditional characters only (with Microsoft Taiwan's own spellings as exceptions, in
// translations/opencc-exceptions.tsv), no mainland terms, and the agreed terminology (glossary.tsv:
// required renderings and forbidden variants).
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    QString type;             ///< "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QList<TsMessage> messages;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                current = TsMessage();
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source") && inMessage) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation") && inMessage) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform") && inMessage) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SSPILENS_SOURCE_DIR "/translations/sspilens_%1.ts").arg(QLatin1String(language));
}

QList<QStringList> readDataFile(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return rows;
    while (!f.atEnd()) {
        const QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        rows << line.split(QLatin1Char('\t'));
    }
    return rows;
}

QString findTool(const QString &name, const QStringList &extraDirs)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    if (!inPath.isEmpty())
        return inPath;
    return QStandardPaths::findExecutable(name, extraDirs);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void upToDateWithSources_data();
    void upToDateWithSources();
    void zhTwComplete();
    void placeholdersKept();
    void englishPlurals();
    void traditionalCharactersOnly();
    void noMainlandTerms();
    void glossary_data();
    void glossary();

private:
    QList<TsMessage> m_zh;
};

void TestTranslations::initTestCase()
{
    QString error;
    m_zh = readTs(tsPath("zh_TW"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_zh.size() > 500);
}

void TestTranslations::upToDateWithSources_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << "en";
    QTest::newRow("zh_TW") << "zh_TW";
}

void TestTranslations::upToDateWithSources()
{
    QFETCH(QString, language);
    const QString lupdate = findTool(QStringLiteral("lupdate"), {QStringLiteral(SSPILENS_LUPDATE_DIR)});
    QVERIFY2(!lupdate.isEmpty(), "lupdate not found (qt6-l10n-tools)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString original = tsPath(language.toLatin1().constData());
    const QString copy = dir.filePath(QFileInfo(original).fileName());
    QVERIFY(QFile::copy(original, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same sources (the list translations/CMakeLists.txt writes) and options as the
    // update_translations target.
    QStringList args{QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                     QStringLiteral("-no-ui-lines"), QStringLiteral("-silent")};
    QFile list(QStringLiteral(SSPILENS_BUILD_DIR "/translatable-sources.txt"));
    QVERIFY2(list.open(QIODevice::ReadOnly), qPrintable(list.fileName() + QStringLiteral(": ") + list.errorString()));
    const QStringList sources = QString::fromUtf8(list.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(sources.size() > 20, qPrintable(list.fileName() + QStringLiteral(" lists too few sources")));
    args << sources;
    args << QStringLiteral("-ts") << copy;
    QProcess p;
    p.start(lupdate, args);
    QVERIFY(p.waitForFinished(120000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());

    QFile a(original);
    QFile b(copy);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray before = a.readAll();
    const QByteArray after = b.readAll();
    if (before != after) {
        const QList<QByteArray> x = before.split('\n');
        const QList<QByteArray> y = after.split('\n');
        int i = 0;
        while (i < x.size() && i < y.size() && x.at(i) == y.at(i))
            ++i;
        QFAIL(qPrintable(QStringLiteral("%1 is out of date; run the update_translations target. First "
                                        "difference at line %2: '%3' vs '%4'")
                             .arg(original)
                             .arg(i + 1)
                             .arg(QString::fromUtf8(x.value(i)), QString::fromUtf8(y.value(i)))));
    }
}

void TestTranslations::zhTwComplete()
{
    QStringList problems;
    for (const TsMessage &m : m_zh) {
        bool empty = m.translations.isEmpty();
        for (const QString &t : m.translations)
            empty = empty || t.trimmed().isEmpty();
        if (!m.type.isEmpty() || empty)
            problems << QStringLiteral("[%1] %2 (%3)")
                            .arg(m.context, m.source.left(80), m.type.isEmpty() ? QStringLiteral("empty") : m.type);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(problems.size())
                                            + problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersKept()
{
    // Every %1, %2, %n of the source is in the translation, and symbols/values stay untranslated.
    const QRegularExpression placeholder(QStringLiteral("%(\\d|n|L\\d)"));
    const QRegularExpression identifier(
        QStringLiteral("\\b(SEC_[EI]_[A-Z0-9_]+|STATUS_[A-Z0-9_]+|0x[0-9A-Fa-f]{8})\\b"));
    QStringList problems;
    for (const TsMessage &m : m_zh) {
        for (const QString &t : m.translations) {
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();) {
                const QString ph = it.next().captured();
                if (!t.contains(ph))
                    problems << QStringLiteral("%1 missing in: %2").arg(ph, t.left(80));
            }
            for (auto it = identifier.globalMatch(m.source); it.hasNext();) {
                const QString id = it.next().captured();
                if (!t.contains(id))
                    problems << QStringLiteral("%1 missing in: %2").arg(id, t.left(80));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::englishPlurals()
{
    QString error;
    const QList<TsMessage> en = readTs(tsPath("en"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int numerus = 0;
    for (const TsMessage &m : en) {
        if (!m.numerus)
            continue;
        ++numerus;
        QVERIFY2(m.translations.size() == 2, qPrintable(m.source));
        QVERIFY2(m.type.isEmpty(), qPrintable(QStringLiteral("English plural forms unfinished: ") + m.source));
        QVERIFY2(!m.translations.at(0).isEmpty() && !m.translations.at(1).isEmpty(), qPrintable(m.source));
        // "code(s)" in the source is exactly what the two English forms are there to resolve.
        if (m.source.contains(QLatin1String("(s)")))
            QVERIFY2(m.translations.at(0) != m.translations.at(1), qPrintable(m.source));
    }
    QVERIFY(numerus > 0);
}

void TestTranslations::traditionalCharactersOnly()
{
    const QString opencc = QStandardPaths::findExecutable(QStringLiteral("opencc"));
    QVERIFY2(!opencc.isEmpty(), "opencc not found (Debian package opencc)");
    // Microsoft Taiwan's own spellings that s2tw rewrites (主控台 -> 主控臺, 了解 -> 瞭解): masked
    // with private-use characters, which OpenCC leaves alone, before the text is converted.
    const QList<QStringList> exceptions =
        readDataFile(QStringLiteral(SSPILENS_SOURCE_DIR "/translations/opencc-exceptions.tsv"));
    QVERIFY(!exceptions.isEmpty());
    QList<QStringList> sorted = exceptions;
    for (const QStringList &e : exceptions)
        QVERIFY2(e.size() >= 3 && !e.at(0).isEmpty() && !e.at(1).isEmpty() && !e.at(2).trimmed().isEmpty(),
                 qPrintable(QStringLiteral("opencc-exceptions.tsv needs word, s2tw form and reason: ")
                            + e.join(QLatin1Char('|'))));
    std::sort(sorted.begin(), sorted.end(),
              [](const QStringList &a, const QStringList &b) { return a.at(0).size() > b.at(0).size(); });
    const auto mask = [&sorted](QString text) {
        for (int k = 0; k < sorted.size(); ++k)
            text.replace(sorted.at(k).at(0), QString(QChar(0xE000 + k)));
        return text;
    };
    QStringList lines;
    QStringList originals; // for the report, unmasked
    for (const TsMessage &m : m_zh) {
        for (const QString &t : m.translations) {
            originals << QString(t).replace(QLatin1Char('\n'), QLatin1Char(' '));
            lines << mask(originals.last());
        }
    }
    const qsizetype translated = lines.size();
    for (const QStringList &e : exceptions) // unmasked: OpenCC must still rewrite them as listed
        lines << e.at(0);
    QProcess p;
    // s2tw converts characters only; s2twp would also "correct" valid Taiwan vocabulary.
    p.start(opencc, {QStringLiteral("-c"), QStringLiteral("s2tw")});
    QVERIFY(p.waitForStarted());
    p.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList converted = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    QStringList problems;
    for (qsizetype i = 0; i < translated; ++i) {
        if (converted.value(i) != lines.at(i))
            problems << originals.at(i) + QStringLiteral("\n  -> ") + converted.value(i);
    }
    for (qsizetype k = 0; k < exceptions.size(); ++k) {
        if (converted.value(translated + k) != exceptions.at(k).at(1))
            problems << QStringLiteral("opencc-exceptions.tsv: s2tw makes %1 of %2, not %3 (drop or fix the entry)")
                            .arg(converted.value(translated + k), exceptions.at(k).at(0), exceptions.at(k).at(1));
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("Simplified characters:\n") + problems.mid(0, 20).join(QLatin1Char('\n'))));
}

void TestTranslations::noMainlandTerms()
{
    const QList<QStringList> terms =
        readDataFile(QStringLiteral(SSPILENS_SOURCE_DIR "/translations/mainland-terms.txt"));
    QVERIFY(terms.size() >= 14);
    QStringList problems;
    // An exception that does not contain its term would mask nothing: it is a typo.
    for (const QStringList &term : terms) {
        for (const QString &allowed : term.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
            if (!allowed.contains(term.at(0)))
                problems << QStringLiteral("exception %1 does not contain %2").arg(allowed, term.at(0));
        }
    }
    for (const TsMessage &m : m_zh) {
        for (const QString &t : m.translations) {
            for (const QStringList &term : terms) {
                QString text = t;
                for (const QString &allowed : term.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts))
                    text.replace(allowed, QStringLiteral("□"));
                if (text.contains(term.at(0)))
                    problems << QStringLiteral("%1 in: %2").arg(term.at(0), t.left(100));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 30).join(QLatin1Char('\n'))));
}

void TestTranslations::glossary_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QStringList>("renderings");
    QTest::addColumn<QStringList>("forbidden");
    const QList<QStringList> rows = readDataFile(QStringLiteral(SSPILENS_SOURCE_DIR "/translations/glossary.tsv"));
    QVERIFY(rows.size() >= 20);
    for (const QStringList &r : rows) {
        QVERIFY2(r.size() >= 2 && !r.at(1).isEmpty(),
                 qPrintable(QStringLiteral("glossary row without rendering: ") + r.at(0)));
        QTest::newRow(qPrintable(r.at(0)))
            << r.at(0) << r.value(1).split(QLatin1Char('|')) << r.value(2).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    }
}

void TestTranslations::glossary()
{
    QFETCH(QString, term);
    QFETCH(QStringList, renderings);
    QFETCH(QStringList, forbidden);
    // A term with a capital letter is a name (a Windows setting, an event field): case matters.
    const bool caseSensitive = term != term.toLower();
    const QRegularExpression re(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(term)),
                                caseSensitive ? QRegularExpression::NoPatternOption
                                              : QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    for (const TsMessage &m : m_zh) {
        // A lower-case term in capitals is a placeholder name ("lookup TOKEN..."), not the term.
        bool used = false;
        for (auto it = re.globalMatch(m.source); it.hasNext();) {
            const QString word = it.next().captured();
            used = used || caseSensitive || word != word.toUpper();
        }
        if (!used)
            continue;
        for (const QString &t : m.translations) {
            bool ok = false;
            for (const QString &r : renderings)
                ok = ok || t.contains(r);
            if (!ok)
                problems << QStringLiteral("%1\n  -> %2").arg(m.source.left(100), t.left(100));
            for (const QString &f : forbidden) {
                if (t.contains(f))
                    problems << QStringLiteral("forbidden %1 in: %2\n  -> %3").arg(f, m.source.left(100), t.left(100));
            }
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("'%1' not rendered as %2 (forbidden: %3):\n")
                            .arg(term, renderings.join(QLatin1Char('/')), forbidden.join(QLatin1Char('/')))
                        + problems.mid(0, 10).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
