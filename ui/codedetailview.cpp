// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codedetailview.h"

#include "catalog.h"
#include "codetablemodel.h"
#include "guides.h"
#include "languagemanager.h"
#include "lookup.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
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

const QString codeScheme = QStringLiteral("code:");

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

    // Header: symbol, aliases, then severity / category / packages.
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

    // Value in three notations, each with its own copy button.
    m_valuesHeading = addHeading(layout);
    auto *values = new QGridLayout;
    values->setHorizontalSpacing(10);
    values->setVerticalSpacing(2);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto addValueRow = [&](int row, QLabel *&caption, QLabel *&value, QToolButton *&button, const char *name) {
        const QString base = QLatin1String(name);
        caption = makeLabel(card, base + QStringLiteral("Caption"), false);
        caption->setWordWrap(false);
        value = makeLabel(card, base + QStringLiteral("Value"));
        value->setWordWrap(false);
        value->setFont(fixed);
        caption->setBuddy(value);
        button = makeCopyButton(QStringLiteral("copy") + base.at(0).toUpper() + base.mid(1) + QStringLiteral("Button"));
        values->addWidget(caption, row, 0);
        values->addWidget(value, row, 1);
        values->addWidget(button, row, 2);
    };
    addValueRow(0, m_hexCaption, m_hexValue, m_copyHex, "hex");
    addValueRow(1, m_signedCaption, m_signedValue, m_copySigned, "signed");
    addValueRow(2, m_unsignedCaption, m_unsignedValue, m_copyUnsigned, "unsigned");
    values->setColumnStretch(3, 1);
    layout->addLayout(values);
    connect(m_copyHex, &QToolButton::clicked, this, [this] { copyText(m_hexValue->text(), m_copyHex); });
    connect(m_copySigned, &QToolButton::clicked, this, [this] { copyText(m_signedValue->text(), m_copySigned); });
    connect(m_copyUnsigned, &QToolButton::clicked, this, [this] { copyText(m_unsignedValue->text(), m_copyUnsigned); });

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
    for (QLabel *label : {m_relatedLabel, m_docsLink})
        label->setPalette(links);
}

void CodeDetailView::retranslateUi()
{
    m_emptyLabel->setText(tr("Select a code to see what it means and what to do next."));
    m_valuesHeading->setText(tr("Value"));
    m_hexCaption->setText(tr("Hexadecimal"));
    m_signedCaption->setText(tr("Signed decimal"));
    m_unsignedCaption->setText(tr("Unsigned decimal"));
    const QString copy = tr("Copy");
    for (QToolButton *button : {m_copySymbol, m_copyHex, m_copySigned, m_copyUnsigned})
        button->setText(copy);
    m_copySymbol->setAccessibleName(tr("Copy symbol"));
    m_copyHex->setAccessibleName(tr("Copy hexadecimal value"));
    m_copySigned->setAccessibleName(tr("Copy signed decimal value"));
    m_copyUnsigned->setAccessibleName(tr("Copy unsigned decimal value"));
    m_meaningHeading->setText(tr("Meaning"));
    m_messageHeading->setText(tr("Windows message"));
    m_messageHeading->setToolTip(tr("The text Windows prints for this code (FormatMessage), verbatim"));
    m_causesHeading->setText(tr("Likely causes"));
    m_stepsHeading->setText(tr("Next steps"));
    m_relatedHeading->setText(tr("Related codes"));
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

    m_symbolLabel->setText(breakableSymbol(code->symbolString()));
    m_symbolLabel->setAccessibleName(code->symbolString());
    m_copySymbol->setToolTip(tr("Copy %1").arg(code->symbolString()));
    m_aliasesLabel->setText(
        code->aliases.empty() ? QString() : tr("Also defined as %1").arg(code->aliasList().join(QStringLiteral(", "))));
    m_aliasesLabel->setVisible(!code->aliases.empty());

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_severityIcon->setPixmap(CodeTableModel::severityIcon(code->severity).pixmap(iconSize, iconSize));
    m_classLabel->setText(tr("%1 · %2").arg(severityName(code->severity), categoryName(code->category)));
    const QStringList packages = packageNames(code->packages);
    m_packagesLabel->setText(packages.isEmpty() ? QString()
                                                : tr("Security packages: %1").arg(packages.join(QStringLiteral(", "))));
    m_packagesLabel->setVisible(!packages.isEmpty());

    m_hexValue->setText(code->hex());
    m_signedValue->setText(QString::number(code->signedValue()));
    m_unsignedValue->setText(QString::number(code->unsignedValue()));
    m_copyHex->setToolTip(tr("Copy %1").arg(code->hex()));
    m_copySigned->setToolTip(tr("Copy %1").arg(code->signedValue()));
    m_copyUnsigned->setToolTip(tr("Copy %1").arg(code->unsignedValue()));

    setBlockText(m_meaningLabel, trCatalog(code->meaning));
    setBlockText(m_explanationLabel, trCatalog(code->explanation));
    m_explanationLabel->setVisible(code->explanation && *code->explanation);

    const bool hasMessage = code->windowsMessage && *code->windowsMessage;
    setBlockText(m_messageLabel, hasMessage ? tr("“%1”").arg(QString::fromLatin1(code->windowsMessage)) : QString());
    m_messageHeading->setVisible(hasMessage);
    m_messageLabel->setVisible(hasMessage);

    QString causes;
    for (const char *cause : code->causes)
        causes += QStringLiteral("<li>%1</li>").arg(trCatalog(cause).toHtmlEscaped());
    setBlockText(
        m_causesLabel,
        QStringLiteral("<ul style=\"margin-top:0px; margin-bottom:0px; -qt-list-indent:1;\">%1</ul>").arg(causes),
        Qt::RichText);
    m_causesHeading->setVisible(!code->causes.empty());
    m_causesLabel->setVisible(!code->causes.empty());

    rebuildNextSteps();
    m_stepsHeading->setVisible(!code->nextSteps.empty());
    m_stepsBox->setVisible(!code->nextSteps.empty());

    QStringList related;
    for (const RelatedCode &rel : code->related) {
        const QString symbol = QString::fromLatin1(rel.symbol);
        const StatusCode *target = Catalog::instance().entryOf(rel);
        QString entry;
        if (target) {
            entry = QStringLiteral("<a href=\"%1%2\">%3</a> <tt>%2</tt>")
                        .arg(codeScheme, target->hex(), symbol.toHtmlEscaped());
        } else {
            entry = QStringLiteral("%1 <tt>%2</tt>").arg(symbol.toHtmlEscaped(), formatHex(rel.value));
        }
        if (rel.note && *rel.note)
            entry = tr("%1 — %2").arg(entry, trCatalog(rel.note).toHtmlEscaped());
        related << entry;
    }
    m_relatedLabel->setText(related.join(QStringLiteral("<br>")));
    m_relatedHeading->setVisible(!related.isEmpty());
    m_relatedLabel->setVisible(!related.isEmpty());
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
    QWidget *previous = m_copyUnsigned;
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
                   QStringLiteral("G%1_%2").arg(guideNumber).arg(++stepNumber));
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
    if (link.startsWith(codeScheme)) {
        const std::optional<quint32> value = parseStatusValue(QStringView(link).mid(codeScheme.size()));
        if (value && Catalog::instance().byValue(*value))
            emit relatedCodeActivated(*value);
        return;
    }
    const QUrl url(link);
    if (url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}
