// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchasehistoryview.h"

#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

namespace {

QString money(qint64 cents, const QLocale &locale)
{
    const Field f = Field::make("amount", FieldType::Money, "Amount");
    return Value::display(f, qlonglong(cents), locale);
}

QString dateText(const QDate &d, const QLocale &locale)
{
    return d.isValid() ? locale.toString(d, QLocale::ShortFormat) : QString();
}

QTableWidget *makeTable(const QString &objectName, const QString &accessible, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(objectName);
    t->setAccessibleName(accessible);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// A row's first cell carries the record it opens.
void addRow(QTableWidget *t, const QStringList &texts, const QString &entity, const QString &id, const QList<int> &numbers)
{
    const int r = t->rowCount();
    t->insertRow(r);
    for (int c = 0; c < texts.size(); ++c) {
        auto *i = new QTableWidgetItem(texts.at(c));
        i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (numbers.contains(c))
            i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == 0 && !id.isEmpty()) {
            i->setData(Qt::UserRole, entity);
            i->setData(Qt::UserRole + 1, id);
        }
        t->setItem(r, c, i);
    }
}

QLabel *heading(const QString &text, QWidget *buddy)
{
    auto *l = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
    l->setBuddy(buddy);
    return l;
}

} // namespace

PurchaseHistoryView::PurchaseHistoryView(Database &db, const QString &entity, QWidget *parent)
    : RecordViewPart(parent), m_db(db), m_entity(entity), m_summary(new QLabel)
{
    setWindowTitle(tr("Purchases"));
    setObjectName(QStringLiteral("purchaseHistoryView"));
    m_summary->setObjectName(QStringLiteral("purchasesSummary"));
    m_summary->setWordWrap(true);
    m_items = makeTable(QStringLiteral("purchasedItems"), tr("Products and services bought"),
                        {tr("Code"), tr("Product or service"), tr("Quantity"), tr("Amount"), tr("Last bought")});
    m_years = makeTable(QStringLiteral("purchaseYears"), tr("Totals per year"), {tr("Year"), tr("Invoices"), tr("Invoiced"), tr("Credited"), tr("Net")});
    m_quotes = makeTable(QStringLiteral("openQuotes"), tr("Open quotes"), {tr("Number"), tr("Date"), tr("Status"), tr("Total"), tr("Subject")});
    m_unpaid = makeTable(QStringLiteral("unpaidInvoices"), tr("Unpaid invoices"),
                         {tr("Number"), tr("Date"), tr("Status"), tr("Total"), tr("Balance due")});
    m_items->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->horizontalHeader()->setStretchLastSection(false);

    auto *grid = new QGridLayout;
    grid->addWidget(heading(tr("Products and services bought"), m_items), 0, 0);
    grid->addWidget(m_items, 1, 0);
    grid->addWidget(heading(tr("Per year"), m_years), 0, 1);
    grid->addWidget(m_years, 1, 1);
    grid->addWidget(heading(tr("Open quotes"), m_quotes), 2, 0);
    grid->addWidget(m_quotes, 3, 0);
    grid->addWidget(heading(tr("Unpaid invoices"), m_unpaid), 2, 1);
    grid->addWidget(m_unpaid, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(grid, 1);

    for (QTableWidget *t : {m_items, m_quotes, m_unpaid}) {
        auto open = [this, t](int row) {
            QTableWidgetItem *i = t->item(row, 0);
            if (i && !i->data(Qt::UserRole + 1).toString().isEmpty())
                Q_EMIT openRequested(i->data(Qt::UserRole).toString(), i->data(Qt::UserRole + 1).toString());
        };
        // Activated: a double-click or Enter (a double-click activates too, so it is not connected twice).
        connect(t, &QTableWidget::cellActivated, this, [open](int row, int) { open(row); });
    }
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &e) {
        static const QStringList watched{QStringLiteral("invoice"), QStringLiteral("credit_note"), QStringLiteral("quote"),
                                         QStringLiteral("sales_line"), QStringLiteral("payment")};
        if (!watched.contains(e))
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    setRecordId(QString());
}

void PurchaseHistoryView::showEvent(QShowEvent *event)
{
    RecordViewPart::showEvent(event);
    if (m_stale)
        reload();
}

void PurchaseHistoryView::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void PurchaseHistoryView::reload()
{
    m_stale = false;
    for (QTableWidget *t : {m_items, m_years, m_quotes, m_unpaid})
        t->setRowCount(0);
    if (m_id.isEmpty()) {
        m_summary->setText(tr("Save the record to see what it bought."));
        return;
    }
    m_loading = true;
    m_summary->setText(tr("Reading the purchase history…"));
    const int generation = ++m_generation;
    const QString entity = m_entity, id = m_id;
    runInBackground(
        m_db, this, [entity, id](Database &db) { return PurchaseHistoryService(db).load(entity, id); },
        [this, generation](Result<PurchaseHistory> r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!r)
                m_summary->setText(tr("Could not read the purchase history: %1").arg(r.error().message));
            else
                fill(r.value());
            Q_EMIT loaded();
        });
}

void PurchaseHistoryView::fill(const PurchaseHistory &h)
{
    const QLocale locale;
    const Field qty = Field::make("quantity", FieldType::Quantity, "Quantity");
    const Entity *invoice = m_db.registry()->entity(QStringLiteral("invoice"));
    const Entity *quote = m_db.registry()->entity(QStringLiteral("quote"));
    auto status = [](const Entity *e, const QString &key) {
        const Field *f = e ? e->field(QStringLiteral("status")) : nullptr;
        return f ? f->optionLabel(key) : key;
    };
    if (!h.lastPurchase.isValid() && h.items.isEmpty())
        m_summary->setText(tr("No purchases yet: no issued invoice names this %1.")
                               .arg(m_entity == QLatin1String("contact") ? tr("contact") : tr("account")));
    else
        m_summary->setText(tr("Last purchase %1 · invoiced %2 · credited %3 · net %4")
                               .arg(dateText(h.lastPurchase, locale), money(h.invoicedTotal, locale), money(h.creditedTotal, locale),
                                    money(h.invoicedTotal - h.creditedTotal, locale)));
    for (const PurchasedItem &i : h.items)
        addRow(m_items, {i.code, i.name, Value::display(qty, qlonglong(i.quantity), locale), money(i.amount, locale), dateText(i.lastDate, locale)},
               i.entity, i.id, {2, 3});
    for (const PurchaseYear &y : h.years)
        addRow(m_years, {y.year ? QString::number(y.year) : tr("No date"), QString::number(y.invoices), money(y.invoiced, locale),
                         money(y.credited, locale), money(y.net(), locale)},
               QString(), QString(), {1, 2, 3, 4});
    for (const OpenDocument &d : h.openQuotes)
        addRow(m_quotes, {d.number.isEmpty() ? tr("(no number)") : d.number, dateText(d.date, locale), status(quote, d.status), money(d.total, locale), d.subject},
               d.entity, d.id, {3});
    for (const OpenDocument &d : h.unpaidInvoices)
        addRow(m_unpaid, {d.number.isEmpty() ? tr("(no number)") : d.number, dateText(d.date, locale), status(invoice, d.status), money(d.total, locale),
                          money(d.balanceDue, locale)},
               d.entity, d.id, {3, 4});
    for (QTableWidget *t : {m_items, m_years, m_quotes, m_unpaid}) {
        t->resizeColumnsToContents();
        t->resizeRowsToContents();
        t->horizontalHeader()->setSectionResizeMode(t == m_items ? 1 : t->columnCount() - 1, QHeaderView::Stretch);
    }
}

void registerPurchaseHistoryViews()
{
    for (const QString &entity : {QStringLiteral("account"), QStringLiteral("contact")})
        RecordViewExtensions::add(entity, RecordViewExtensions::Place::Tab, [entity](Database &db) { return new PurchaseHistoryView(db, entity); });
}

} // namespace trato
