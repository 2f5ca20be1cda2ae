// SPDX-License-Identifier: GPL-3.0-or-later
#include "purchasingviews.h"

#include "inventory/replenishment.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"
#include "views/moduleviewextensions.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

namespace {
QTableWidgetItem *item(const QString &text, bool editable = false, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (!editable)
        i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

Result<qint64> parseQuantity(const QString &text)
{
    Field f = Field::make("quantity", FieldType::Quantity, QT_TRANSLATE_NOOP("trato::Metadata", "Quantity"));
    auto v = Value::parse(f, text);
    if (!v)
        return v.error();
    if (v.value().isNull())
        return Error::badInput(Purchasing::tr("A quantity is missing."));
    return qint64(v.value().toLongLong());
}

QString money(qint64 cents)
{
    return Value::display(Field::make("m", FieldType::Money, "m"), qlonglong(cents));
}
QString milli(qint64 m)
{
    return Value::display(Field::make("q", FieldType::Quantity, "q"), qlonglong(m));
}
} // namespace

// ---- Lines tab ----

PurchaseLinesTab::PurchaseLinesTab(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
{
    setWindowTitle(tr("Lines"));
    setObjectName(QStringLiteral("purchaseLinesTab"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("purchaseLinesTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Description"), tr("Quantity"), tr("Unit cost"), tr("Received"),
                                        tr("Line total")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_product = new QLineEdit(this);
    m_product->setObjectName(QStringLiteral("lineProduct"));
    m_product->setPlaceholderText(tr("Product SKU or name"));
    m_quantity = new QLineEdit(this);
    m_quantity->setObjectName(QStringLiteral("lineQuantity"));
    m_quantity->setPlaceholderText(tr("Quantity"));
    m_cost = new QLineEdit(this);
    m_cost->setObjectName(QStringLiteral("lineCost"));
    m_cost->setPlaceholderText(tr("Unit cost (default: product cost)"));
    m_add = new QPushButton(tr("Add line"), this);
    m_add->setObjectName(QStringLiteral("addLineButton"));
    m_remove = new QPushButton(tr("Remove line"), this);
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("purchaseTotal"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *add = new QHBoxLayout;
    add->addWidget(m_product, 3);
    add->addWidget(m_quantity, 1);
    add->addWidget(m_cost, 2);
    add->addWidget(m_add);
    add->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(add);
    layout->addWidget(m_total);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellChanged, this, &PurchaseLinesTab::cellEdited);
    connect(m_add, &QPushButton::clicked, this, &PurchaseLinesTab::addLine);
    connect(m_quantity, &QLineEdit::returnPressed, this, &PurchaseLinesTab::addLine);
    connect(m_remove, &QPushButton::clicked, this, &PurchaseLinesTab::removeLine);
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (!m_id.isEmpty() && (entity == QLatin1String("purchase_order") || entity == QLatin1String("purchase_order_line")))
            reload();
    });
}

void PurchaseLinesTab::setRecordId(const QString &id)
{
    m_id = id;
    reload();
}

void PurchaseLinesTab::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    m_info = PurchaseOrderInfo();
    if (!m_id.isEmpty()) {
        auto info = Purchasing(m_db).load(m_id); // one order's lines: a primary-key read
        if (info)
            m_info = info.value();
    }
    const bool draft = !m_id.isEmpty() && m_info.status == QLatin1String("draft");
    for (const PurchaseLine &l : m_info.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, item(QString::number(l.position), false, true));
        m_table->setItem(row, 1, item(l.sku.isEmpty() ? l.productName : QStringLiteral("%1 · %2").arg(l.sku, l.productName)));
        m_table->setItem(row, 2, item(l.description, draft));
        m_table->setItem(row, 3, item(milli(l.quantity), draft, true));
        m_table->setItem(row, 4, item(money(l.unitCost), draft, true));
        m_table->setItem(row, 5, item(milli(l.received), false, true));
        m_table->setItem(row, 6, item(money(l.total()), false, true));
        m_table->item(row, 0)->setData(Qt::UserRole, l.id);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (QWidget *w : {static_cast<QWidget *>(m_product), static_cast<QWidget *>(m_quantity), static_cast<QWidget *>(m_cost),
                       static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_remove)})
        w->setEnabled(draft);
    m_table->setEditTriggers(draft ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   : QAbstractItemView::NoEditTriggers);
    m_total->setText(m_id.isEmpty() ? tr("Save the purchase order to add lines.")
                                    : tr("Total: %1 · %2").arg(money(m_info.total), Purchasing::statusLabel(m_info.status)));
    m_loading = false;
}

void PurchaseLinesTab::cellEdited(int row, int column)
{
    if (m_loading || row < 0 || row >= m_info.lines.size())
        return;
    const PurchaseLine &l = m_info.lines.at(row);
    qint64 qty = l.quantity, cost = l.unitCost;
    QString description = l.description;
    const QString text = m_table->item(row, column)->text();
    m_error->clear();
    if (column == 3) {
        auto q = parseQuantity(text);
        if (!q) {
            m_error->setText(q.error().message);
            reload();
            return;
        }
        qty = q.value();
    } else if (column == 4) {
        QString why;
        if (!Value::parseMoney(text, QLocale(), &cost, &why)) {
            m_error->setText(why);
            reload();
            return;
        }
    } else if (column == 2) {
        description = text;
    } else {
        return;
    }
    if (Status s = Purchasing(m_db).updateLine(l.id, qty, cost, description); !s)
        m_error->setText(s.error().message);
    reload();
}

void PurchaseLinesTab::addLine()
{
    m_error->clear();
    const QString text = m_product->text().trimmed();
    auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id FROM product WHERE deleted = 0 AND (sku = ? OR name = ? OR id = ?) "
                                                         "ORDER BY sku = ? DESC LIMIT 1"),
                       {text, text, text, text});
    if (!q || !q.value().next()) {
        m_error->setText(tr("There is no product \"%1\" (give its SKU or name).").arg(text));
        return;
    }
    const QString product = q.value().value(0).toString();
    auto qty = parseQuantity(m_quantity->text());
    if (!qty) {
        m_error->setText(qty.error().message);
        return;
    }
    qint64 cost = -1;
    if (!m_cost->text().trimmed().isEmpty()) {
        QString why;
        if (!Value::parseMoney(m_cost->text(), QLocale(), &cost, &why)) {
            m_error->setText(why);
            return;
        }
    }
    auto id = Purchasing(m_db).addLine(m_id, product, qty.value(), cost);
    if (!id) {
        m_error->setText(id.error().message);
        return;
    }
    m_product->clear();
    m_quantity->clear();
    m_cost->clear();
    reload();
}

void PurchaseLinesTab::removeLine()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_info.lines.size())
        return;
    if (Status s = Purchasing(m_db).removeLine(m_info.lines.at(row).id); !s)
        m_error->setText(s.error().message);
    reload();
}

// ---- Actions ----

PurchaseOrderActions::PurchaseOrderActions(Database &db, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
{
    m_order = new QPushButton(tr("Order"), this);
    m_order->setObjectName(QStringLiteral("orderPurchaseButton"));
    m_receive = new QPushButton(tr("Receive…"), this);
    m_receive->setObjectName(QStringLiteral("receivePurchaseButton"));
    m_cancel = new QPushButton(tr("Cancel order"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPurchaseButton"));
    m_close = new QPushButton(tr("Close short"), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QPushButton *b : {m_order, m_receive, m_cancel, m_close})
        layout->addWidget(b);
    connect(m_order, &QPushButton::clicked, this, [this] {
        auto n = Purchasing(m_db).order(m_id);
        if (!n)
            QMessageBox::warning(this, tr("Order"), n.error().message);
        else
            Q_EMIT message(tr("Ordered as %1.").arg(n.value()));
        refresh();
    });
    connect(m_receive, &QPushButton::clicked, this, [this] {
        ReceiveDialog dialog(m_db, m_id, this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT message(tr("Goods received into stock."));
        refresh();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Cancel order"), tr("Cancel this purchase order?")) != QMessageBox::Yes)
            return;
        if (Status s = Purchasing(m_db).cancel(m_id); !s)
            QMessageBox::warning(this, tr("Cancel order"), s.error().message);
        refresh();
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (Status s = Purchasing(m_db).closeShort(m_id); !s)
            QMessageBox::warning(this, tr("Close short"), s.error().message);
        refresh();
    });
    connect(&db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("purchase_order"))
            refresh();
    });
}

void PurchaseOrderActions::setRecordId(const QString &id)
{
    m_id = id;
    refresh();
}

void PurchaseOrderActions::refresh()
{
    QString status;
    if (!m_id.isEmpty()) {
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT status FROM purchase_order WHERE id = ?"), {m_id});
        if (q && q.value().next())
            status = q.value().value(0).toString();
    }
    m_order->setEnabled(status == QLatin1String("draft"));
    m_receive->setEnabled(status == QLatin1String("ordered") || status == QLatin1String("partially_received"));
    m_cancel->setEnabled(status == QLatin1String("draft") || status == QLatin1String("ordered"));
    m_close->setVisible(status == QLatin1String("partially_received"));
}

// ---- Receive dialog ----

ReceiveDialog::ReceiveDialog(Database &db, const QString &order, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_order(order)
{
    setObjectName(QStringLiteral("receiveDialog"));
    auto info = Purchasing(db).load(order);
    if (info)
        m_info = info.value();
    setWindowTitle(tr("Receive %1").arg(m_info.number));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("receiveTable"));
    m_table->setHorizontalHeaderLabels({tr("Line"), tr("Product"), tr("Ordered"), tr("Outstanding"), tr("Receive now")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    for (const PurchaseLine &l : m_info.lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, item(QString::number(l.position), false, true));
        m_table->setItem(row, 1, item(l.description));
        m_table->setItem(row, 2, item(milli(l.quantity), false, true));
        m_table->setItem(row, 3, item(milli(l.outstanding()), false, true));
        m_table->setItem(row, 4, item(l.outstanding() > 0 ? milli(l.outstanding()) : QString(), l.outstanding() > 0, true));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("receiveError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Receive"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReceiveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Quantities received now (leave empty or 0 for lines not received):"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(720, 360);
}

void ReceiveDialog::accept()
{
    QMap<QString, qint64> quantities;
    for (int row = 0; row < m_table->rowCount() && row < m_info.lines.size(); ++row) {
        const QString text = m_table->item(row, 4)->text().trimmed();
        if (text.isEmpty() || text == QLatin1String("0"))
            continue;
        auto q = parseQuantity(text);
        if (!q) {
            m_error->setText(tr("Line %1: %2").arg(m_info.lines.at(row).position).arg(q.error().message));
            return;
        }
        quantities.insert(m_info.lines.at(row).id, q.value());
    }
    if (quantities.isEmpty()) {
        m_error->setText(tr("Give the quantity received of at least one line."));
        return;
    }
    if (Status s = Purchasing(m_db).receive(m_order, quantities); !s) {
        m_error->setText(s.error().message);
        return;
    }
    QDialog::accept();
}

// ---- Reorder page ----

ReorderPage::ReorderPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("reorderPage"));
    setWindowTitle(tr("Reorder"));
    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("reorderTable"));
    m_table->setHorizontalHeaderLabels({tr("SKU"), tr("Product"), tr("Vendor"), tr("Available"), tr("On order"), tr("Reorder level"),
                                        tr("Suggested")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_status = new QLabel(this);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("reorderResult"));
    m_result->setWordWrap(true);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_draft = new QPushButton(tr("Draft purchase orders"), this);
    m_draft->setObjectName(QStringLiteral("draftOrdersButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    top->addWidget(m_draft);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_result);
    connect(m_refresh, &QPushButton::clicked, this, &ReorderPage::refresh);
    connect(m_draft, &QPushButton::clicked, this, &ReorderPage::draftOrders);
    refresh();
}

void ReorderPage::refresh()
{
    m_status->setText(tr("Reading stock levels…"));
    m_refresh->setEnabled(false);
    runInBackground(m_db, this, [](Database &db) { return Replenishment(db).lowStock(); },
                    [this](Result<QList<LowStockItem>> low) {
                        m_refresh->setEnabled(true);
                        m_table->setRowCount(0);
                        if (!low) {
                            m_status->setText(low.error().message);
                            Q_EMIT refreshed();
                            return;
                        }
                        for (const LowStockItem &i : low.value()) {
                            const int row = m_table->rowCount();
                            m_table->insertRow(row);
                            m_table->setItem(row, 0, item(i.sku));
                            m_table->setItem(row, 1, item(i.name));
                            m_table->setItem(row, 2, item(i.vendorName.isEmpty() ? tr("(no vendor)") : i.vendorName));
                            m_table->setItem(row, 3, item(milli(i.onHand - i.reserved), false, true));
                            m_table->setItem(row, 4, item(milli(i.onOrder), false, true));
                            m_table->setItem(row, 5, item(milli(i.reorderLevel), false, true));
                            m_table->setItem(row, 6, item(milli(i.suggested), false, true));
                        }
                        m_table->resizeColumnsToContents();
                        m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
                        m_status->setText(tr("%n product(s) at or below their reorder level.", nullptr, int(low.value().size())));
                        m_draft->setEnabled(!low.value().isEmpty());
                        Q_EMIT refreshed();
                    });
}

void ReorderPage::draftOrders()
{
    auto r = Replenishment(m_db).draftOrders();
    if (!r) {
        m_result->setText(r.error().message);
        return;
    }
    QStringList parts;
    parts << tr("%n purchase order(s) drafted", nullptr, int(r.value().orders.size())) + tr(" with %n line(s).", nullptr, r.value().lines);
    if (!r.value().withoutVendor.isEmpty())
        parts << tr("Without a vendor, not ordered: %1.").arg(r.value().withoutVendor.join(QStringLiteral(", ")));
    if (!r.value().alreadyOnDraft.isEmpty())
        parts << tr("Already on a draft order: %1.").arg(r.value().alreadyOnDraft.join(QStringLiteral(", ")));
    m_result->setText(parts.join(QLatin1Char('\n')));
    refresh();
}

void registerPurchasingViews()
{
    using RecordViewExtensions::Place;
    const QString po = QStringLiteral("purchase_order");
    RecordViewExtensions::add(po, Place::Tab, [](Database &db) { return new PurchaseLinesTab(db); });
    RecordViewExtensions::add(po, Place::Action, [](Database &db) { return new PurchaseOrderActions(db); });
    ModuleViewExtensions::addPage(Module::Inventory, [](Database &db) { return new ReorderPage(db); }, ModuleViewExtensions::Placement::AfterLists);
}

} // namespace trato
