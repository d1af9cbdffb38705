// SPDX-FileCopyrightText: 2026 SSPI Lens developers
// SPDX-License-Identifier: MIT
#include "codebrowser.h"

#include "catalog.h"
#include "codedetailview.h"
#include "codefilterproxy.h"
#include "codetablemodel.h"
#include "lookup.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QFontMetrics>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

using namespace sspilens;

namespace {

constexpr std::array<Severity, 3> severityOrder{Severity::Error, Severity::Informational, Severity::Success};

Category categoryAt(size_t i)
{
    return static_cast<Category>(i);
}

Package packageAt(size_t i)
{
    return static_cast<Package>(1u << i);
}

int countCodes(const std::function<bool(const StatusCode &)> &predicate)
{
    const auto &codes = Catalog::instance().codes();
    return static_cast<int>(std::count_if(codes.begin(), codes.end(), predicate));
}

// Button texts treat "&" as a mnemonic marker; category names contain a literal one.
QString mnemonicSafe(QString text)
{
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

const QString settingsSplitter = QStringLiteral("codeLibrary/splitter");
const QString settingsHeader = QStringLiteral("codeLibrary/header");
// A header saved with another set of columns would put them in the wrong places.
const QString settingsHeaderColumns = QStringLiteral("codeLibrary/headerColumns");
const QString settingsFilters = QStringLiteral("codeLibrary/filtersVisible");
const QString settingsDetails = QStringLiteral("codeLibrary/detailsVisible");

} // namespace

CodeBrowser::CodeBrowser(QWidget *parent)
    : QWidget(parent), m_model(new CodeTableModel(this)), m_proxy(new CodeFilterProxy(this)),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("codeBrowser"));
    m_proxy->setSourceModel(m_model);

    // Search row: the box and the "N of M codes" count, always visible.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addSpacing(8);
    searchRow->addWidget(m_countLabel);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(SearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &CodeBrowser::applySearch);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("codeLibrarySplitter"));
    m_splitter->setChildrenCollapsible(false);

    // Filters, in a scroll area so that they never get clipped on a short screen.
    m_filterScroll = new QScrollArea(m_splitter);
    m_filterScroll->setObjectName(QStringLiteral("filterPanel"));
    m_filterScroll->setWidgetResizable(true);
    m_filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_filterScroll->setFrameShape(QFrame::NoFrame);
    m_filterScroll->setFocusPolicy(Qt::NoFocus);
    auto *filterContents = new QWidget(m_filterScroll);
    buildFilters(filterContents);
    m_filterScroll->setWidget(filterContents);
    m_splitter->addWidget(m_filterScroll);

    // Results: the table, or a page that says why nothing matched.
    m_resultStack = new QStackedWidget(m_splitter);
    m_table = new QTableView(m_resultStack);
    m_table->setObjectName(QStringLiteral("codeTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab must leave the table instead of walking its cells.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->sortByColumn(CodeTableModel::ValueColumn, Qt::AscendingOrder);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_resultStack->addWidget(m_table);

    m_emptyPage = new QWidget(m_resultStack);
    m_emptyPage->setObjectName(QStringLiteral("emptyResult"));
    m_emptyTitle = new QLabel(m_emptyPage);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    QFont titleFont = font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_emptyTitle->setFont(titleFont);
    m_emptyTitle->setWordWrap(true);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyReason = new QLabel(m_emptyPage);
    m_emptyReason->setObjectName(QStringLiteral("emptyReason"));
    m_emptyReason->setWordWrap(true);
    m_emptyReason->setAlignment(Qt::AlignHCenter);
    m_emptyReason->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_emptyClearSearch = new QPushButton(m_emptyPage);
    m_emptyClearSearch->setObjectName(QStringLiteral("emptyClearSearch"));
    m_emptyClearFilters = new QPushButton(m_emptyPage);
    m_emptyClearFilters->setObjectName(QStringLiteral("emptyClearFilters"));
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch(1);
    emptyButtons->addWidget(m_emptyClearSearch);
    emptyButtons->addWidget(m_emptyClearFilters);
    emptyButtons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyPage);
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyReason);
    emptyLayout->addSpacing(12);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch(2);
    m_resultStack->addWidget(m_emptyPage);
    m_splitter->addWidget(m_resultStack);

    m_detail = new CodeDetailView(m_splitter);
    m_splitter->addWidget(m_detail);
    // A wider window widens the table; the card keeps a comfortable reading width.
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_splitter, 1);

    // Actions: Ctrl+C belongs to the table only, so that the search box and the card's
    // selectable labels keep their own copy.
    m_copyAction = new QAction(this);
    m_copyAction->setObjectName(QStringLiteral("copyRowsAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyAction, &QAction::triggered, this, &CodeBrowser::copySelection);
    m_copySymbolAction = new QAction(this);
    m_copySymbolAction->setObjectName(QStringLiteral("copySymbolAction"));
    connect(m_copySymbolAction, &QAction::triggered, this, &CodeBrowser::copySymbols);
    m_copyValueAction = new QAction(this);
    m_copyValueAction->setObjectName(QStringLiteral("copyValueAction"));
    connect(m_copyValueAction, &QAction::triggered, this, &CodeBrowser::copyValues);
    m_copyMarkdownAction = new QAction(this);
    m_copyMarkdownAction->setObjectName(QStringLiteral("copyMarkdownAction"));
    connect(m_copyMarkdownAction, &QAction::triggered, this, &CodeBrowser::copyMarkdown);
    m_table->addActions({m_copyAction, m_copySymbolAction, m_copyValueAction, m_copyMarkdownAction});

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_findAction, &QAction::triggered, this, &CodeBrowser::focusSearch);
    addAction(m_findAction);

    m_clearFiltersAction = new QAction(this);
    m_clearFiltersAction->setObjectName(QStringLiteral("clearFiltersAction"));
    connect(m_clearFiltersAction, &QAction::triggered, m_proxy, &CodeFilterProxy::clearFilters);
    connect(m_clearFiltersButton, &QPushButton::clicked, m_clearFiltersAction, &QAction::trigger);
    connect(m_emptyClearFilters, &QPushButton::clicked, m_clearFiltersAction, &QAction::trigger);
    connect(m_emptyClearSearch, &QPushButton::clicked, this, [this] {
        setSearchText(QString());
        m_search->setFocus(Qt::OtherFocusReason);
    });

    connect(m_proxy, &CodeFilterProxy::filterChanged, this, &CodeBrowser::onFilterChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CodeBrowser::updateActions);
    connect(m_detail, &CodeDetailView::relatedCodeActivated, this, [this](const StatusCode *code) {
        selectCode(code);
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_detail, &CodeDetailView::copied, this, &CodeBrowser::statusMessage);

    // Visual order, left to right: search, filters, table, card.
    QWidget::setTabOrder(m_search, m_familyChecks.front());
    QWidget *previous = m_familyChecks.front();
    auto chain = [&previous](QWidget *next) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    };
    for (size_t i = 1; i < m_familyChecks.size(); ++i)
        chain(m_familyChecks[i]);
    for (QCheckBox *box : m_severityChecks)
        chain(box);
    for (QCheckBox *box : m_categoryChecks)
        chain(box);
    for (QCheckBox *box : m_packageChecks)
        chain(box);
    chain(m_clearFiltersButton);
    chain(m_table);
    chain(m_emptyClearSearch);
    chain(m_emptyClearFilters);
    chain(m_detail);

    resizeColumns();

    retranslateUi();
    onFilterChanged();
    updateActions();
}

CodeBrowser::~CodeBrowser() = default;

void CodeBrowser::resizeColumns()
{
    // Widths that fit nine symbols in ten (the longest few elide, their tooltip has them whole) and
    // a typical category in the current font; the meaning takes the rest.
    const QFontMetrics fm(m_table->font());
    std::vector<int> symbolWidths;
    for (const StatusCode &code : Catalog::instance().codes())
        symbolWidths.push_back(fm.horizontalAdvance(code.symbolString()));
    std::sort(symbolWidths.begin(), symbolWidths.end());
    const int symbolWidth = symbolWidths.empty() ? 0 : symbolWidths[symbolWidths.size() * 9 / 10];
    int severityWidth = 0;
    for (Severity severity : severityOrder)
        severityWidth = std::max(severityWidth, fm.horizontalAdvance(severityName(severity)));
    const int iconWidth = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_table);
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics fixed(m_model->index(0, CodeTableModel::ValueColumn).data(Qt::FontRole).value<QFont>());
    int familyWidth = 0;
    for (Family family : FamilyFormat::all)
        familyWidth = std::max(familyWidth, fm.horizontalAdvance(FamilyFormat::name(family)));
    header->resizeSection(CodeTableModel::FamilyColumn, familyWidth + 16);
    header->resizeSection(CodeTableModel::ValueColumn, fixed.horizontalAdvance(QStringLiteral("0x80090300")) + 20);
    header->resizeSection(CodeTableModel::SymbolColumn, symbolWidth + 16);
    header->resizeSection(CodeTableModel::SeverityColumn, severityWidth + iconWidth + 22);
    header->resizeSection(CodeTableModel::CategoryColumn,
                          fm.horizontalAdvance(categoryName(Category::ContextTokens)) + 16);
    header->setMinimumSectionSize(fm.horizontalAdvance(QStringLiteral("0x8009")));
}

void CodeBrowser::fitFilterPanel()
{
    // The panel scrolls vertically only, so it must be wide enough for its longest label.
    QWidget *contents = m_filterScroll->widget();
    contents->adjustSize();
    const int scrollBar = m_filterScroll->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_filterScroll);
    m_filterScroll->setMinimumWidth(contents->minimumSizeHint().width() + scrollBar + 2);
}

void CodeBrowser::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitterPlaced)
        return;
    m_splitterPlaced = true;
    // Once the window's layout has settled, so that the split is made on the real width.
    QTimer::singleShot(0, this, &CodeBrowser::placeSplitter);
}

void CodeBrowser::placeSplitter()
{
    const QByteArray saved = std::exchange(m_pendingSplitterState, QByteArray());
    if (saved.isEmpty() || !m_splitter->restoreState(saved)) {
        // First start: filters as narrow as their labels allow, the card a third of the rest.
        const int filters = filtersVisible() ? m_filterScroll->minimumWidth() : 0;
        const int rest = std::max(0, m_splitter->width() - filters - 2 * m_splitter->handleWidth());
        const int detail = std::max(rest / 3, m_detail->minimumSizeHint().width());
        m_splitter->setSizes({filters, std::max(0, rest - detail), detail});
    }
    // The current row was scrolled to before the table had its final height.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid())
        m_table->scrollTo(current, QAbstractItemView::PositionAtCenter);
}

void CodeBrowser::buildFilters(QWidget *panel)
{
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 6);

    auto makeBox = [&](const QString &name) {
        auto *box = new QGroupBox(panel);
        box->setObjectName(name);
        box->setFlat(true);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(2);
        layout->addWidget(box);
        return box;
    };
    auto makeCheck = [this](QGroupBox *box, const QString &name, auto apply) {
        auto *check = new QCheckBox(box);
        check->setObjectName(name);
        box->layout()->addWidget(check);
        connect(check, &QCheckBox::toggled, m_proxy, apply);
        return check;
    };

    m_familyBox = makeBox(QStringLiteral("familyFilters"));
    for (size_t i = 0; i < m_familyChecks.size(); ++i) {
        const Family family = FamilyFormat::all[i];
        m_familyChecks[i] = makeCheck(m_familyBox, QStringLiteral("familyFilter_") + familyKey(family),
                                      [this, family](bool on) { m_proxy->setFamilyEnabled(family, on); });
    }
    m_severityBox = makeBox(QStringLiteral("severityFilters"));
    for (size_t i = 0; i < severityOrder.size(); ++i) {
        const Severity severity = severityOrder[i];
        m_severityChecks[i] = makeCheck(m_severityBox, QStringLiteral("severityFilter_") + severityKey(severity),
                                        [this, severity](bool on) { m_proxy->setSeverityEnabled(severity, on); });
    }
    m_categoryBox = makeBox(QStringLiteral("categoryFilters"));
    for (size_t i = 0; i < m_categoryChecks.size(); ++i) {
        const Category category = categoryAt(i);
        m_categoryChecks[i] = makeCheck(m_categoryBox, QStringLiteral("categoryFilter_") + categoryKey(category),
                                        [this, category](bool on) { m_proxy->setCategoryEnabled(category, on); });
    }
    m_packageBox = makeBox(QStringLiteral("packageFilters"));
    for (size_t i = 0; i < m_packageChecks.size(); ++i) {
        const Package package = packageAt(i);
        m_packageChecks[i] = makeCheck(m_packageBox, QStringLiteral("packageFilter_") + packageName(package).toLower(),
                                       [this, package](bool on) { m_proxy->setPackageEnabled(package, on); });
    }

    m_clearFiltersButton = new QPushButton(panel);
    m_clearFiltersButton->setObjectName(QStringLiteral("clearFiltersButton"));
    layout->addWidget(m_clearFiltersButton);
    layout->addStretch(1);
}

QWidget *CodeBrowser::filterPanel() const
{
    return m_filterScroll;
}

void CodeBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CodeBrowser::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search: 0x80090308, -2146893048, wrong principal, SEC_E_…"));
    m_search->setAccessibleName(tr("Search codes"));
    m_search->setAccessibleDescription(
        tr("Matches the value in hex or decimal, the symbol in any case, aliases and words of the meaning"));
    m_search->setToolTip(tr("Type a value (hex, with or without 0x, or decimal), a symbol or words of the "
                            "meaning.\nCtrl+F focuses the box, Esc clears it."));

    m_familyBox->setTitle(tr("Family"));
    m_familyBox->setAccessibleName(tr("Family filters"));
    for (size_t i = 0; i < m_familyChecks.size(); ++i) {
        const Family family = FamilyFormat::all[i];
        const QString name = FamilyFormat::name(family);
        const int n = countCodes([family](const StatusCode &c) { return c.family == family; });
        m_familyChecks[i]->setText(tr("%1 (%2)").arg(mnemonicSafe(name), QString::number(n)));
        m_familyChecks[i]->setAccessibleName(tr("%1, %n code(s)", "", n).arg(name));
    }
    m_severityBox->setTitle(tr("Severity"));
    m_categoryBox->setTitle(tr("Category"));
    m_packageBox->setTitle(tr("Security package"));
    m_severityBox->setAccessibleName(tr("Severity filters"));
    m_categoryBox->setAccessibleName(tr("Category filters"));
    m_packageBox->setAccessibleName(tr("Security package filters"));
    for (size_t i = 0; i < severityOrder.size(); ++i) {
        const Severity severity = severityOrder[i];
        const int n = countCodes([severity](const StatusCode &c) { return c.severity == severity; });
        m_severityChecks[i]->setText(tr("%1 (%2)").arg(mnemonicSafe(severityName(severity)), QString::number(n)));
        m_severityChecks[i]->setAccessibleName(tr("%1, %n code(s)", "", n).arg(severityName(severity)));
    }
    for (size_t i = 0; i < m_categoryChecks.size(); ++i) {
        const Category category = categoryAt(i);
        const int n = countCodes([category](const StatusCode &c) { return c.category == category; });
        m_categoryChecks[i]->setText(tr("%1 (%2)").arg(mnemonicSafe(categoryName(category)), QString::number(n)));
        m_categoryChecks[i]->setAccessibleName(tr("%1, %n code(s)", "", n).arg(categoryName(category)));
    }
    for (size_t i = 0; i < m_packageChecks.size(); ++i) {
        const Package package = packageAt(i);
        const int n = countCodes([package](const StatusCode &c) { return (c.packages & package) != 0; });
        m_packageChecks[i]->setText(tr("%1 (%2)").arg(mnemonicSafe(packageName(package)), QString::number(n)));
        m_packageChecks[i]->setAccessibleName(tr("%1, %n code(s)", "", n).arg(packageName(package)));
    }
    m_clearFiltersButton->setText(tr("Clear filters"));
    fitFilterPanel();

    m_table->setAccessibleName(tr("Status codes"));
    m_filterScroll->setAccessibleName(tr("Filters"));
    m_emptyClearSearch->setText(tr("Clear search"));
    m_emptyClearFilters->setText(tr("Clear filters"));

    m_copyAction->setText(tr("&Copy"));
    m_copyAction->setStatusTip(tr("Copy the selected codes as “SYMBOL (0x...): meaning” lines"));
    m_copySymbolAction->setText(tr("Copy &symbol"));
    m_copyValueAction->setText(tr("Copy &value"));
    m_copyValueAction->setStatusTip(tr("Copy the values of the selected codes, each as its family writes it"));
    m_copyMarkdownAction->setText(tr("Copy as &Markdown"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search the code library"));
    m_clearFiltersAction->setText(tr("C&lear Filters"));
    m_clearFiltersAction->setStatusTip(tr("Show codes of every family, severity, category and package"));

    m_model->retranslate();
    m_proxy->retranslate();
}

void CodeBrowser::setSearchText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(text);
    }
    m_searchDelay->stop();
    applySearch();
}

void CodeBrowser::applySearch()
{
    m_searchDelay->stop();
    m_proxy->setSearchText(m_search->text().trimmed());
}

void CodeBrowser::onFilterChanged()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_countLabel->setText(tr("%n of %1 codes", "", shown).arg(total));

    for (size_t i = 0; i < m_familyChecks.size(); ++i) {
        const QSignalBlocker blocker(m_familyChecks[i]);
        m_familyChecks[i]->setChecked(m_proxy->familyEnabled(FamilyFormat::all[i]));
    }
    for (size_t i = 0; i < severityOrder.size(); ++i) {
        const QSignalBlocker blocker(m_severityChecks[i]);
        m_severityChecks[i]->setChecked(m_proxy->severityEnabled(severityOrder[i]));
    }
    for (size_t i = 0; i < m_categoryChecks.size(); ++i) {
        const QSignalBlocker blocker(m_categoryChecks[i]);
        m_categoryChecks[i]->setChecked(m_proxy->categoryEnabled(categoryAt(i)));
    }
    for (size_t i = 0; i < m_packageChecks.size(); ++i) {
        const QSignalBlocker blocker(m_packageChecks[i]);
        m_packageChecks[i]->setChecked(m_proxy->packageEnabled(packageAt(i)));
    }
    m_clearFiltersButton->setEnabled(m_proxy->hasActiveFilters());
    m_clearFiltersAction->setEnabled(m_proxy->hasActiveFilters());

    updateEmptyState();

    // Keep the current code when it survived the filter; otherwise the best match becomes current
    // so that a typed value shows its card straight away.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (shown == 0) {
        m_detail->showCode(nullptr);
    } else if (current.isValid()) {
        m_table->scrollTo(current);
    } else if (!m_proxy->searchText().isEmpty() || m_proxy->hasActiveFilters()) {
        selectProxyRow(0);
    }
    updateActions();
}

void CodeBrowser::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_resultStack->setCurrentWidget(m_table);
        return;
    }
    const QString text = m_proxy->searchText();
    const bool filtered = m_proxy->hasActiveFilters();
    QString title;
    QString reason;
    if (text.isEmpty()) {
        title = tr("No code has all of the selected filters");
        reason = tr("Each group narrows the list: a code must match one ticked box in every group.");
    } else {
        int withoutFilters = 0;
        if (filtered) {
            const SearchQuery query(text);
            withoutFilters = countCodes([&query](const StatusCode &c) { return query.matches(c); });
        }
        if (withoutFilters > 0) {
            title = tr("No code matches “%1” with the selected filters").arg(text);
            reason = tr("%n code(s) match without the filters.", "", withoutFilters);
        } else {
            title = tr("No code matches “%1”").arg(text);
            const LookupResult result = lookupToken(text);
            switch (result.status) {
            case LookupResult::Status::NotSspi: reason = result.anatomy.describe(); break;
            case LookupResult::Status::UnassignedSspi:
                reason = tr("%1 lies in the SSPI block of the security facility, but Windows defines no "
                            "status code with this value.")
                             .arg(formatHex(result.value.value_or(0)));
                break;
            default:
                reason = tr("Try a value (0x80090308, 80090308, -2146893048), a symbol "
                            "(SEC_E_WRONG_PRINCIPAL, wrong principal) or words of the meaning.");
                break;
            }
        }
    }
    m_emptyTitle->setText(title);
    m_emptyReason->setText(reason);
    m_emptyClearSearch->setVisible(!text.isEmpty());
    m_emptyClearFilters->setVisible(filtered);
    m_resultStack->setCurrentWidget(m_emptyPage);
}

void CodeBrowser::updateActions()
{
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    m_copyAction->setEnabled(hasSelection);
    m_copySymbolAction->setEnabled(hasSelection);
    m_copyValueAction->setEnabled(hasSelection);
    m_copyMarkdownAction->setEnabled(hasSelection);
}

void CodeBrowser::onCurrentChanged(const QModelIndex &current)
{
    const StatusCode *code = CodeTableModel::codeFromIndex(current);
    if (code || m_proxy->rowCount() == 0)
        m_detail->showCode(code);
}

void CodeBrowser::selectProxyRow(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool CodeBrowser::selectCode(const StatusCode *code)
{
    const int sourceRow = m_model->rowOf(code);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // The code is hidden by the search or a filter: show everything rather than nothing.
        setSearchText(QString());
        m_proxy->clearFilters();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    if (!index.isValid())
        return false;
    selectProxyRow(index.row());
    return true;
}

bool CodeBrowser::selectSymbol(const QString &symbol)
{
    const StatusCode *code = Catalog::instance().bySymbol(symbol);
    return code && selectCode(code);
}

bool CodeBrowser::selectToken(const QString &token)
{
    const LookupResult result = lookupToken(token);
    return result.found() && !result.codes.isEmpty() && selectCode(result.codes.constFirst());
}

const StatusCode *CodeBrowser::currentCode() const
{
    return CodeTableModel::codeFromIndex(m_table->selectionModel()->currentIndex());
}

QList<const StatusCode *> CodeBrowser::selectedCodes() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<const StatusCode *> codes;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const StatusCode *code = CodeTableModel::codeFromIndex(index))
            codes << code;
    }
    if (codes.isEmpty()) {
        if (const StatusCode *code = currentCode())
            codes << code;
    }
    return codes;
}

void CodeBrowser::focusSearch()
{
    if (!isVisible())
        emit showRequested();
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CodeBrowser::setClipboard(const QString &text, const QString &message)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit statusMessage(message);
}

void CodeBrowser::copySelection()
{
    const QList<const StatusCode *> codes = selectedCodes();
    QStringList lines;
    for (const StatusCode *code : codes)
        lines << CodeTableModel::copyLine(*code);
    setClipboard(lines.join(QLatin1Char('\n')), tr("Copied %n code(s)", "", static_cast<int>(codes.size())));
}

void CodeBrowser::copySymbols()
{
    const QList<const StatusCode *> codes = selectedCodes();
    QStringList lines;
    for (const StatusCode *code : codes)
        lines << code->symbolString();
    setClipboard(lines.join(QLatin1Char('\n')), tr("Copied %1").arg(lines.join(QStringLiteral(", "))));
}

void CodeBrowser::copyValues()
{
    const QList<const StatusCode *> codes = selectedCodes();
    QStringList lines;
    for (const StatusCode *code : codes)
        lines << FamilyFormat::value(*code);
    setClipboard(lines.join(QLatin1Char('\n')), tr("Copied %1").arg(lines.join(QStringLiteral(", "))));
}

void CodeBrowser::copyMarkdown()
{
    const QList<const StatusCode *> codes = selectedCodes();
    QStringList sections;
    for (const StatusCode *code : codes)
        sections << CodeTableModel::markdown(*code);
    setClipboard(sections.join(QLatin1Char('\n')),
                 tr("Copied %n code(s) as Markdown", "", static_cast<int>(codes.size())));
}

void CodeBrowser::setFiltersVisible(bool visible)
{
    m_filterScroll->setVisible(visible);
}

bool CodeBrowser::filtersVisible() const
{
    return !m_filterScroll->isHidden();
}

void CodeBrowser::setDetailsVisible(bool visible)
{
    m_detail->setVisible(visible);
}

bool CodeBrowser::detailsVisible() const
{
    return !m_detail->isHidden();
}

void CodeBrowser::saveState(QSettings &settings) const
{
    // A browser that was never shown still holds the saved layout, not a real one of its own.
    if (!m_pendingSplitterState.isEmpty())
        settings.setValue(settingsSplitter, m_pendingSplitterState);
    else if (m_splitterPlaced)
        settings.setValue(settingsSplitter, m_splitter->saveState());
    settings.setValue(settingsHeader, m_table->horizontalHeader()->saveState());
    settings.setValue(settingsHeaderColumns, int(CodeTableModel::ColumnCount));
    settings.setValue(settingsFilters, filtersVisible());
    settings.setValue(settingsDetails, detailsVisible());
}

void CodeBrowser::restoreState(const QSettings &settings)
{
    // Applied on the first show, when the splitter has its real width: restoring earlier would let
    // the window's first resize redistribute the saved sizes.
    m_pendingSplitterState = settings.value(settingsSplitter).toByteArray();
    if (isVisible())
        placeSplitter();
    const QByteArray header = settings.value(settingsHeader).toByteArray();
    if (!header.isEmpty() && settings.value(settingsHeaderColumns).toInt() == CodeTableModel::ColumnCount)
        m_table->horizontalHeader()->restoreState(header);
    setFiltersVisible(settings.value(settingsFilters, true).toBool());
    setDetailsVisible(settings.value(settingsDetails, true).toBool());
}

bool CodeBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                setSearchText(QString());
                return true;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            // Straight from the query to the results: the first match becomes current.
            applySearch();
            if (m_proxy->rowCount() > 0) {
                if (!m_table->selectionModel()->currentIndex().isValid())
                    selectProxyRow(0);
                m_table->setFocus(Qt::TabFocusReason);
            }
            return true;
        default: break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
