// SPDX-License-Identifier: GPL-3.0-or-later
// report-pdf (analytics: printing): a 1,000-page report (52 rows a page, 6 columns) written as a
// PDF by TablePrinter (title, filters line, date, header row on every page, elided cells, numbers
// right-aligned, totals, "Page N of M") against a bare QPainter loop drawing the same rows' cells on
// a QPdfWriter, in the same run. Target (issue 8): ≤ 2.5×. The page count is the smallest --sizes
// value up to 1,000 (the default sizes give 1,000 pages; the smoke test asks for 5).
#include "../benchcase.h"
#include "../benchcontext.h"

#include "printing/tableprinter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cstdio>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("report-pdf");
constexpr int kRowsPerPage = 52;   // what TablePrinter fits on A4 portrait at 8.5 pt (measured: 45,000 rows = 866 pages)

ReportTable report(int pages)
{
    ReportTable t;
    t.title = QStringLiteral("Ventas por cliente");
    t.filters = QStringLiteral("Fecha de factura: este año · Estado: emitida · Ordenado por cliente");
    t.date = QDate(2026, 3, 2);
    t.headers = {QStringLiteral("Número"), QStringLiteral("Fecha"), QStringLiteral("Cliente"), QStringLiteral("Ciudad"),
                 QStringLiteral("Comercial"), QStringLiteral("Importe")};
    t.numeric = {false, false, false, false, false, true};
    static const char *cities[] = {"Madrid", "Barcelona", "Sevilla", "Valencia", "Bilbao", "Zaragoza", "A Coruña", "Málaga"};
    static const char *people[] = {"Ana Gil", "Luis Pérez", "Marta Ruiz", "Pablo Abad", "Sara Vidal"};
    const int rows = pages * kRowsPerPage - 1;   // the totals line ends the last page
    t.rows.reserve(rows);
    qint64 total = 0;
    for (int i = 0; i < rows; ++i) {
        const qint64 cents = 10000 + (i * 7919) % 2500000;
        total += cents;
        t.rows << QStringList{QStringLiteral("F-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0')),
                              QDate(2026, 1, 1).addDays(i % 365).toString(Qt::ISODate),
                              QStringLiteral("Cliente %1 Distribuciones del Norte S.L.").arg(i % 9000),
                              QString::fromUtf8(cities[i % 8]), QString::fromUtf8(people[i % 5]),
                              QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'))};
    }
    t.totals = {QStringLiteral("Total"), {}, {}, {}, {},
                QStringLiteral("%1.%2").arg(total / 100).arg(total % 100, 2, 10, QLatin1Char('0'))};
    return t;
}

// The baseline: the same cells of each row in fixed columns, a new page when full; no header, no
// title, no eliding, no totals, no page numbers.
bool bareLoop(const ReportTable &t, const QString &path)
{
    const auto writer = TablePrinter::pdfWriter(t, path);
    QPainter p;
    if (!p.begin(writer.get()))
        return false;
    QFont font = p.font();
    font.setPointSizeF(8.5);
    p.setFont(font);
    const qreal line = QFontMetricsF(font, writer.get()).height() * 1.35;
    const qreal w = writer->width() / 6.0;
    qreal y = 0;
    for (const QStringList &row : t.rows) {
        if (y + line > writer->height()) {
            writer->newPage();
            y = 0;
        }
        for (int c = 0; c < 6; ++c)
            p.drawText(QRectF(c * w, y, w, line), Qt::AlignVCenter | (c == 5 ? Qt::AlignRight : Qt::AlignLeft), row.at(c));
        y += line;
    }
    return p.end();
}

class ReportPdfCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("a 1,000-page report to PDF (TablePrinter) vs a bare QPainter loop on QPdfWriter");
    }

    bool childNeedsGui() const override { return true; }

    int child(const QStringList &args) override
    {
        const int repeat = qMax(1, args.value(args.indexOf(QStringLiteral("--repeat")) + 1).toInt());
        const int pages = qBound(1, args.value(args.indexOf(QStringLiteral("--pages")) + 1).toInt(), 1000);
        const QString dir = args.value(args.indexOf(QStringLiteral("--dir")) + 1);
        const ReportTable t = report(pages);
        const QString pdf = QDir(dir).filePath(QStringLiteral("report.pdf"));
        const QString bare = QDir(dir).filePath(QStringLiteral("bare.pdf"));
        QJsonObject out;
        QJsonArray ms, bareMs;
        int printed = 0;
        for (int i = -1; i < repeat; ++i) {   // one untimed round first: fonts loaded on both sides
            QElapsedTimer timer;
            timer.start();
            if (Status s = TablePrinter::writePdf(t, pdf, [&printed](int, int total) {
                    printed = total;
                    return true;
                });
                !s) {
                out.insert(QStringLiteral("error"), s.error().message);
                break;
            }
            const double r = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            if (!bareLoop(t, bare)) {
                out.insert(QStringLiteral("error"), QStringLiteral("the bare loop could not paint"));
                break;
            }
            const double b = double(timer.nsecsElapsed()) / 1e6;
            if (i >= 0) {
                ms.append(r);
                bareMs.append(b);
            }
        }
        QFile::remove(pdf);
        QFile::remove(bare);
        out.insert(QStringLiteral("printer_ms"), ms);
        out.insert(QStringLiteral("bare_ms"), bareMs);
        out.insert(QStringLiteral("pages"), printed);
        out.insert(QStringLiteral("rows"), int(t.rows.size()));
        std::printf("%s%s\n", kChildResultPrefix, QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return out.contains(QStringLiteral("error")) ? 3 : 0;
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        const qint64 smallest = ctx.sizes().isEmpty() ? 1000 : *std::min_element(ctx.sizes().begin(), ctx.sizes().end());
        const int pages = int(std::clamp<qint64>(smallest, 1, 1000));
        QString what = QStringLiteral("TablePrinter::writePdf, %1 pages × 6 columns").arg(pages);
        ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
        auto r = ctx.runChild(kCase, {QStringLiteral("--repeat"), QString::number(ctx.repeat()), QStringLiteral("--pages"),
                                      QString::number(pages), QStringLiteral("--dir"), ctx.scratchDir()});
        if (!r)
            return {Measurement::failed(kCase, what, r.error().message)};
        if (r->contains(QStringLiteral("error")))
            return {Measurement::failed(kCase, what, r->value(QStringLiteral("error")).toString())};
        what = QStringLiteral("TablePrinter::writePdf, %1 pages (%2 rows × 6 columns)")
                   .arg(r->value(QStringLiteral("pages")).toInt())
                   .arg(r->value(QStringLiteral("rows")).toInt());
        QList<double> ms, bareMs;
        for (const auto &v : r->value(QStringLiteral("printer_ms")).toArray())
            ms << v.toDouble();
        for (const auto &v : r->value(QStringLiteral("bare_ms")).toArray())
            bareMs << v.toDouble();
        Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                          QStringLiteral("bare QPainter loop, same rows on QPdfWriter"), Stats::median(bareMs));
        m.judge(QStringLiteral("≤ 2.5×"), 2.5, qQNaN());
        return {m};
    }
};

} // namespace

TRATO_BENCH_CASE(ReportPdfCase, 99)

} // namespace trato::bench
