// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastpage.h"

#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace trato {

namespace {
QString money(qint64 cents)
{
    static const Field f = Field::make("amount", FieldType::Money, "Amount");
    return Value::display(f, cents, QLocale());
}
} // namespace

ForecastPage::ForecastPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_from(new QDateEdit)
    , m_to(new QDateEdit)
    , m_by(new QComboBox)
    , m_error(new QLabel)
    , m_table(new QTableView)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("forecastPage"));
    setWindowTitle(tr("Forecast"));
    m_from->setObjectName(QStringLiteral("forecastFrom"));
    m_to->setObjectName(QStringLiteral("forecastTo"));
    m_by->setObjectName(QStringLiteral("forecastBy"));
    m_table->setObjectName(QStringLiteral("forecastTable"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("MM/yyyy"));
        e->setCalendarPopup(true);
    }
    const QDate first(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    m_from->setDate(first);
    m_to->setDate(first.addMonths(5));
    m_by->addItem(tr("Month of expected close"), QStringLiteral("month"));
    m_by->addItem(tr("Owner"), QStringLiteral("owner"));
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    m_error->hide();
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);

    auto *refresh = new QPushButton(tr("Refresh"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("From:")));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To:")));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("By:")));
    bar->addWidget(m_by);
    bar->addStretch();
    bar->addWidget(refresh);
    auto *note = new QLabel(tr("Weighted: open amounts × probability plus won amounts. Best case: open and won amounts. "
                               "Lost opportunities and those without an expected close do not count."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    auto changed = [this] {
        if (!m_quiet)
            reload();
    };
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_by, &QComboBox::currentIndexChanged, this, changed);
    connect(refresh, &QPushButton::clicked, this, &ForecastPage::reload);
}

void ForecastPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        reload();
}

void ForecastPage::setPeriod(const QDate &from, const QDate &to)
{
    m_quiet = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_quiet = false;
    reload();
}

void ForecastPage::setByOwner(bool byOwner)
{
    m_quiet = true;
    m_by->setCurrentIndex(byOwner ? 1 : 0);
    m_quiet = false;
    reload();
}

void ForecastPage::reload()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    ForecastQuery q;
    q.from = m_from->date();
    q.to = m_to->date();
    q.by = m_by->currentData().toString() == QLatin1String("owner") ? ForecastQuery::Owner : ForecastQuery::Month;
    runInBackground(
        m_db, this, [q](Database &db) { return std::make_shared<Result<ForecastData>>(Forecast::compute(db, q)); },
        [this, byOwner = q.by == ForecastQuery::Owner](std::shared_ptr<Result<ForecastData>> r) {
            m_loading = false;
            m_loadedOnce = true;
            if (!*r) {
                m_error->setText(r->error().message);
                m_error->show();
                m_model->clear();
            } else {
                m_error->hide();
                apply(r->value(), byOwner);
            }
            if (m_again) {
                m_again = false;
                reload();
                return;
            }
            Q_EMIT loaded();
        });
}

void ForecastPage::apply(const ForecastData &data, bool byOwner)
{
    m_data = data;
    m_model->clear();
    m_model->setHorizontalHeaderLabels({byOwner ? tr("Owner") : tr("Month"), tr("Weighted"), tr("Best case"), tr("Won"), tr("Count")});
    auto add = [this, byOwner](const ForecastRow &r, bool total) {
        QString label = r.key;
        if (!total && !byOwner) {
            const QDate m = Forecast::parseMonth(r.key);
            label = QLocale().standaloneMonthName(m.month()) + QLatin1Char(' ') + QString::number(m.year());
        }
        if (!total && byOwner && label.isEmpty())
            label = tr("(no owner)");
        QList<QStandardItem *> items{new QStandardItem(label), new QStandardItem(money(r.weighted)), new QStandardItem(money(r.bestCase)),
                                     new QStandardItem(money(r.won)), new QStandardItem(Value::formatInteger(r.count))};
        for (int i = 1; i < items.size(); ++i)
            items[i]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (total) {
            for (QStandardItem *it : items) {
                QFont f = it->font();
                f.setBold(true);
                it->setFont(f);
            }
        }
        m_model->appendRow(items);
    };
    for (const auto &r : data.rows)
        add(r, false);
    add(data.total, true);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(0, qMax(m_table->columnWidth(0), 170));
    for (int c = 1; c < 5; ++c)
        m_table->setColumnWidth(c, qMax(m_table->columnWidth(c), 140));
}

QWidget *createForecastPage(Database &db)
{
    return new ForecastPage(db);
}

} // namespace trato
