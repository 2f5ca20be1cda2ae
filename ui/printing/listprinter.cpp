// SPDX-License-Identifier: GPL-3.0-or-later
#include "listprinter.h"

#include "analytics/listreport.h"
#include "metadata/registry.h"
#include "store/database.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>

namespace trato {

Status PdfFile::checkWritable(const QString &path)
{
    if (path.trimmed().isEmpty())
        return Error::badInput(TablePrinter::tr("Say where to write the PDF."));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::badInput(TablePrinter::tr("Cannot write the PDF %1: it is a folder.").arg(path));
    if (!info.absoluteDir().exists())
        return Error::badInput(TablePrinter::tr("Cannot write the PDF %1: the folder %2 does not exist.")
                                   .arg(path, info.absolutePath()));
    const bool existed = info.exists();
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error::badInput(TablePrinter::tr("Cannot write the PDF %1: %2").arg(path, probe.errorString()));
    probe.close();
    if (!existed)
        QFile::remove(path);
    return Status::success();
}

Status ListPrinter::writePdf(Database &db, const ListQuery &query, const QStringList &fields, const QDate &today,
                             const QString &path, const TablePrinter::Progress &progress, const QLocale &locale)
{
    const Entity *entity = db.registry()->entity(query.entity);
    if (!entity)
        return Error::badInput(TablePrinter::tr("There is no entity \"%1\".").arg(query.entity));
    auto head = ListReport::head(*entity, query, fields, today, locale);
    if (!head)
        return head.error();
    if (Status s = PdfFile::checkWritable(path); !s)
        return s;
    std::unique_ptr<QPdfWriter> writer;
    std::unique_ptr<TablePrinter::Stream> stream;
    bool painted = false;
    Status s = ListReport::stream(
        db, query, fields, locale,
        [&](qint64 total) {
            writer = TablePrinter::pdfWriter(head.value(), path);
            stream = std::make_unique<TablePrinter::Stream>(head.value(), writer.get(), progress);
            return stream->begin(total);
        },
        [&](const QStringList &cells) { return stream->addRow(cells); });
    if (s && stream)
        painted = stream->finish();
    stream.reset();
    writer.reset();   // closes the file
    if (s && painted)
        return Status::success();
    QFile::remove(path);
    if (!s && s.error().message != ListReport::cancelledMessage())
        return s;
    return Error::failure(TablePrinter::tr("The PDF %1 was not written (cancelled, or the file cannot be written).").arg(path));
}

} // namespace trato
