// SPDX-License-Identifier: GPL-3.0-or-later
#include "stockreportpages.h"

#include "inventory/stockreports.h"
#include "printing/printjob.h"
#include "printing/tableprinter.h"
#include "store/database.h"
#include "store/sqlite.h"
#include "util/background.h"
#include "views/reporttablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace trato {

StockReportPage::StockReportPage(Database &db, Kind kind, QWidget *parent) : QWidget(parent), m_db(db), m_kind(kind)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto labelled = [&](const QString &text, QWidget *w) {
        auto *l = new QLabel(text);
        l->setBuddy(w);
        filters->addWidget(l);
        filters->addWidget(w);
    };
    switch (kind) {
    case Kind::Stock:
        setObjectName(QStringLiteral("stockReportPage"));
        setWindowTitle(tr("Stock report"));
        m_warehouse = new QComboBox;
        m_warehouse->setObjectName(QStringLiteral("warehouseFilter"));
        m_category = new QComboBox;
        m_category->setObjectName(QStringLiteral("categoryFilter"));
        m_activeOnly = new QCheckBox(tr("&Active products only"));
        m_activeOnly->setChecked(true);
        m_perWarehouse = new QCheckBox(tr("One row per &warehouse"));
        labelled(tr("Ware&house:"), m_warehouse);
        labelled(tr("&Category:"), m_category);
        filters->addWidget(m_activeOnly);
        filters->addWidget(m_perWarehouse);
        fillChoices();
        break;
    case Kind::Movements:
        setObjectName(QStringLiteral("movementsReportPage"));
        setWindowTitle(tr("Movements"));
        m_product = new QLineEdit;
        m_product->setObjectName(QStringLiteral("productFilter"));
        m_product->setPlaceholderText(tr("SKU or id"));
        m_product->setMinimumWidth(160);
        m_from = new QDateEdit(QDate::currentDate().addDays(-30));
        m_to = new QDateEdit(QDate::currentDate());
        for (QDateEdit *d : {m_from, m_to}) {
            d->setCalendarPopup(true);
            d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        labelled(tr("&Product:"), m_product);
        labelled(tr("&From:"), m_from);
        labelled(tr("&To:"), m_to);
        connect(m_product, &QLineEdit::returnPressed, this, &StockReportPage::refresh);
        break;
    case Kind::SlowMovers:
        setObjectName(QStringLiteral("slowMoversPage"));
        setWindowTitle(tr("Slow movers"));
        m_days = new QSpinBox;
        m_days->setObjectName(QStringLiteral("daysFilter"));
        m_days->setRange(1, 3650);
        m_days->setValue(90);
        m_days->setSuffix(tr(" days"));
        labelled(tr("No shipment in the last:"), m_days);
        break;
    }
    auto *run = new QPushButton(tr("&Run"));
    run->setObjectName(QStringLiteral("runReport"));
    connect(run, &QPushButton::clicked, this, &StockReportPage::refresh);
    filters->addWidget(run);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new ReportTableModel(this);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);   // the last column is often a number: keep it narrow
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString target = m_model->data(index, Qt::UserRole).toString();
        const int colon = int(target.indexOf(QLatin1Char(':')));
        if (colon > 0)
            Q_EMIT openRecord(target.left(colon), target.mid(colon + 1));
    });
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportStatus"));
    bottom->addWidget(m_status, 1);
    auto button = [&](const QString &text, const char *name, void (StockReportPage::*slot)()) {
        auto *b = new QPushButton(text);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, slot);
        bottom->addWidget(b);
        m_outputs << b;
    };
    button(tr("Pre&view…"), "previewReport", &StockReportPage::preview);
    button(tr("&Print…"), "printReport", &StockReportPage::print);
    auto *pdf = new QPushButton(tr("Export P&DF…"));
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(pdf, &QPushButton::clicked, this, [this] { exportPdf(); });
    bottom->addWidget(pdf);
    m_outputs << pdf;
    auto *csv = new QPushButton(tr("Export C&SV…"));
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    bottom->addWidget(csv);
    m_outputs << csv;
    layout->addLayout(bottom);

    if (kind != Kind::Movements)
        QMetaObject::invokeMethod(this, &StockReportPage::refresh, Qt::QueuedConnection);
}

void StockReportPage::fillChoices()
{
    // Warehouses and categories are short lists: read here, not a scan of a big table.
    auto fill = [this](QComboBox *box, const QString &table, const QString &all) {
        box->clear();
        box->addItem(all, QString());
        auto q = Sql::exec(m_db.connection(), QStringLiteral("SELECT id, name FROM %1 WHERE deleted = 0 ORDER BY name").arg(table));
        if (q)
            while (q.value().next())
                box->addItem(q.value().value(1).toString(), q.value().value(0).toString());
    };
    fill(m_warehouse, QStringLiteral("warehouse"), tr("All warehouses"));
    fill(m_category, QStringLiteral("product_category"), tr("All categories"));
}

void StockReportPage::setBusy(bool busy)
{
    for (QPushButton *b : std::as_const(m_outputs))
        b->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Running the report…"));
}

void StockReportPage::refresh()
{
    const int generation = ++m_generation;
    const QDate today = m_today;
    using Run = std::function<Result<ReportTable>(Database &)>;
    Run work;
    switch (m_kind) {
    case Kind::Stock: {
        StockReportOptions o;
        o.warehouse = m_warehouse->currentData().toString();
        o.category = m_category->currentData().toString();
        o.activeOnly = m_activeOnly->isChecked();
        o.perWarehouse = m_perWarehouse->isChecked();
        o.today = today;
        work = [o](Database &db) -> Result<ReportTable> {
            auto r = StockReports::stock(db, o);
            if (!r)
                return r.error();
            return StockReports::toTable(r.value());
        };
        break;
    }
    case Kind::Movements: {
        const QString product = m_product->text().trimmed();
        if (product.isEmpty()) {
            m_status->setText(tr("Type a product's SKU and press Run."));
            return;
        }
        const QDate from = m_from->date(), to = m_to->date();
        work = [product, from, to, today](Database &db) -> Result<ReportTable> {
            auto r = StockReports::movements(db, product, from, to, today);
            if (!r)
                return r.error();
            return StockReports::toTable(r.value());
        };
        break;
    }
    case Kind::SlowMovers: {
        const int days = m_days->value();
        work = [days, today](Database &db) -> Result<ReportTable> {
            auto r = StockReports::slowMovers(db, days, 0, today);
            if (!r)
                return r.error();
            return StockReports::toTable(r.value());
        };
        break;
    }
    }
    setBusy(true);
    runInBackground(m_db, this, work, [this, generation](Result<ReportTable> result) {
        if (generation != m_generation)
            return;   // a newer run is on its way
        setBusy(false);
        if (!result) {
            m_model->setTable({});
            m_status->setText(result.error().message);
        } else {
            m_model->setTable(result.value());
            m_status->setText(result.value().filters);
            m_view->resizeColumnsToContents();
        }
        Q_EMIT reportReady();
    });
}

void StockReportPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(m_model->table().columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintPreviewDialog dialog(&printer, this);
    const ReportTable table = m_model->table();
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [table](QPrinter *p) { TablePrinter(table).paint(p); });
    dialog.exec();
}

void StockReportPage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(m_model->table().columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        TablePrinter(m_model->table()).paint(&printer);
}

void StockReportPage::exportPdf(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export PDF"), windowTitle() + QStringLiteral(".pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const ReportTable table = m_model->table();
    setBusy(true);
    // Painting a PDF is done on a worker (QPdfWriter and QPainter need no GUI thread); PrintJob
    // shows the progress and Cancel.
    auto *job = PrintJob::toPdf(this, m_db, windowTitle(), path, [table, path](Database &, const TablePrinter::Progress &progress) {
        return TablePrinter::writePdf(table, path, progress);
    });
    connect(job, &PrintJob::finished, this, [this, path](bool ok, const QString &message) {
        setBusy(false);
        m_status->setText(message);
        Q_EMIT exported(path, ok);
    });
}

void StockReportPage::exportCsv(const QString &chosen)
{
    QString path = chosen;
    if (path.isEmpty())
        path = QFileDialog::getSaveFileName(this, tr("Export CSV"), windowTitle() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const ReportTable table = m_model->table();
    setBusy(true);
    runInBackground(
        m_db, this,
        [table, path](Database &) -> Status {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(table.toCsv().toUtf8()) < 0 || !file.commit())
                return Error::failure(tr("The CSV file %1 could not be written: %2").arg(path, file.errorString()));
            return Status::success();
        },
        [this, path](Status s) {
            setBusy(false);
            m_status->setText(s ? tr("Saved %1").arg(path) : s.error().message);
            Q_EMIT exported(path, bool(s));
        });
}

QWidget *createStockReportPage(Database &db)
{
    return new StockReportPage(db, StockReportPage::Kind::Stock);
}

QWidget *createMovementsReportPage(Database &db)
{
    return new StockReportPage(db, StockReportPage::Kind::Movements);
}

QWidget *createSlowMoversPage(Database &db)
{
    return new StockReportPage(db, StockReportPage::Kind::SlowMovers);
}

} // namespace trato
