// SPDX-License-Identifier: GPL-3.0-or-later
#include "productstockview.h"

#include "inventory/stockledger.h"
#include "metadata/registry.h"
#include "metadata/value.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trato {

namespace {

struct LevelRow
{
    QString warehouse;
    qint64 onHand = 0, reserved = 0;
};
struct MovementRow
{
    QString at, kind, warehouse, reason, who, document;
    qint64 quantity = 0;
};
struct StockData
{
    QString error;
    QVariant averageCost;
    QList<LevelRow> levels;
    QList<MovementRow> movements;
};

constexpr int kMovementLimit = 500;

StockData loadStock(Database &db, const QString &product)
{
    StockData d;
    QSqlDatabase conn = db.connection();
    auto avg = Sql::exec(conn, QStringLiteral("SELECT average_cost FROM product WHERE id = ?"), {product});
    if (!avg) {
        d.error = avg.error().message;
        return d;
    }
    if (avg.value().next())
        d.averageCost = avg.value().value(0);
    auto levels = Sql::exec(conn, QStringLiteral("SELECT w.name, coalesce(b.on_hand, 0), (SELECT coalesce(sum(quantity), 0) "
                                                 "FROM stock_reservation r WHERE r.product = ? AND r.warehouse = w.id) "
                                                 "FROM warehouse w LEFT JOIN stock_balance b ON b.product = ? AND b.warehouse = w.id "
                                                 "WHERE w.deleted = 0 ORDER BY w.is_default DESC, w.name"),
                            {product, product});
    if (!levels) {
        d.error = levels.error().message;
        return d;
    }
    while (levels.value().next())
        d.levels << LevelRow{levels.value().value(0).toString(), levels.value().value(1).toLongLong(), levels.value().value(2).toLongLong()};
    auto moves = Sql::exec(conn, QStringLiteral("SELECT m.occurred_at, m.kind, w.name, m.quantity, m.reason, m.created_by, m.document "
                                                "FROM stock_movement m LEFT JOIN warehouse w ON w.id = m.warehouse "
                                                "WHERE m.product = ? AND m.deleted = 0 ORDER BY m.occurred_at DESC, m.rid DESC LIMIT %1")
                                     .arg(kMovementLimit),
                           {product});
    if (!moves) {
        d.error = moves.error().message;
        return d;
    }
    while (moves.value().next()) {
        const QSqlQuery &q = moves.value();
        d.movements << MovementRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(4).toString(),
                                   q.value(5).toString(), q.value(6).toString(), q.value(3).toLongLong()};
    }
    return d;
}

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QTableWidget *makeTable(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

// Fills a warehouse combo box (name shown, id as data), the default first.
void fillWarehouses(Database &db, QComboBox *box)
{
    auto q = Sql::exec(db.connection(), QStringLiteral("SELECT id, name FROM warehouse WHERE deleted = 0 ORDER BY is_default DESC, name"));
    if (!q)
        return;
    while (q.value().next())
        box->addItem(q.value().value(1).toString(), q.value().value(0));
}

} // namespace

ProductStockView::ProductStockView(Database &db, QWidget *parent)
    : RecordViewPart(parent), m_db(db), m_summary(new QLabel), m_levels(nullptr), m_movements(nullptr),
      m_adjust(new QPushButton(tr("Adjust…"))), m_transfer(new QPushButton(tr("Transfer…")))
{
    setWindowTitle(tr("Stock"));
    setObjectName(QStringLiteral("productStockView"));
    m_levels = makeTable({tr("Warehouse"), tr("On hand"), tr("Reserved"), tr("Available"), tr("Average cost"), tr("Value")});
    m_levels->setObjectName(QStringLiteral("stockLevels"));
    m_levels->setAccessibleName(tr("Stock per warehouse"));
    m_movements = makeTable({tr("When"), tr("Movement"), tr("Warehouse"), tr("Quantity"), tr("Who"), tr("Why")});
    m_movements->setObjectName(QStringLiteral("stockMovements"));
    m_movements->setAccessibleName(tr("Stock movements, newest first"));
    m_adjust->setObjectName(QStringLiteral("stockAdjust"));
    m_adjust->setToolTip(tr("Correct the stock by a counted difference, with a reason"));
    m_transfer->setObjectName(QStringLiteral("stockTransfer"));
    m_transfer->setToolTip(tr("Move stock from one warehouse to another"));
    m_summary->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_adjust);
    buttons->addWidget(m_transfer);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_levels, 1);
    auto *movementsLabel = new QLabel(tr("Movements (newest first)"));
    movementsLabel->setBuddy(m_movements);
    layout->addWidget(movementsLabel);
    layout->addWidget(m_movements, 2);

    connect(m_adjust, &QPushButton::clicked, this, &ProductStockView::adjust);
    connect(m_transfer, &QPushButton::clicked, this, &ProductStockView::transfer);
    connect(&m_db, &Database::recordsChanged, this, [this](const QString &entity) {
        if (entity == QLatin1String("product") || entity == QLatin1String("stock_movement") || entity == QLatin1String("warehouse"))
            reload();
    });
    setRecordId(QString());
}

void ProductStockView::setRecordId(const QString &id)
{
    m_product = id;
    m_adjust->setEnabled(!id.isEmpty());
    m_transfer->setEnabled(!id.isEmpty());
    reload();
}

void ProductStockView::reload()
{
    m_levels->setRowCount(0);
    m_movements->setRowCount(0);
    if (m_product.isEmpty()) {
        m_summary->setText(tr("Save the product to see and move its stock."));
        return;
    }
    m_loading = true;
    const int generation = ++m_generation;
    const QString product = m_product;
    runInBackground(
        m_db, this, [product](Database &db) { return loadStock(db, product); },
        [this, generation](StockData d) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!d.error.isEmpty()) {
                m_summary->setText(tr("Could not read the stock: %1").arg(d.error));
                Q_EMIT loaded();
                return;
            }
            const Entity *productEntity = m_db.registry()->entity(QStringLiteral("product"));
            const Entity *movement = m_db.registry()->entity(QStringLiteral("stock_movement"));
            const Field *money = productEntity ? productEntity->field(QStringLiteral("average_cost")) : nullptr;
            const Field *kind = movement ? movement->field(QStringLiteral("kind")) : nullptr;
            const QLocale locale;
            const Field *qty = movement ? movement->field(QStringLiteral("quantity")) : nullptr;
            auto quantity = [qty, &locale](qint64 milli) { return qty ? Value::display(*qty, qlonglong(milli), locale) : Value::formatMilli(milli); };
            auto cents = [money, &locale](const QVariant &v) { return v.isNull() || !money ? QString() : Value::display(*money, v, locale); };
            // Value = on hand x average cost, rounded half up (away from zero) to the cent.
            auto value = [&d](qint64 milli) -> QVariant {
                if (d.averageCost.isNull())
                    return {};
                const qint64 v = milli * d.averageCost.toLongLong();
                return qlonglong(v >= 0 ? (v + 500) / 1000 : -((-v + 500) / 1000));
            };
            qint64 onHand = 0, reserved = 0;
            for (const LevelRow &l : d.levels) {
                const int r = m_levels->rowCount();
                m_levels->insertRow(r);
                m_levels->setItem(r, 0, item(l.warehouse));
                m_levels->setItem(r, 1, item(quantity(l.onHand), true));
                m_levels->setItem(r, 2, item(quantity(l.reserved), true));
                m_levels->setItem(r, 3, item(quantity(l.onHand - l.reserved), true));
                m_levels->setItem(r, 4, item(cents(d.averageCost), true));
                m_levels->setItem(r, 5, item(cents(value(l.onHand)), true));
                onHand += l.onHand;
                reserved += l.reserved;
            }
            for (const MovementRow &m : d.movements) {
                const int r = m_movements->rowCount();
                m_movements->insertRow(r);
                const QDateTime at = QDateTime::fromString(m.at, Qt::ISODate);
                m_movements->setItem(r, 0, item(at.isValid() ? locale.toString(at.toLocalTime(), QLocale::ShortFormat) : m.at));
                m_movements->setItem(r, 1, item(kind ? kind->optionLabel(m.kind) : m.kind));
                m_movements->setItem(r, 2, item(m.warehouse));
                m_movements->setItem(r, 3, item(quantity(m.quantity), true));
                m_movements->setItem(r, 4, item(m.who));
                m_movements->setItem(r, 5, item(m.document.isEmpty() ? m.reason : m.reason.isEmpty() ? m.document : m.reason + QStringLiteral(" · ") + m.document));
            }
            m_levels->resizeColumnsToContents();
            m_movements->resizeColumnsToContents();
            m_summary->setText(tr("On hand %1 · reserved %2 · available %3 · value %4")
                                   .arg(quantity(onHand), quantity(reserved), quantity(onHand - reserved),
                                        d.averageCost.isNull() ? tr("unknown (no receipt with a cost yet)") : cents(value(onHand))));
            Q_EMIT loaded();
        });
}

void ProductStockView::adjust()
{
    StockMoveDialog dialog(m_db, StockMoveDialog::Adjust, m_product, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Stock adjusted."));
}

void ProductStockView::transfer()
{
    StockMoveDialog dialog(m_db, StockMoveDialog::Transfer, m_product, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT message(tr("Stock transferred."));
}

StockMoveDialog::StockMoveDialog(Database &db, Kind kind, const QString &product, QWidget *parent)
    : QDialog(parent), m_db(db), m_kind(kind), m_product(product), m_from(new QComboBox), m_quantity(new QLineEdit),
      m_error(new QLabel)
{
    setWindowTitle(kind == Adjust ? tr("Adjust stock") : tr("Transfer stock"));
    setObjectName(kind == Adjust ? QStringLiteral("stockAdjustDialog") : QStringLiteral("stockTransferDialog"));
    auto *form = new QFormLayout;
    fillWarehouses(db, m_from);
    m_from->setObjectName(QStringLiteral("fromWarehouse"));
    m_quantity->setObjectName(QStringLiteral("quantity"));
    if (kind == Adjust) {
        form->addRow(tr("&Warehouse:"), m_from);
        m_quantity->setPlaceholderText(tr("e.g. -2 to take two out, 5 to add five"));
        form->addRow(tr("&Quantity (+/−):"), m_quantity);
        m_reason = new QLineEdit;
        m_reason->setObjectName(QStringLiteral("reason"));
        m_reason->setPlaceholderText(tr("Required: what was counted, broken or found"));
        form->addRow(tr("&Reason:"), m_reason);
    } else {
        form->addRow(tr("&From:"), m_from);
        m_to = new QComboBox;
        m_to->setObjectName(QStringLiteral("toWarehouse"));
        fillWarehouses(db, m_to);
        if (m_to->count() > 1)
            m_to->setCurrentIndex(1);
        form->addRow(tr("&To:"), m_to);
        form->addRow(tr("&Quantity:"), m_quantity);
    }
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(link-visited);"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(kind == Adjust ? tr("Adjust") : tr("Transfer"));
    connect(buttons, &QDialogButtonBox::accepted, this, &StockMoveDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

bool StockMoveDialog::submit()
{
    const Field f = Field::make("quantity", FieldType::Quantity, "Quantity");
    auto parsed = Value::parse(f, m_quantity->text(), QLocale());
    QString error;
    if (m_quantity->text().trimmed().isEmpty() || !parsed || !parsed.value().isValid()) {
        error = tr("Enter a quantity, for example %1.").arg(QStringLiteral("2%15").arg(QLocale().decimalPoint()));
    } else {
        StockLedger ledger(m_db);
        const qint64 qty = parsed.value().toLongLong();
        if (m_kind == Adjust) {
            auto r = ledger.adjust(m_product, m_from->currentData().toString(), qty, m_reason->text());
            if (!r)
                error = r.error().message;
        } else {
            auto r = ledger.transfer(m_product, m_from->currentData().toString(), m_to->currentData().toString(), qty);
            if (!r)
                error = r.error().message;
        }
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    return error.isEmpty();
}

void StockMoveDialog::accept()
{
    if (submit())
        QDialog::accept();
}

void registerStockViews()
{
    RecordViewExtensions::add(QStringLiteral("product"), RecordViewExtensions::Place::Tab,
                              [](Database &db) { return new ProductStockView(db); });
}

} // namespace trato
