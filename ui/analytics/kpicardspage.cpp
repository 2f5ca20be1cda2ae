// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpicardspage.h"

#include "activities/userprofiles.h"
#include "metadata/value.h"
#include "printing/printjob.h"
#include "printing/tableprinter.h"
#include "views/moduleviewextensions.h"
#include "store/database.h"
#include "util/background.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <memory>

namespace trato {

namespace {

const int kColumns = 4;

// Lower is better for durations; higher for everything else.
bool lowerIsBetter(const QString &key)
{
    return Kpis::unit(key) == KpiUnit::Days || Kpis::unit(key) == KpiUnit::Hours;
}

QString customKey()
{
    return QStringLiteral("custom");
}

} // namespace

KpiCardsPage::KpiCardsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setWindowTitle(tr("KPIs"));
    setObjectName(QStringLiteral("analyticsKpiPage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("kpiPeriod"));
    for (const QString &key : Period::keys())
        m_period->addItem(Period::label(key), key);
    m_period->addItem(tr("Custom range"), customKey());
    m_period->setCurrentIndex(std::max(0, m_period->findData(QStringLiteral("this_month"))));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("kpiOwner"));
    m_owner->setEditable(true);
    m_owner->setMinimumContentsLength(14);
    m_owner->addItem(tr("Everyone"), QString());
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_preview = new QPushButton(tr("Pre&view…"), this);
    m_print = new QPushButton(tr("&Print…"), this);
    m_pdf = new QPushButton(tr("Export &PDF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_period);
    bar->addWidget(new QLabel(tr("From"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("To"), this));
    bar->addWidget(m_to);
    bar->addWidget(new QLabel(tr("Owner"), this));
    bar->addWidget(m_owner);
    bar->addWidget(m_refresh);
    bar->addStretch(1);
    layout->addLayout(bar);
    // The print actions on a row of their own: one row of everything would make the main window
    // wider than a 1366-pixel laptop screen in Spanish.
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_preview);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    layout->addLayout(actions);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("kpiStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *cards = new QWidget(scroll);
    m_grid = new QGridLayout(cards);
    m_grid->setSpacing(10);
    const QStringList keys = Kpis::keys();
    for (int i = 0; i < keys.size(); ++i) {
        const QString &key = keys.at(i);
        auto *card = new QFrame(cards);
        card->setObjectName(QStringLiteral("kpiCard_") + key);
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::Base);
        card->setToolTip(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(Kpis::label(key).toHtmlEscaped(), Kpis::definition(key).toHtmlEscaped()));
        auto *v = new QVBoxLayout(card);
        auto *title = new QLabel(Kpis::label(key), card);
        title->setWordWrap(true);
        QFont tf = title->font();
        tf.setBold(true);
        title->setFont(tf);
        auto *value = new QLabel(card);
        value->setObjectName(QStringLiteral("value"));
        QFont vf = value->font();
        vf.setPointSizeF(vf.pointSizeF() * 1.8);
        vf.setBold(true);
        value->setFont(vf);
        auto *previous = new QLabel(card);
        previous->setObjectName(QStringLiteral("previous"));
        previous->setWordWrap(true);
        auto *detail = new QLabel(card);
        detail->setObjectName(QStringLiteral("detail"));
        detail->setEnabled(false);
        detail->setWordWrap(true);
        v->addWidget(title);
        v->addWidget(value);
        v->addWidget(previous);
        v->addWidget(detail);
        v->addStretch(1);
        card->setMinimumWidth(220);
        m_grid->addWidget(card, i / kColumns, i % kColumns);
    }
    for (int c = 0; c < kColumns; ++c)
        m_grid->setColumnStretch(c, 1);
    m_grid->setRowStretch(int((keys.size() + kColumns - 1) / kColumns), 1);
    scroll->setWidget(cards);
    layout->addWidget(scroll, 1);

    auto *note = new QLabel(tr("Hover over a card for its definition (docs/KPIS.md). Rates are exact fractions rounded once to one "
                               "decimal; money counts the documents in one currency (EUR); times are wall-clock."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    layout->addWidget(note);

    connect(m_period, &QComboBox::currentIndexChanged, this, &KpiCardsPage::periodChanged);
    connect(m_refresh, &QPushButton::clicked, this, &KpiCardsPage::refresh);
    connect(m_owner, &QComboBox::activated, this, &KpiCardsPage::refresh);
    connect(m_preview, &QPushButton::clicked, this, &KpiCardsPage::preview);
    connect(m_print, &QPushButton::clicked, this, &KpiCardsPage::print);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    periodChanged();

    // The owners to choose from, read on a worker (profiles and activity owners).
    runInBackground(m_db, this, [](Database &db) { return UserProfiles(db).list(); },
                    [this](Result<QList<UserProfile>> users) {
                        if (!users)
                            return;
                        for (const UserProfile &u : users.value())
                            if (m_owner->findData(u.name) < 0)
                                m_owner->addItem(u.displayName == u.name ? u.name : QStringLiteral("%1 (%2)").arg(u.displayName, u.name), u.name);
                    });
}

QWidget *KpiCardsPage::card(const QString &key) const
{
    return findChild<QWidget *>(QStringLiteral("kpiCard_") + key);
}

QString KpiCardsPage::statusText() const
{
    return m_status->text();
}

void KpiCardsPage::periodChanged()
{
    const bool custom = m_period->currentData().toString() == customKey();
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    refresh();
}

void KpiCardsPage::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_refresh), static_cast<QWidget *>(m_print), static_cast<QWidget *>(m_pdf),
                       static_cast<QWidget *>(m_preview)})
        w->setEnabled(!busy);
}

void KpiCardsPage::refresh()
{
    KpiOptions o;
    const QString key = m_period->currentData().toString();
    const QDate today = m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
    if (key == customKey()) {
        o.range = DateRange{m_from->date(), m_to->date()};
    } else {
        auto r = Period::resolve(key, today);
        if (!r) {
            m_status->setText(r.error().message);
            Q_EMIT refreshed(false);
            return;
        }
        o.range = r.value();
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(o.range.from);
        m_to->setDate(o.range.to);
    }
    // The owner: the chosen item's user name, or what was typed.
    const int index = m_owner->findText(m_owner->currentText());
    o.owner = index >= 0 ? m_owner->itemData(index).toString() : m_owner->currentText().trimmed();
    o.now = m_now;
    const int generation = ++m_generation;
    m_status->setText(tr("Computing…"));
    setBusy(true);
    runInBackground(m_db, this, [o](Database &db) { return Kpis::compute(db, o); },
                    [this, generation](Result<KpiReport> result) {
                        if (generation != m_generation)
                            return;
                        setBusy(false);
                        if (!result) {
                            m_status->setText(result.error().message);
                            m_report = KpiReport();
                            m_table = ReportTable();
                            showReport();
                            Q_EMIT refreshed(false);
                            return;
                        }
                        m_report = result.value();
                        m_table = Kpis::toTable(m_report);
                        QString status = m_table.filters;
                        if (m_report.otherCurrencyDocuments > 0)
                            status += QLatin1Char('\n') + tr("%n document(s) in other currencies left out of the money KPIs.", nullptr,
                                                             int(m_report.otherCurrencyDocuments));
                        m_status->setText(status);
                        showReport();
                        Q_EMIT refreshed(true);
                    });
}

void KpiCardsPage::showReport()
{
    const QString currency = m_report.options.currency;
    for (const QString &key : Kpis::keys()) {
        QWidget *c = card(key);
        auto *value = c->findChild<QLabel *>(QStringLiteral("value"));
        auto *previous = c->findChild<QLabel *>(QStringLiteral("previous"));
        auto *detail = c->findChild<QLabel *>(QStringLiteral("detail"));
        const KpiFigure *f = m_report.figure(key);
        if (!f) {
            value->setText(QStringLiteral("–"));
            previous->clear();
            detail->clear();
            continue;
        }
        value->setText(Kpis::text(*f, f->current, currency));
        QString prev = tr("Previous: %1").arg(Kpis::text(*f, f->previous, currency));
        QString color;
        if (auto d = Kpis::delta(*f)) {
            KpiValue dv;
            dv.hasData = true;
            dv.value = *d < 0 ? -*d : *d;
            const QString amount = Kpis::plain(*f, dv);
            const bool same = amount.toDouble() == 0.0;
            const QChar arrow = same ? QChar(0x25B6) : (*d > 0 ? QChar(0x25B2) : QChar(0x25BC));
            if (!same)
                color = ((*d < 0) == lowerIsBetter(key)) ? QStringLiteral("#1b7f3b") : QStringLiteral("#b3261e");
            const QString sign = same ? QString() : (*d > 0 ? QStringLiteral("+") : QStringLiteral("−"));
            const QString deltaText = QStringLiteral("%1 %2%3").arg(arrow).arg(sign, amount);
            prev += QStringLiteral("  ") + (color.isEmpty() ? deltaText.toHtmlEscaped()
                                                             : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, deltaText.toHtmlEscaped()));
        }
        previous->setTextFormat(Qt::RichText);
        previous->setText(prev);
        QString d;
        if (!f->current.hasData || !f->current.denominator)
            d.clear(); // "no data" says it all
        else if (Kpis::isMoneyRatio(key))
            d = tr("%1 of %2 %3").arg(Value::formatCents(*f->current.numerator), Value::formatCents(*f->current.denominator), currency);
        else if (f->unit == KpiUnit::Percent)
            d = tr("%1 of %2").arg(*f->current.numerator).arg(*f->current.denominator);
        else if (f->unit != KpiUnit::Money)
            d = tr("%n case(s)", nullptr, int(*f->current.denominator));
        else
            d = tr("over %n record(s)", nullptr, int(*f->current.denominator));
        detail->setText(d);
    }
}

void KpiCardsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    const ReportTable table = m_table;
    // The preview widget asks for its pages on the GUI thread; the KPI table is one short page.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [table](QPrinter *p) { TablePrinter(table).paint(p); });
    dialog.exec();
}

void KpiCardsPage::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(printer.get(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReportTable table = m_table;
    setBusy(true);
    runInBackground(m_db, this, [printer, table](Database &) { return TablePrinter(table).paint(printer.get()); },
                    [this](bool ok) {
                        setBusy(false);
                        m_status->setText(ok ? tr("Sent to the printer.") : tr("The KPIs could not be printed."));
                    });
}

void KpiCardsPage::exportPdf(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export PDF"), tr("KPIs") + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportTable table = m_table;
    setBusy(true);
    // QPdfWriter and QPainter run on the worker; PrintJob shows the progress and Cancel.
    auto *job = PrintJob::toPdf(this, m_db, tr("KPIs"), path, [table, path](Database &, const TablePrinter::Progress &progress) {
        return TablePrinter::writePdf(table, path, progress);
    });
    connect(job, &PrintJob::finished, this, [this, path](bool ok, const QString &message) {
        setBusy(false);
        m_status->setText(message);
        Q_EMIT exported(path, ok);
    });
}

// Called once by registerAnalyticsViews(): the KPIs page in Análisis.
void registerKpiViews()
{
    ModuleViewExtensions::addPage(
        Module::Analytics, [](Database &db) -> QWidget * { return new KpiCardsPage(db); });
}

} // namespace trato
