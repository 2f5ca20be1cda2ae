// SPDX-License-Identifier: GPL-3.0-or-later
#include "alsoboughtview.h"
#include "scoringpage.h"

#include "analytics/alsobought.h"
#include "store/database.h"
#include "util/background.h"
#include "views/moduleviewextensions.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace trato {

AlsoBoughtView::AlsoBoughtView(Database &db, Mode mode, QWidget *parent)
    : RecordViewPart(parent)
    , m_db(db)
    , m_mode(mode)
    , m_note(new QLabel)
    , m_table(new QTableWidget(0, 5))
{
    setObjectName(mode == Mode::Account ? QStringLiteral("suggestedProducts") : QStringLiteral("boughtTogether"));
    setWindowTitle(mode == Mode::Account ? tr("Suggested products") : tr("Bought together with"));
    m_note->setWordWrap(true);
    m_note->setText(mode == Mode::Account
                        ? tr("Products this account has not bought yet that customers who share a product with it bought (at least 2).")
                        : tr("Products that customers who bought this one also bought (at least 2 customers)."));
    m_table->setObjectName(QStringLiteral("alsoBoughtTable"));
    m_table->setHorizontalHeaderLabels({tr("Product"), tr("SKU"), tr("Customers"), tr("Confidence"), tr("Lift")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *i = m_table->item(row, 0))
            Q_EMIT openRequested(QStringLiteral("product"), i->data(Qt::UserRole).toString());
    });
}

void AlsoBoughtView::setRecordId(const QString &id)
{
    m_id = id;
    const int generation = ++m_generation;
    m_table->setRowCount(0);
    if (id.isEmpty())
        return;
    m_loading = true;
    const Mode mode = m_mode;
    runInBackground(
        m_db, this,
        [id, mode](Database &db) {
            const AlsoBought::Options o;
            return std::make_shared<Result<QList<AlsoBoughtItem>>>(mode == Mode::Account ? AlsoBought::forAccount(db, id, o)
                                                                                        : AlsoBought::forProduct(db, id, o));
        },
        [this, generation](std::shared_ptr<Result<QList<AlsoBoughtItem>>> r) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!*r) {
                Q_EMIT message(r->error().message);
                Q_EMIT loaded();
                return;
            }
            const QLocale locale;
            const QList<AlsoBoughtItem> &items = r->value();
            m_table->setRowCount(int(items.size()));
            for (int i = 0; i < items.size(); ++i) {
                const AlsoBoughtItem &it = items.at(i);
                auto *name = new QTableWidgetItem(it.name);
                name->setData(Qt::UserRole, it.productId);
                m_table->setItem(i, 0, name);
                m_table->setItem(i, 1, new QTableWidgetItem(it.sku));
                const QStringList numbers{locale.toString(it.support), locale.toString(it.confidence * 100, 'f', 0) + QStringLiteral(" %"),
                                          locale.toString(it.lift, 'f', 2)};
                for (int c = 0; c < numbers.size(); ++c) {
                    auto *cell = new QTableWidgetItem(numbers.at(c));
                    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    m_table->setItem(i, c + 2, cell);
                }
            }
            m_table->resizeColumnToContents(1);
            if (items.isEmpty())
                m_note->setText(m_mode == Mode::Account ? tr("No suggestions yet: not enough customers share this account's products.")
                                                        : tr("No product was bought together with this one by at least 2 customers."));
            Q_EMIT loaded();
        });
}

void registerScoringViews()
{
    ModuleViewExtensions::addPage(Module::Analytics, [](Database &db) -> QWidget * { return new ScoringPage(db); },
                                  ModuleViewExtensions::Placement::AfterLists);
    RecordViewExtensions::add(QStringLiteral("account"), RecordViewExtensions::Place::Tab,
                              [](Database &db) -> RecordViewPart * { return new AlsoBoughtView(db, AlsoBoughtView::Mode::Account); });
    RecordViewExtensions::add(QStringLiteral("product"), RecordViewExtensions::Place::Tab,
                              [](Database &db) -> RecordViewPart * { return new AlsoBoughtView(db, AlsoBoughtView::Mode::Product); });
}

} // namespace trato
