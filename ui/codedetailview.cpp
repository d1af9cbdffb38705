// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codedetailview.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "guides.h"
#include "languagemanager.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTextEdit>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace sspilens;

namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, bool selectable = true)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (selectable)
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// Read-only text that grows to its content and wraps anywhere when a word does not fit: registry
// paths, SPNs and command arguments would otherwise force the card wider than its pane (a QLabel
// only wraps at spaces). Selecting and copying give the text verbatim.
class TextBlock : public QTextEdit
{
public:
    explicit TextBlock(QWidget *parent) : QTextEdit(parent)
    {
        setReadOnly(true);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setFrameShape(QFrame::NoFrame);
        setLineWrapMode(QTextEdit::WidgetWidth);
        setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        // The card (or a command block) behind it carries the background.
        viewport()->setAutoFillBackground(false);
        // Reading needs no focus stop; a click still allows selecting.
        setFocusPolicy(Qt::ClickFocus);
        document()->setDocumentMargin(0);
        document()->setIndentWidth(fontMetrics().averageCharWidth() * 2);
    }

    void setText(const QString &text, Qt::TextFormat format)
    {
        if (format == Qt::RichText)
            setHtml(text);
        else
            setPlainText(text);
        fitHeight();
    }

    QSize minimumSizeHint() const override { return {fontMetrics().averageCharWidth() * 12, height()}; }

    QSize sizeHint() const override { return {fontMetrics().averageCharWidth() * 40, height()}; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTextEdit::resizeEvent(event);
        fitHeight();
    }

private:
    void fitHeight()
    {
        document()->setTextWidth(viewport()->width());
        const int h = static_cast<int>(std::ceil(document()->size().height())) + 2 * frameWidth();
        if (h != height())
            setFixedHeight(h);
    }
};

// Links keep the palette's hue, but a palette whose link colour vanishes on its window colour
// (a generated dark palette keeps the light theme's dark blue) gets a lighter or darker shade.
QColor readableLink(const QPalette &palette)
{
    const QColor link = palette.color(QPalette::Link);
    const QColor window = palette.color(QPalette::Window);
    auto luminance = [](const QColor &c) {
        auto channel = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
        return 0.2126f * channel(c.redF()) + 0.7152f * channel(c.greenF()) + 0.0722f * channel(c.blueF());
    };
    const float a = luminance(link);
    const float b = luminance(window);
    if ((std::max(a, b) + 0.05f) / (std::min(a, b) + 0.05f) >= 3.0f)
        return link;
    const bool darkWindow = b < 0.18f;
    return QColor::fromHsl(link.hslHue(), std::max(link.hslSaturation(), 160), darkWindow ? 185 : 70);
}

// Lets a long symbol wrap after its underscores; the text is only shown, never copied from here.
QString breakableSymbol(const QString &symbol)
{
    QString out = symbol;
    out.replace(QLatin1Char('_'), QStringLiteral(u"_\u200B"));
    return out;
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

CodeDetailView::CodeDetailView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("codeDetailView"));
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_emptyLabel = makeLabel(m_stack, QStringLiteral("emptyLabel"), false);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(24);
    m_stack->addWidget(m_emptyLabel);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_stack->addWidget(m_scroll);

    auto *card = new QWidget(m_scroll);
    card->setObjectName(QStringLiteral("detailCard"));
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 12, 14, 14);
    layout->setSpacing(4);

    // Header: family, symbol, aliases, then severity / category / packages.
    m_familyLabel = makeLabel(card, QStringLiteral("familyLabel"), false);
    m_familyLabel->setFont(scaledFont(font(), 0.95, true));
    m_familyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_familyLabel);
    m_symbolLabel = makeLabel(card, QStringLiteral("symbolLabel"), false);
    m_symbolLabel->setFont(scaledFont(font(), 1.4, true));
    m_copySymbol = makeCopyButton(QStringLiteral("copySymbolButton"));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_symbolLabel, 1);
    titleRow->addWidget(m_copySymbol, 0, Qt::AlignTop);
    layout->addLayout(titleRow);
    connect(m_copySymbol, &QToolButton::clicked, this,
            [this] { copyText(m_code ? m_code->symbolString() : QString(), m_copySymbol); });
    m_aliasesLabel = makeLabel(card, QStringLiteral("aliasesLabel"));
    m_aliasesLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_aliasesLabel);

    auto *classRow = new QHBoxLayout;
    classRow->setSpacing(6);
    m_severityIcon = new QLabel(card);
    m_severityIcon->setObjectName(QStringLiteral("severityIcon"));
    m_severityIcon->setAlignment(Qt::AlignTop);
    classRow->addWidget(m_severityIcon, 0, Qt::AlignTop);
    m_classLabel = makeLabel(card, QStringLiteral("classLabel"));
    classRow->addWidget(m_classLabel, 1);
    layout->addSpacing(2);
    layout->addLayout(classRow);
    m_packagesLabel = makeLabel(card, QStringLiteral("packagesLabel"));
    layout->addWidget(m_packagesLabel);

    m_wrapperLabel = addParagraph(layout, QStringLiteral("wrapperLabel"));

    // The value in every notation its family uses (up to four), each with its own copy button.
    m_valuesHeading = addHeading(layout);
    auto *values = new QGridLayout;
    values->setHorizontalSpacing(10);
    values->setVerticalSpacing(2);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (size_t i = 0; i < m_valueRows.size(); ++i) {
        ValueRow &row = m_valueRows[i];
        row.caption = makeLabel(card, QString(), false);
        row.caption->setWordWrap(false);
        row.value = makeLabel(card, QString());
        row.value->setWordWrap(false);
        row.value->setFont(fixed);
        row.caption->setBuddy(row.value);
        row.copy = makeCopyButton(QString());
        const int r = static_cast<int>(i);
        values->addWidget(row.caption, r, 0);
        values->addWidget(row.value, r, 1);
        values->addWidget(row.copy, r, 2);
        connect(row.copy, &QToolButton::clicked, this,
                [this, i] { copyText(m_valueRows[i].value->text(), m_valueRows[i].copy); });
    }
    values->setColumnStretch(3, 1);
    layout->addLayout(values);

    m_meaningHeading = addHeading(layout);
    m_meaningLabel = addParagraph(layout, QStringLiteral("meaningLabel"));
    m_meaningLabel->setFont(scaledFont(font(), 1.0, true));
    layout->addSpacing(4);
    m_explanationLabel = addParagraph(layout, QStringLiteral("explanationLabel"));

    m_messageHeading = addHeading(layout);
    m_messageLabel = addParagraph(layout, QStringLiteral("messageLabel"));
    QFont italic = font();
    italic.setItalic(true);
    m_messageLabel->setFont(italic);
    m_localizedBox = new QWidget(card);
    m_localizedBox->setObjectName(QStringLiteral("localizedMessages"));
    auto *localizedLayout = new QGridLayout(m_localizedBox);
    localizedLayout->setContentsMargins(0, 0, 0, 0);
    localizedLayout->setHorizontalSpacing(10);
    localizedLayout->setVerticalSpacing(4);
    localizedLayout->setColumnStretch(1, 1);
    layout->addWidget(m_localizedBox);
    m_fingerprintsHeading = addHeading(layout);
    m_fingerprintsLabel = addParagraph(layout, QStringLiteral("fingerprintsLabel"));
    m_eventsHeading = addHeading(layout);
    m_eventsLabel = addParagraph(layout, QStringLiteral("eventsLabel"));

    m_causesHeading = addHeading(layout);
    m_causesLabel = addParagraph(layout, QStringLiteral("causesLabel"));

    m_stepsHeading = addHeading(layout);
    m_stepsBox = new QWidget(card);
    m_stepsBox->setObjectName(QStringLiteral("nextSteps"));
    auto *stepsLayout = new QVBoxLayout(m_stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    stepsLayout->setSpacing(6);
    layout->addWidget(m_stepsBox);

    m_relatedHeading = addHeading(layout);
    m_relatedLabel = addLinkLabel(layout, QStringLiteral("relatedLabel"));
    m_crossFamilyHeading = addHeading(layout);
    m_crossFamilyLabel = addLinkLabel(layout, QStringLiteral("crossFamilyLabel"));

    m_docsHeading = addHeading(layout);
    // The only network access of the application: a click on this link opens the browser.
    m_docsLink = addLinkLabel(layout, QStringLiteral("docsLink"));

    layout->addStretch(1);
    m_scroll->setWidget(card);

    updateLinkColours();
    retranslateUi();
    showCode(nullptr);
}

QLabel *CodeDetailView::addHeading(QVBoxLayout *layout)
{
    auto *heading = new QLabel(layout->parentWidget());
    heading->setFont(scaledFont(font(), 1.08, true));
    heading->setContentsMargins(0, 10, 0, 2);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    return heading;
}

QTextEdit *CodeDetailView::addParagraph(QVBoxLayout *layout, const QString &objectName)
{
    auto *text = new TextBlock(layout->parentWidget());
    text->setObjectName(objectName);
    layout->addWidget(text);
    return text;
}

QLabel *CodeDetailView::addLinkLabel(QVBoxLayout *layout, const QString &objectName)
{
    QLabel *label = makeLabel(layout->parentWidget(), objectName, false);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    // Never let the label open anything by itself: links are handled in activateLink().
    label->setOpenExternalLinks(false);
    connect(label, &QLabel::linkActivated, this, &CodeDetailView::activateLink);
    layout->addWidget(label);
    return label;
}

QToolButton *CodeDetailView::makeCopyButton(const QString &objectName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(false);
    button->setFocusPolicy(Qt::StrongFocus);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

void CodeDetailView::showCode(const StatusCode *code)
{
    m_code = code;
    fillCode();
    m_stack->setCurrentWidget(code ? static_cast<QWidget *>(m_scroll) : m_emptyLabel);
    m_scroll->verticalScrollBar()->setValue(0);
    updateGeometry();
}

QSize CodeDetailView::minimumSizeHint() const
{
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scroll);
    const int card = m_scroll->widget()->minimumSizeHint().width();
    return {card + scrollBar + 2 * m_scroll->frameWidth(), QWidget::minimumSizeHint().height()};
}

void CodeDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateLinkColours();
    QWidget::changeEvent(event);
}

void CodeDetailView::updateLinkColours()
{
    QPalette links = palette();
    links.setColor(QPalette::Link, readableLink(links));
    for (QLabel *label : {m_relatedLabel, m_crossFamilyLabel, m_docsLink})
        label->setPalette(links);
}

void CodeDetailView::retranslateUi()
{
    m_emptyLabel->setText(tr("Select a code to see what it means and what to do next."));
    m_valuesHeading->setText(tr("Value"));
    const QString copy = tr("Copy");
    m_copySymbol->setText(copy);
    for (const ValueRow &row : m_valueRows)
        row.copy->setText(copy);
    m_copySymbol->setAccessibleName(tr("Copy symbol"));
    m_meaningHeading->setText(tr("Meaning"));
    m_messageHeading->setText(tr("Windows message"));
    m_messageHeading->setToolTip(tr("The text Windows prints for this code (FormatMessage), verbatim: in English, "
                                    "and below it in the other languages it has been seen in"));
    m_fingerprintsHeading->setText(tr("Also written as"));
    m_fingerprintsHeading->setToolTip(tr("Other texts that name this code, verbatim as programs and events print "
                                         "them (MIT and Heimdal Kerberos, OpenSSL, event reasons)"));
    m_eventsHeading->setText(tr("Where it appears"));
    m_eventsHeading->setToolTip(tr("The Windows events and fields that carry this code"));
    m_familyLabel->setToolTip(tr("The family of the code: its value means this code only in this family"));
    m_causesHeading->setText(tr("Likely causes"));
    m_stepsHeading->setText(tr("Next steps"));
    m_relatedHeading->setText(tr("Related codes"));
    m_crossFamilyHeading->setText(tr("The same failure in other layers"));
    m_crossFamilyHeading->setToolTip(
        tr("How this failure shows up as an NTSTATUS, a Kerberos error, a TLS alert, a Win32 error or an SSPI code"));
    m_docsHeading->setText(tr("Documentation"));
    m_docsLink->setText(QStringLiteral("<a href=\"%1\">%2</a>")
                            .arg(LanguageManager::sspiStatusCodesUrl().toString(QUrl::FullyEncoded),
                                 tr("SSPI status codes (Microsoft Learn)").toHtmlEscaped()));
    m_docsLink->setToolTip(LanguageManager::sspiStatusCodesUrl().toString());
    setAccessibleName(tr("Code details"));
    fillCode();
}

void CodeDetailView::fillCode()
{
    const StatusCode *code = m_code;
    if (!code) {
        rebuildNextSteps();
        return;
    }
    const QString separator = FamilyFormat::listSeparator();

    m_familyLabel->setText(FamilyFormat::name(code->family));
    m_symbolLabel->setText(breakableSymbol(code->symbolString()));
    m_symbolLabel->setAccessibleName(code->symbolString());
    m_copySymbol->setToolTip(tr("Copy %1").arg(code->symbolString()));
    m_aliasesLabel->setText(code->aliases.empty() ? QString()
                                                  : tr("Also defined as %1").arg(code->aliasList().join(separator)));
    m_aliasesLabel->setVisible(!code->aliases.empty());

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_severityIcon->setPixmap(CodeTableModel::severityIcon(code->severity).pixmap(iconSize, iconSize));
    m_classLabel->setText(tr("%1 · %2").arg(severityName(code->severity), categoryName(code->category)));
    const QStringList packages = packageNames(code->packages);
    m_packagesLabel->setText(packages.isEmpty() ? QString()
                                                : tr("Security packages: %1").arg(packages.join(separator)));
    m_packagesLabel->setVisible(!packages.isEmpty());

    setBlockText(m_wrapperLabel,
                 code->wrapper
                     ? QStringLiteral("<b>%1</b> %2")
                           .arg(tr("Only a wrapper:").toHtmlEscaped(), CodeTableModel::wrapperNote().toHtmlEscaped())
                     : QString(),
                 Qt::RichText);
    m_wrapperLabel->setVisible(code->wrapper);

    fillValues();

    setBlockText(m_meaningLabel, trCatalog(code->meaning));
    setBlockText(m_explanationLabel, trCatalog(code->explanation));
    m_explanationLabel->setVisible(code->explanation && *code->explanation);

    const bool hasMessage = code->windowsMessage && *code->windowsMessage;
    setBlockText(m_messageLabel, hasMessage ? tr("“%1”").arg(QString::fromUtf8(code->windowsMessage)) : QString());
    m_messageLabel->setVisible(hasMessage);
    const bool hasLocalized = fillLocalizedMessages();
    m_messageHeading->setVisible(hasMessage || hasLocalized);

    const auto bulletList = [](const QStringList &items) {
        QString html;
        for (const QString &item : items)
            html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
        return QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px; -qt-list-indent:1;\">%1</ul>").arg(html);
    };

    QStringList fingerprints;
    for (const char *text : code->fingerprints)
        fingerprints << tr("“%1”").arg(QString::fromUtf8(text));
    setBlockText(m_fingerprintsLabel, bulletList(fingerprints), Qt::RichText);
    m_fingerprintsHeading->setVisible(!fingerprints.isEmpty());
    m_fingerprintsLabel->setVisible(!fingerprints.isEmpty());

    QStringList events;
    for (const EventSite &site : code->events)
        events << FamilyFormat::eventSite(site);
    setBlockText(m_eventsLabel, bulletList(events), Qt::RichText);
    m_eventsHeading->setVisible(!events.isEmpty());
    m_eventsLabel->setVisible(!events.isEmpty());

    QStringList causes;
    for (const char *cause : code->causes)
        causes << trCatalog(cause);
    setBlockText(m_causesLabel, bulletList(causes), Qt::RichText);
    m_causesHeading->setVisible(!code->causes.empty());
    m_causesLabel->setVisible(!code->causes.empty());

    rebuildNextSteps();
    m_stepsHeading->setVisible(!code->nextSteps.empty());
    m_stepsBox->setVisible(!code->nextSteps.empty());

    fillRelated();

    // Microsoft's page lists the SSPI codes only.
    m_docsHeading->setVisible(code->family == Family::Sspi);
    m_docsLink->setVisible(code->family == Family::Sspi);
}

void CodeDetailView::fillValues()
{
    const QList<FamilyFormat::Notation> notations = FamilyFormat::notations(*m_code);
    for (size_t i = 0; i < m_valueRows.size(); ++i) {
        const ValueRow &row = m_valueRows[i];
        const bool used = static_cast<qsizetype>(i) < notations.size();
        row.caption->setVisible(used);
        row.value->setVisible(used);
        row.copy->setVisible(used);
        if (!used)
            continue;
        const FamilyFormat::Notation &n = notations.at(static_cast<qsizetype>(i));
        QString key = n.key;
        row.caption->setObjectName(key + QStringLiteral("Caption"));
        row.value->setObjectName(key + QStringLiteral("Value"));
        key[0] = key.at(0).toUpper();
        row.copy->setObjectName(QStringLiteral("copy") + key + QStringLiteral("Button"));
        row.caption->setText(n.caption);
        row.value->setText(n.text);
        row.copy->setToolTip(tr("Copy %1").arg(n.text));
        row.copy->setAccessibleName(tr("Copy value: %1").arg(n.caption));
    }
}

void CodeDetailView::fillRelated()
{
    const auto entry = [](const RelatedCode &rel) {
        const QString symbol = QString::fromLatin1(rel.symbol);
        const StatusCode *target = Catalog::instance().entryOf(rel);
        const QString value = FamilyFormat::value(rel.family, Catalog::instance().valueOf(rel));
        QString html = target ? QStringLiteral("<a href=\"%1\">%2</a> <tt>%3</tt>")
                                    .arg(FamilyFormat::link(*target), symbol.toHtmlEscaped(), value)
                              : QStringLiteral("%1 <tt>%2</tt>").arg(symbol.toHtmlEscaped(), value);
        if (rel.note && *rel.note)
            html = tr("%1 — %2").arg(html, trCatalog(rel.note).toHtmlEscaped());
        return html;
    };

    const CodeTableModel::RelatedGroups groups = CodeTableModel::relatedGroups(*m_code);
    QStringList related;
    for (const RelatedCode *rel : groups.sameFamily)
        related << entry(*rel);
    m_relatedLabel->setText(related.join(QStringLiteral("<br>")));
    m_relatedHeading->setVisible(!related.isEmpty());
    m_relatedLabel->setVisible(!related.isEmpty());

    QString cross;
    for (const auto &[family, codes] : groups.otherFamilies) {
        QString items;
        for (const RelatedCode *rel : codes)
            items += QStringLiteral("<li>%1</li>").arg(entry(*rel));
        cross += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0px;\"><b>%1</b></p>"
                                "<ul style=\"margin-top:0px; margin-bottom:0px; -qt-list-indent:1;\">%2</ul>")
                     .arg(FamilyFormat::name(family).toHtmlEscaped(), items);
    }
    m_crossFamilyLabel->setText(cross);
    m_crossFamilyHeading->setVisible(!cross.isEmpty());
    m_crossFamilyLabel->setVisible(!cross.isEmpty());
}

QString CodeDetailView::languageName(const QString &tag)
{
    const QLocale locale(tag);
    if (locale.language() == QLocale::C)
        return tag;
    QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return tag;
    // The territory only where the language alone would name another one (zh-TW, not de-DE).
    if (QLocale(locale.language()).territory() != locale.territory()) {
        const QString territory = locale.nativeTerritoryName();
        const bool cjk = std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
        name += cjk ? QStringLiteral("（%1）").arg(territory) : QStringLiteral(" (%1)").arg(territory);
    }
    return name;
}

bool CodeDetailView::fillLocalizedMessages()
{
    auto *grid = static_cast<QGridLayout *>(m_localizedBox->layout());
    while (QLayoutItem *item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<const LocalizedMessage *> messages =
        m_code ? Catalog::instance().localizedMessages(*m_code) : QList<const LocalizedMessage *>();
    int row = 0;
    for (const LocalizedMessage *message : messages) {
        const QString tag = QString::fromLatin1(message->language);
        const QString source = tr("Where Windows was seen printing it: %1").arg(QString::fromUtf8(message->source));
        QLabel *language = makeLabel(m_localizedBox, QStringLiteral("localizedLanguage_%1").arg(tag), false);
        language->setText(languageName(tag));
        language->setForegroundRole(QPalette::PlaceholderText);
        language->setToolTip(source);
        language->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        QLabel *text = makeLabel(m_localizedBox, QStringLiteral("localizedText_%1").arg(tag));
        text->setText(tr("“%1”").arg(QString::fromUtf8(message->text)));
        text->setToolTip(source);
        text->setAccessibleName(tr("Windows message in %1").arg(languageName(tag)));
        grid->addWidget(language, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    m_localizedBox->setVisible(row > 0);
    return row > 0;
}

void CodeDetailView::setBlockText(QTextEdit *block, const QString &text, Qt::TextFormat format)
{
    static_cast<TextBlock *>(block)->setText(text, format);
}

void CodeDetailView::rebuildNextSteps()
{
    auto *layout = static_cast<QVBoxLayout *>(m_stepsBox->layout());
    while (QLayoutItem *item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_code)
        return;

    // Steps are built after the rest of the card; Tab must still reach them in reading order.
    QWidget *previous = m_valueRows.back().copy;
    const auto addCommand = [this, &previous](QGridLayout *rowLayout, QWidget *row, const char *commandSource,
                                              const QString &id) {
        if (!commandSource || !*commandSource)
            return;
        const QString command = QString::fromUtf8(commandSource);
        auto *block = new QFrame(row);
        block->setObjectName(QStringLiteral("commandBlock%1").arg(id));
        block->setFrameShape(QFrame::StyledPanel);
        block->setBackgroundRole(QPalette::AlternateBase);
        block->setAutoFillBackground(true);
        auto *blockLayout = new QHBoxLayout(block);
        blockLayout->setContentsMargins(8, 4, 4, 4);
        auto *commandText = new TextBlock(block);
        commandText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        commandText->setText(command, Qt::PlainText);
        commandText->setObjectName(QStringLiteral("command%1").arg(id));
        commandText->setAccessibleName(tr("Command"));
        blockLayout->addWidget(commandText, 1);
        QToolButton *copy = makeCopyButton(QStringLiteral("copyCommand%1").arg(id));
        copy->setParent(block);
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy the command"));
        copy->setAccessibleName(tr("Copy command: %1").arg(command));
        blockLayout->addWidget(copy, 0, Qt::AlignTop);
        connect(copy, &QToolButton::clicked, this, [this, command, copy] { copyText(command, copy); });
        rowLayout->addWidget(block, 1, 1);
        QWidget::setTabOrder(previous, copy);
        previous = copy;
    };
    const auto addRow = [&addCommand](QWidget *parent, QVBoxLayout *into, const QString &marker, const QString &text,
                                      const char *command, const QString &id) {
        auto *row = new QWidget(parent);
        auto *rowLayout = new QGridLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        rowLayout->setHorizontalSpacing(6);
        rowLayout->setVerticalSpacing(4);
        rowLayout->addWidget(new QLabel(marker, row), 0, 0, Qt::AlignTop);
        auto *textBlock = new TextBlock(row);
        textBlock->setObjectName(QStringLiteral("stepText%1").arg(id));
        textBlock->setText(text, Qt::PlainText);
        rowLayout->addWidget(textBlock, 0, 1);
        rowLayout->setColumnStretch(1, 1);
        addCommand(rowLayout, row, command, id);
        into->addWidget(row);
    };

    int number = 0;
    for (const NextStep &step : m_code->nextSteps) {
        ++number;
        QString text = trCatalog(step.text);
        if (step.guide != Guide::None && guideInfo(step.guide))
            text += QLatin1Char(' ') + tr("(see “%1” below)").arg(guideTitle(step.guide));
        addRow(m_stepsBox, layout, tr("%1.").arg(number), text, step.command, QString::number(number));
    }

    // Each guide the steps refer to, once, folded under a "See: ..." button below the steps.
    int guideNumber = 0;
    for (const Guide guide : guidesOf(*m_code)) {
        ++guideNumber;
        const GuideInfo *info = guideInfo(guide);
        auto *button = new QToolButton(m_stepsBox);
        button->setObjectName(QStringLiteral("guideButton%1").arg(guideNumber));
        button->setText(tr("See: %1").arg(trGuide(info->title)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setArrowType(Qt::RightArrow);
        button->setCheckable(true);
        button->setAutoRaise(true);
        layout->addWidget(button);
        QWidget::setTabOrder(previous, button);
        previous = button;

        auto *box = new QWidget(m_stepsBox);
        box->setObjectName(QStringLiteral("guide%1").arg(guideNumber));
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(16, 0, 0, 0);
        boxLayout->setSpacing(6);
        int stepNumber = 0;
        for (const GuideStep &step : info->steps)
            addRow(box, boxLayout, QStringLiteral("•"), trGuide(step.text), step.command,
                   QStringLiteral("G%1_%2").arg(QString::number(guideNumber), QString::number(++stepNumber)));
        box->setVisible(false);
        layout->addWidget(box);
        connect(button, &QToolButton::toggled, box, [button, box](bool open) {
            button->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
            box->setVisible(open);
        });
    }
}

void CodeDetailView::copyText(const QString &text, QWidget *source)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    const QString message = tr("Copied %1").arg(text);
    if (source && source->isVisible())
        QToolTip::showText(source->mapToGlobal(QPoint(0, source->height())), tr("Copied"), source);
    emit copied(message);
}

void CodeDetailView::activateLink(const QString &link)
{
    if (link.startsWith(QLatin1String("code:"))) {
        // The link names family and value; a bare value would be ambiguous and is refused.
        if (const StatusCode *code = FamilyFormat::codeOfLink(link))
            emit relatedCodeActivated(code);
        return;
    }
    const QUrl url(link);
    if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}
