// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpipage.h"

#include "views/reporttablemodel.h"
#include "store/database.h"
#include "util/background.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace trato {

KpiPage::KpiPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setWindowTitle(tr("Support KPIs"));
    setObjectName(QStringLiteral("supportKpiPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_by = new QComboBox(this);
    m_by->addItem(tr("Per agent"), int(SupportKpiOptions::By::Agent));
    m_by->addItem(tr("Per week"), int(SupportKpiOptions::By::Week));
    m_by->addItem(tr("Per month"), int(SupportKpiOptions::By::Month));
    m_run = new QPushButton(tr("Refresh"), this);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To"), this));
    bar->addWidget(m_to);
    bar->addWidget(m_by);
    bar->addWidget(m_run);
    bar->addStretch(1);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_model = new ReportTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(tr("Times are wall-clock hours. Reopen rate: resolved tickets reopened at least once. "
                               "SLA compliance: tickets whose resolution was due in the period, resolved in time "
                               "and without a breach."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    connect(m_run, &QPushButton::clicked, this, &KpiPage::refresh);
    connect(m_by, &QComboBox::currentIndexChanged, this, &KpiPage::refresh);
    refresh();
}

void KpiPage::refresh()
{
    SupportKpiOptions o;
    o.from = m_from->date();
    o.to = m_to->date();
    o.by = SupportKpiOptions::By(m_by->currentData().toInt());
    o.now = m_now;
    const int generation = ++m_generation;
    m_status->setText(tr("Computing…"));
    runInBackground(m_db, this, [o](Database &db) { return SupportKpis::compute(db, o); },
                    [this, generation](Result<SupportKpiReport> result) {
                        if (generation != m_generation)
                            return;
                        if (!result) {
                            m_status->setText(result.error().message);
                            m_model->setTable({});
                        } else {
                            const ReportTable t = SupportKpis::toTable(result.value());
                            m_status->setText(t.filters);
                            m_model->setTable(t);
                        }
                        Q_EMIT refreshed();
                    });
}

} // namespace trato
