// SPDX-License-Identifier: GPL-3.0-or-later
#include "kbviews.h"

#include "store/database.h"
#include "store/recordstore.h"
#include "support/servicecontracts.h"
#include "util/background.h"
#include "views/moduleviewextensions.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace trato {

namespace {

QTableWidgetItem *cell(const QString &text, const QString &id = QString(), bool right = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!id.isEmpty())
        item->setData(Qt::UserRole, id);
    if (right)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const char *name)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QString::fromLatin1(name));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

} // namespace

KnowledgeBasePage::KnowledgeBasePage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setWindowTitle(tr("Knowledge base"));
    setObjectName(QStringLiteral("knowledgeBasePage"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("kbSearch"));
    m_query->setPlaceholderText(tr("Search articles (title, text, category, tags)"));
    m_query->setClearButtonEnabled(true);
    m_drafts = new QCheckBox(tr("Include drafts"), this);
    m_results = makeTable(this, {tr("Title"), tr("Category"), tr("Helped")}, "kbResults");
    m_article = new QTextBrowser(this);
    m_article->setObjectName(QStringLiteral("kbArticle"));
    m_article->setOpenLinks(false);
    m_edit = new QPushButton(tr("Edit article"), this);
    m_edit->setObjectName(QStringLiteral("kbEdit"));
    m_edit->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kbStatus"));
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);

    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_drafts);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_article, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    rightLayout->addLayout(buttons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_results);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_drafts, &QCheckBox::toggled, this, &KnowledgeBasePage::search);
    connect(m_debounce, &QTimer::timeout, this, &KnowledgeBasePage::search);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &KnowledgeBasePage::showArticle);
    connect(m_results, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT openRecord(QStringLiteral("kb_article"), currentId());
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (!currentId().isEmpty())
            Q_EMIT openRecord(QStringLiteral("kb_article"), currentId());
    });
    m_status->setText(tr("Type to search the published articles."));
    // An article written or its helped count changed elsewhere: search again (on the worker).
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("kb_article") && !m_query->text().trimmed().isEmpty())
            m_debounce->start();
    });
}

QString KnowledgeBasePage::currentId() const
{
    const int row = m_results->currentRow();
    if (row < 0 || !m_results->item(row, 0))
        return {};
    return m_results->item(row, 0)->data(Qt::UserRole).toString();
}

void KnowledgeBasePage::search()
{
    const QString text = m_query->text();
    const bool drafts = m_drafts->isChecked();
    const int generation = ++m_generation;
    const QString previous = currentId();
    runInteractive(
        m_db, this, [text, drafts](Database &db) { return KnowledgeBase(db).search(text, drafts, 100); },
        [this, generation, previous](Result<QList<KbHit>> hits) {
            if (generation != m_generation)
                return; // superseded by a newer keystroke
            m_results->setRowCount(0);
            m_article->clear();
            m_edit->setEnabled(false);
            if (!hits) {
                m_status->setText(hits.error().message);
            } else {
                for (const KbHit &h : hits.value()) {
                    const int row = m_results->rowCount();
                    m_results->insertRow(row);
                    const QString title = h.status == QLatin1String("draft") ? tr("%1 (draft)").arg(h.title) : h.title;
                    m_results->setItem(row, 0, cell(title, h.id));
                    m_results->setItem(row, 1, cell(h.category));
                    m_results->setItem(row, 2, cell(QString::number(h.helpedCount), {}, true));
                }
                m_results->resizeColumnToContents(1);
                m_results->resizeColumnToContents(2);
                m_status->setText(m_query->text().trimmed().isEmpty() ? tr("Type to search the published articles.")
                                                                      : tr("%n article(s) found.", nullptr, int(hits.value().size())));
                int keep = 0; // the article that was shown stays shown when it is still found
                for (int row = 0; row < m_results->rowCount(); ++row)
                    if (m_results->item(row, 0)->data(Qt::UserRole).toString() == previous)
                        keep = row;
                if (m_results->rowCount() > 0)
                    m_results->selectRow(keep);
            }
            Q_EMIT searchFinished();
        });
}

void KnowledgeBasePage::showArticle()
{
    const QString id = currentId();
    m_edit->setEnabled(!id.isEmpty());
    if (id.isEmpty()) {
        m_article->clear();
        return;
    }
    auto a = RecordStore(m_db).get(QStringLiteral("kb_article"), id); // one article: a primary-key read
    if (!a) {
        m_article->setPlainText(a.error().message);
        return;
    }
    const Record &r = a.value();
    QString html = QStringLiteral("<h2>%1</h2>").arg(r.value(QStringLiteral("title")).toString().toHtmlEscaped());
    const QString category = r.value(QStringLiteral("category")).toString();
    if (!category.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(category.toHtmlEscaped());
    html += QStringLiteral("<p style=\"white-space: pre-wrap\">%1</p>").arg(r.value(QStringLiteral("body")).toString().toHtmlEscaped());
    m_article->setHtml(html);
}

// ---------------------------------------------------------------------------------------------

TicketArticlesTab::TicketArticlesTab(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
{
    setWindowTitle(tr("Articles"));
    setObjectName(QStringLiteral("ticketArticlesTab"));
    m_suggested = makeTable(this, {tr("Suggested article"), tr("Category"), tr("Helped")}, "kbSuggested");
    m_linked = makeTable(this, {tr("Linked article"), tr("Category"), tr("Helped this ticket")}, "kbLinked");
    m_insert = new QPushButton(tr("Insert into reply"), this);
    m_insert->setObjectName(QStringLiteral("kbInsert"));
    m_link = new QPushButton(tr("Link"), this);
    m_link->setObjectName(QStringLiteral("kbLink"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("kbError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_link);
    buttons->addWidget(m_insert);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Suggested from the subject (select one in either list to insert it):"), this));
    layout->addWidget(m_suggested, 1);
    layout->addWidget(m_linked, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_insert, &QPushButton::clicked, this, &TicketArticlesTab::insertSelected);
    connect(m_link, &QPushButton::clicked, this, &TicketArticlesTab::linkSelected);
    connect(m_suggested, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_suggested->selectedItems().isEmpty())
            m_linked->clearSelection();
    });
    connect(m_linked, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_linked->selectedItems().isEmpty())
            m_suggested->clearSelection();
    });
    connect(m_linked, &QTableWidget::cellChanged, this, &TicketArticlesTab::helpedToggled);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("ticket_article") || entity == QLatin1String("kb_article")
                                || entity == QLatin1String("ticket")))
            reload();
    });
}

void TicketArticlesTab::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void TicketArticlesTab::reload()
{
    m_loading = true;
    m_suggested->setRowCount(0);
    m_linked->setRowCount(0);
    const bool has = !m_id.isEmpty();
    m_insert->setEnabled(has);
    m_link->setEnabled(has);
    if (has) {
        KnowledgeBase kb(m_db);
        // One ticket's suggestions (an FTS lookup, limited) and links (indexed): small reads.
        if (auto s = kb.suggestions(m_id, 8)) {
            for (const KbHit &h : s.value()) {
                const int row = m_suggested->rowCount();
                m_suggested->insertRow(row);
                m_suggested->setItem(row, 0, cell(h.title, h.id));
                m_suggested->setItem(row, 1, cell(h.category));
                m_suggested->setItem(row, 2, cell(QString::number(h.helpedCount), {}, true));
            }
        }
        if (auto l = kb.linked(m_id)) {
            for (const KbLink &k : l.value()) {
                const int row = m_linked->rowCount();
                m_linked->insertRow(row);
                m_linked->setItem(row, 0, cell(k.title, k.articleId));
                m_linked->setItem(row, 1, cell(k.category));
                auto *check = new QTableWidgetItem;
                check->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                check->setCheckState(k.helped ? Qt::Checked : Qt::Unchecked);
                m_linked->setItem(row, 2, check);
            }
        }
    }
    m_suggested->resizeColumnToContents(1);
    m_linked->resizeColumnToContents(1);
    m_linked->resizeColumnToContents(2);
    m_loading = false;
}

QString TicketArticlesTab::selectedArticle() const
{
    for (QTableWidget *t : {m_suggested, m_linked}) {
        const auto rows = t->selectionModel()->selectedRows();
        if (!rows.isEmpty() && t->item(rows.first().row(), 0))
            return t->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
    }
    return {};
}

void TicketArticlesTab::insertSelected()
{
    const QString article = selectedArticle();
    if (article.isEmpty()) {
        m_error->setText(tr("Select an article first."));
        return;
    }
    auto r = KnowledgeBase(m_db).insert(m_id, article);
    m_error->setText(r ? QString() : r.error().message);
    if (r)
        Q_EMIT message(tr("The article was added to the conversation as a reply."));
}

void TicketArticlesTab::linkSelected()
{
    const QString article = selectedArticle();
    if (article.isEmpty()) {
        m_error->setText(tr("Select an article first."));
        return;
    }
    auto r = KnowledgeBase(m_db).link(m_id, article);
    m_error->setText(r ? QString() : r.error().message);
}

void TicketArticlesTab::helpedToggled(int row, int column)
{
    if (m_loading || column != 2 || !m_linked->item(row, 0) || !m_linked->item(row, 2))
        return;
    const QString article = m_linked->item(row, 0)->data(Qt::UserRole).toString();
    const bool helped = m_linked->item(row, 2)->checkState() == Qt::Checked;
    Status s = KnowledgeBase(m_db).markHelped(m_id, article, helped);
    m_error->setText(s ? QString() : s.error().message);
    if (!s)
        QTimer::singleShot(0, this, &TicketArticlesTab::reload);
}

// ---------------------------------------------------------------------------------------------

TicketContractNotice::TicketContractNotice(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("ticketContractNotice"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setStyleSheet(QStringLiteral("color: #8a4b00; background: #fff4e0; padding: 4px; border-radius: 3px;"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    setVisible(false);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("ticket") || entity == QLatin1String("service_contract")))
            reload();
    });
}

void TicketContractNotice::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

QString TicketContractNotice::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void TicketContractNotice::reload()
{
    QStringList warnings;
    if (!m_id.isEmpty()) {
        auto t = RecordStore(m_db).get(QStringLiteral("ticket"), m_id);
        const QString contract = t ? t.value().value(QStringLiteral("contract")).toString() : QString();
        if (!contract.isEmpty()) {
            auto w = ServiceContracts(m_db).warnings(contract); // one contract's tickets: an indexed read
            if (w)
                warnings = w.value();
        }
    }
    m_label->setText(warnings.join(QLatin1Char('\n')));
    setHidden(warnings.isEmpty());
}

void registerKbViews()
{
    ModuleViewExtensions::addPage(Module::Support, [](Database &db) -> QWidget * { return new KnowledgeBasePage(db); },
                                  ModuleViewExtensions::Placement::AfterLists);
    RecordViewExtensions::add(QStringLiteral("ticket"), RecordViewExtensions::Place::Tab,
                              [](Database &db) -> RecordViewPart * { return new TicketArticlesTab(db); });
    RecordViewExtensions::add(QStringLiteral("ticket"), RecordViewExtensions::Place::Header,
                              [](Database &db) -> RecordViewPart * { return new TicketContractNotice(db); });
}

} // namespace trato
