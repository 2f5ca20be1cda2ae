// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoringpage.h"

#include "metadata/value.h"
#include "store/database.h"
#include "util/background.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace trato {

namespace {

QString money(qint64 cents)
{
    static const Field f = Field::make("amount", FieldType::Money, "Amount");
    return Value::display(f, cents, QLocale());
}

QTableWidget *table(const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    return t;
}

QTableWidgetItem *item(const QString &text, bool right = false)
{
    auto *i = new QTableWidgetItem(text);
    if (right)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

} // namespace

ScoringPage::ScoringPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_recompute(new QPushButton(tr("Recompute")))
    , m_cancelButton(new QPushButton(tr("Cancel")))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_chart(new QChartView)
    , m_segments(table(QStringLiteral("scoringSegments"), {tr("Segment"), tr("Accounts"), tr("Revenue (12 months)")}))
    , m_accounts(table(QStringLiteral("scoringAccounts"), {tr("Account"), tr("Score"), tr("Main factors")}))
    , m_leads(table(QStringLiteral("scoringLeads"), {tr("Lead"), tr("Score"), tr("Main factors")}))
{
    setObjectName(QStringLiteral("scoringPage"));
    setWindowTitle(tr("Segments & scores"));
    m_recompute->setObjectName(QStringLiteral("scoringRecompute"));
    m_cancelButton->setObjectName(QStringLiteral("scoringCancel"));
    m_progress->setObjectName(QStringLiteral("scoringProgress"));
    m_status->setObjectName(QStringLiteral("scoringStatus"));
    m_chart->setObjectName(QStringLiteral("scoringChart"));
    m_recompute->setToolTip(tr("Compute the RFM segments, purchase propensity and lead scores again from the data, and store them"));
    m_progress->setRange(0, 3);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton->hide();
    m_status->setWordWrap(true);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_chart->chart()->setTitle(tr("Customers per RFM segment"));
    m_chart->chart()->legend()->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_recompute);
    bar->addWidget(m_progress);
    bar->addWidget(m_cancelButton);
    bar->addWidget(m_status, 1);

    auto *segmentsBox = new QGroupBox(tr("RFM segments"));
    auto *segLayout = new QVBoxLayout(segmentsBox);
    segLayout->addWidget(m_chart, 1);
    segLayout->addWidget(m_segments, 1);
    m_segments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_segments->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_segments->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *accountsBox = new QGroupBox(tr("Most likely to buy (next 90 days)"));
    (new QVBoxLayout(accountsBox))->addWidget(m_accounts);
    auto *leadsBox = new QGroupBox(tr("Best open leads"));
    (new QVBoxLayout(leadsBox))->addWidget(m_leads);
    for (QTableWidget *t : {m_accounts, m_leads}) {
        t->horizontalHeader()->setStretchLastSection(true);
        connect(t, &QTableWidget::cellDoubleClicked, this, [this, t](int row, int) {
            if (QTableWidgetItem *i = t->item(row, 0))
                Q_EMIT openRecord(i->data(Qt::UserRole + 1).toString(), i->data(Qt::UserRole).toString());
        });
    }
    auto *right = new QSplitter(Qt::Vertical);
    right->addWidget(accountsBox);
    right->addWidget(leadsBox);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(segmentsBox);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *note = new QLabel(tr("Computed on this computer from your own history: RFM from the invoices of the last 12 months; "
                               "the scores by logistic regression (0–100), each with the three factors that weigh most. "
                               "Recompute also stores them in the accounts' and leads' Scores fields."));
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(note);
    layout->addWidget(split, 1);

    connect(m_recompute, &QPushButton::clicked, this, &ScoringPage::recompute);
    connect(m_cancelButton, &QPushButton::clicked, this, &ScoringPage::cancel);
}

ScoringPage::~ScoringPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ScoringPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_running)
        recompute();
}

void ScoringPage::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ScoringPage::recompute()
{
    if (m_running)
        return;
    m_running = true;
    m_loadedOnce = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_recompute->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_status->setText(tr("Computing…"));
    auto cancelled = m_cancel;
    QPointer<ScoringPage> self(this);
    const QDate today = m_today;
    runInBackground(
        m_db, this,
        [cancelled, self, today](Database &db) {
            auto progress = [cancelled, self](int step, int, const QString &what) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, step, what] {
                        if (self) {
                            self->m_progress->setValue(step);
                            if (!what.isEmpty())
                                self->m_status->setText(ScoringPage::tr("Computing: %1…").arg(what));
                        }
                    },
                    Qt::QueuedConnection);
                return !cancelled->load();
            };
            return std::make_shared<Result<Scoring::All>>(Scoring::recomputeAll(db, today, progress));
        },
        [this](std::shared_ptr<Result<Scoring::All>> r) {
            m_running = false;
            m_recompute->setEnabled(true);
            m_progress->hide();
            m_cancelButton->hide();
            if (!*r) {
                m_status->setText(m_cancel->load() ? tr("Cancelled: the steps already done are kept.") : r->error().message);
                Q_EMIT finished(false);
                return;
            }
            apply(r->value());
            Q_EMIT finished(true);
        });
}

void ScoringPage::apply(const Scoring::All &all)
{
    m_status->setText(tr("%1 customers segmented; propensity trained on %2 accounts, lead score on %3 leads; %4 ms.")
                          .arg(all.rfm.rows.size())
                          .arg(all.accounts.trainingRows)
                          .arg(all.leads.trainingRows)
                          .arg(all.elapsedMs));
    // Segments: table and chart, in the segments' order (best first).
    m_segments->setRowCount(int(all.rfm.segments.size()));
    auto *set = new QBarSet(tr("Accounts"));
    QStringList categories;
    int most = 0;
    for (int i = 0; i < all.rfm.segments.size(); ++i) {
        const RfmSegmentCount &s = all.rfm.segments.at(i);
        m_segments->setItem(i, 0, item(Rfm::segmentLabel(s.segment)));
        m_segments->setItem(i, 1, item(QLocale().toString(s.accounts), true));
        m_segments->setItem(i, 2, item(money(s.revenue), true));
        m_segments->item(i, 0)->setData(Qt::UserRole, s.segment);
    }
    // Horizontal bars draw bottom-up: add in reverse so the best segment is on top.
    for (qsizetype i = all.rfm.segments.size() - 1; i >= 0; --i) {
        const RfmSegmentCount &s = all.rfm.segments.at(i);
        *set << s.accounts;
        categories << Rfm::segmentLabel(s.segment);
        most = qMax(most, s.accounts);
    }
    QChart *chart = m_chart->chart();
    chart->setLocalizeNumbers(true);
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->append(categories);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto *x = new QValueAxis;
    // Whole accounts on the axis: small counts get one tick per account, larger ones nice numbers.
    const int upper = qMax(1, most);
    x->setRange(0, upper);
    x->setLabelFormat(QStringLiteral("%d"));
    if (upper <= 5)
        x->setTickCount(upper + 1);
    else
        x->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);

    fillScores(m_accounts, all.accounts.top(25));
    fillScores(m_leads, all.leads.top(25, true));
}

void ScoringPage::fillScores(QTableWidget *t, const QList<ScoredRecord> &records)
{
    t->setRowCount(int(records.size()));
    for (int i = 0; i < records.size(); ++i) {
        const ScoredRecord &r = records.at(i);
        auto *name = item(r.name);
        name->setData(Qt::UserRole, r.id);
        name->setData(Qt::UserRole + 1, r.entity);
        t->setItem(i, 0, name);
        t->setItem(i, 1, item(QString::number(r.score), true));
        QStringList lines;
        for (const ScoreFactor &f : r.factors)
            lines << f.text();
        auto *factors = item(lines.join(QStringLiteral(" · ")));
        factors->setToolTip(lines.join(QLatin1Char('\n')));
        t->setItem(i, 2, factors);
    }
    t->resizeColumnToContents(0);
    t->resizeColumnToContents(1);
}

} // namespace trato
