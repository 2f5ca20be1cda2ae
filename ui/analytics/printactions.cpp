// SPDX-License-Identifier: GPL-3.0-or-later
#include "printactions.h"

#include "analytics/listreport.h"
#include "analytics/recordreport.h"
#include "forms/recordviewextensions.h"
#include "metadata/registry.h"
#include "models/recordlistmodel.h"
#include "printing/listprinter.h"
#include "printing/printjob.h"
#include "printing/recordprinter.h"
#include "store/database.h"
#include "util/background.h"
#include "views/listviewextensions.h"
#include "views/recordlistview.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QToolBar>
#include <QToolButton>

namespace trato {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("trato::PrintActions", text);
}

QString askPdfPath(QWidget *parent, const QString &suggested)
{
    QString name = suggested;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
    return QFileDialog::getSaveFileName(parent, tr("Export PDF"), QDir::home().filePath(name + QStringLiteral(".pdf")),
                                        tr("PDF files (*.pdf)"));
}

void reportDone(QWidget *parent, PrintJob *job, const std::function<void(const QString &)> &message)
{
    QObject::connect(job, &PrintJob::finished, parent, [parent, message](bool ok, const QString &text) {
        message(text);
        if (!ok && !text.startsWith(tr("Cancelled")))
            QMessageBox::warning(parent, tr("Print to PDF"), text);
    });
}

void previewList(Database &db, RecordListView *list)
{
    const ListQuery query = list->model()->listQuery();
    const QStringList fields = list->model()->visibleFields();
    const QDate today = QDate::currentDate();
    const QPointer<RecordListView> guard(list);
    auto *busy = new QProgressDialog(tr("Reading the list…"), tr("Cancel"), 0, 0, list);
    busy->setObjectName(QStringLiteral("printProgress"));
    busy->setWindowModality(Qt::WindowModal);
    busy->setMinimumDuration(400);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    QObject::connect(busy, &QProgressDialog::canceled, busy, [cancelled] { *cancelled = true; });
    runInBackground(
        db, list,
        [query, fields, today, cancelled](Database &database) -> Result<ReportTable> {
            auto head = ListReport::head(*database.registry()->entity(query.entity), query, fields, today);
            if (!head)
                return head.error();
            ReportTable table = head.value();
            qint64 count = 0;
            const Status s = ListReport::stream(
                database, query, fields, QLocale(),
                [&](qint64 total) {
                    count = total;
                    return total <= PrintActions::kPreviewRowLimit;
                },
                [&](const QStringList &cells) {
                    table.rows << cells;
                    return !*cancelled;
                });
            if (count > PrintActions::kPreviewRowLimit)
                return Error::badInput(QString::number(count));
            if (!s)
                return s.error();
            return table;
        },
        [guard, busy, cancelled, &db](const Result<ReportTable> &table) {
            busy->deleteLater();
            if (!guard || *cancelled)
                return;
            if (!table) {
                if (table.error().kind != Error::BadInput) {
                    QMessageBox::warning(guard, tr("Print this list"), table.error().message);
                    return;
                }
                const auto answer = QMessageBox::question(
                    guard, tr("Print this list"),
                    tr("This list has %1 rows: too many for a print preview (at most %2). Export it as a PDF instead?")
                        .arg(QLocale().toString(table.error().message.toLongLong()), QLocale().toString(PrintActions::kPreviewRowLimit)));
                if (answer == QMessageBox::Yes) {
                    const QString path = askPdfPath(guard, guard->model()->listQuery().entity);
                    if (!path.isEmpty())
                        PrintActions::exportListPdf(db, guard, path);
                }
                return;
            }
            QPrinter printer(QPrinter::HighResolution);
            printer.setPageSize(QPageSize(QPageSize::A4));
            printer.setPageOrientation(table.value().columnCount() > 6 ? QPageLayout::Landscape : QPageLayout::Portrait);
            printer.setDocName(table.value().title);
            QPrintPreviewDialog dialog(&printer, guard);
            dialog.setObjectName(QStringLiteral("listPrintPreview"));
            dialog.setWindowTitle(tr("Print this list"));
            const ReportTable t = table.value();
            QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [t](QPrinter *p) { TablePrinter(t).paint(p); });
            dialog.exec();
        });
}

void installListButton(QToolBar *toolbar, Database &db, RecordListView *list)
{
    auto *menu = new QMenu(list);
    menu->setObjectName(QStringLiteral("printMenu"));
    menu->setToolTipsVisible(true);
    QAction *print = menu->addAction(tr("Print this list…"), list, [&db, list] { previewList(db, list); });
    print->setObjectName(QStringLiteral("printListAction"));
    print->setToolTip(tr("Print preview of this list with its filter, sort and columns"));
    QAction *pdf = menu->addAction(tr("Export list as PDF…"), list, [&db, list] {
        const Entity *e = db.registry()->entity(list->entityName());
        const QString path = askPdfPath(list, e ? e->displayPluralLabel() : list->entityName());
        if (!path.isEmpty())
            PrintActions::exportListPdf(db, list, path);
    });
    pdf->setObjectName(QStringLiteral("exportListPdfAction"));
    pdf->setToolTip(tr("Write this list to a PDF file, in the background"));
    auto *button = new QToolButton(toolbar);
    button->setObjectName(QStringLiteral("printButton"));
    button->setText(tr("Print"));
    button->setToolTip(tr("Print this list or export it as a PDF"));
    button->setAccessibleName(tr("Print this list"));
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    toolbar->addWidget(button);
}

// The record view's "Print" button.
class RecordPrintPart : public RecordViewPart
{
public:
    RecordPrintPart(Database &db, const QString &entity) : m_db(db), m_entity(entity)
    {
        setObjectName(QStringLiteral("recordPrintPart"));
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_button = new QToolButton(this);
        m_button->setObjectName(QStringLiteral("printRecordButton"));
        m_button->setText(tr("Print"));
        m_button->setToolTip(tr("Print this record or export it as a PDF"));
        m_button->setAccessibleName(tr("Print record"));
        m_button->setPopupMode(QToolButton::InstantPopup);
        auto *menu = new QMenu(this);
        QAction *preview = menu->addAction(tr("Print record…"), this, [this] { preview_(); });
        preview->setObjectName(QStringLiteral("printRecordAction"));
        QAction *pdf = menu->addAction(tr("Export record as PDF…"), this, [this] { exportPdf(); });
        pdf->setObjectName(QStringLiteral("exportRecordPdfAction"));
        m_button->setMenu(menu);
        layout->addWidget(m_button);
        m_button->setEnabled(false);
    }

    void setRecordId(const QString &id) override
    {
        m_id = id;
        m_button->setEnabled(!id.isEmpty());
    }

private:
    void preview_()
    {
        if (m_id.isEmpty())
            return;
        const QString entity = m_entity, id = m_id;
        const QDate today = QDate::currentDate();
        runInBackground(
            m_db, this, [entity, id, today](Database &db) { return RecordReport::load(db, entity, id, today, QLocale(), PrintActions::kRelatedRows); },
            [this](const Result<PrintableRecord> &record) {
                if (!record) {
                    QMessageBox::warning(this, tr("Print record"), record.error().message);
                    return;
                }
                QPrinter printer(QPrinter::HighResolution);
                printer.setPageSize(QPageSize(QPageSize::A4));
                printer.setDocName(record.value().title);
                QPrintPreviewDialog dialog(&printer, this);
                dialog.setObjectName(QStringLiteral("recordPrintPreview"));
                dialog.setWindowTitle(tr("Print record"));
                const PrintableRecord r = record.value();
                connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [r](QPrinter *p) { RecordPrinter(r).paint(p); });
                dialog.exec();
            });
    }

    void exportPdf()
    {
        if (m_id.isEmpty())
            return;
        const Entity *e = m_db.registry()->entity(m_entity);
        const QString path = askPdfPath(this, (e ? e->displayLabel() : m_entity) + QLatin1Char(' ') + m_id.left(8));
        if (path.isEmpty())
            return;
        PrintJob *job = PrintActions::exportRecordPdf(this, m_db, m_entity, m_id, path);
        connect(job, &PrintJob::finished, this, [this](bool, const QString &text) { Q_EMIT message(text); });
    }

    Database &m_db;
    QString m_entity;
    QString m_id;
    QToolButton *m_button;
};

} // namespace

namespace PrintActions {

void registerAll()
{
    ListViewExtensions::addToolbarActions(installListButton);
    for (const Entity &e : Registry::builtinEntities()) {
        const QString name = e.name;
        RecordViewExtensions::add(name, RecordViewExtensions::Place::Action,
                                  [name](Database &db) { return new RecordPrintPart(db, name); });
    }
}

PrintJob *exportListPdf(Database &db, RecordListView *list, const QString &path)
{
    const ListQuery query = list->model()->listQuery();
    const QStringList fields = list->model()->visibleFields();
    const QDate today = QDate::currentDate();
    const Entity *e = db.registry()->entity(query.entity);
    PrintJob *job = PrintJob::toPdf(list, db, e ? e->displayPluralLabel() : query.entity, path,
                                    [query, fields, today, path](Database &database, const TablePrinter::Progress &progress) {
                                        return ListPrinter::writePdf(database, query, fields, today, path, progress);
                                    });
    reportDone(list, job, [list](const QString &text) { Q_EMIT list->message(text); });
    return job;
}

PrintJob *exportRecordPdf(QWidget *parent, Database &db, const QString &entity, const QString &id, const QString &path)
{
    const QDate today = QDate::currentDate();
    const Entity *e = db.registry()->entity(entity);
    PrintJob *job = PrintJob::toPdf(parent, db, e ? e->displayLabel() : entity, path,
                                    [entity, id, today, path](Database &database, const TablePrinter::Progress &progress) -> Status {
                                        auto record = RecordReport::load(database, entity, id, today, QLocale(), kRelatedRows);
                                        if (!record)
                                            return record.error();
                                        return RecordPrinter::writePdf(record.value(), path, progress);
                                    });
    reportDone(parent, job, [](const QString &) {});
    return job;
}

} // namespace PrintActions
} // namespace trato
