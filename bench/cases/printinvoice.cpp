// SPDX-License-Identifier: GPL-3.0-or-later
// print-invoice: a 200-line invoice written as a PDF by DocumentPrinter (header, wrapped
// descriptions, configuration lines, header row on every page, tax breakdown, totals, page
// numbers) against a bare QPainter loop drawing the same lines' texts on a QPdfWriter, in the
// same run. Target (issue 6): ≤ 2.5×.
#include "../benchcase.h"
#include "../benchcontext.h"

#include "printing/documentprinter.h"
#include "sales/printabledocument.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>

#include <cstdio>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("print-invoice");
constexpr int kLines = 200;

PrintableDocument invoice()
{
    CompanyProfile company;
    company.name = QStringLiteral("Automóviles Ejemplo S.A.");
    company.taxId = QStringLiteral("A58818501");
    company.address = QStringLiteral("Avenida de la Industria 4\n28108 Alcobendas");
    company.iban = QStringLiteral("ES9121000418450200051332");
    PrintableDocument d = PrintableDocument::sample(company, DocumentLayout(), QLocale::c());
    d.lines.clear();
    for (int i = 1; i <= kLines; ++i) {
        PrintableLine l;
        l.position = i;
        l.kind = QStringLiteral("product");
        l.sku = QStringLiteral("REC-%1").arg(i, 4, 10, QLatin1Char('0'));
        l.description = QStringLiteral("Recambio número %1 con una descripción larga que ocupa más de una línea").arg(i);
        if (i % 10 == 0)
            l.configuration = QStringLiteral("Color: Rojo; Interior: Cuero");
        l.quantity = 1000 + i;
        l.unitPrice = 1000 + 37 * i;
        l.discountBp = i % 3 ? 0 : 500;
        l.taxBp = i % 2 ? 2100 : 1000;
        d.lines.append(l);
    }
    d.computeTotals(2100, 0);
    return d;
}

// The baseline: the same texts of each line, one row per line, a new page when full; no wrapping,
// no header, no totals.
bool bareLoop(const PrintableDocument &d, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageLayout(DocumentPrinter::pageLayout(d.layout));
    QPainter p;
    if (!p.begin(&writer))
        return false;
    QFont font;
    font.setPointSizeF(9);
    p.setFont(font);
    const qreal line = QFontMetricsF(font, &writer).height() * 1.4;
    const qreal w = writer.width();
    qreal y = 0;
    for (const PrintableLine &l : d.lines) {
        if (y + line > writer.height()) {
            writer.newPage();
            y = 0;
        }
        p.drawText(QRectF(0, y, w * 0.15, line), Qt::AlignLeft, l.sku);
        p.drawText(QRectF(w * 0.15, y, w * 0.45, line), Qt::AlignLeft, l.description);
        p.drawText(QRectF(w * 0.6, y, w * 0.1, line), Qt::AlignRight, d.quantity(l.quantity));
        p.drawText(QRectF(w * 0.7, y, w * 0.15, line), Qt::AlignRight, d.money(l.unitPrice));
        p.drawText(QRectF(w * 0.85, y, w * 0.15, line), Qt::AlignRight, d.money(l.amounts.net));
        y += line;
    }
    return p.end();
}

class PrintInvoiceCase : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("a 200-line invoice to PDF (DocumentPrinter) vs a bare QPainter loop on QPdfWriter");
    }

    // Fonts need a QGuiApplication: the timing runs in a child process that has one.
    bool childNeedsGui() const override { return true; }

    int child(const QStringList &args) override
    {
        const int repeat = qMax(1, args.value(args.indexOf(QStringLiteral("--repeat")) + 1).toInt());
        const QString dir = args.value(args.indexOf(QStringLiteral("--dir")) + 1);
        const PrintableDocument d = invoice();
        const QString pdf = QDir(dir).filePath(QStringLiteral("invoice.pdf"));
        const QString bare = QDir(dir).filePath(QStringLiteral("bare.pdf"));
        QJsonObject out;
        QJsonArray ms, bareMs;
        for (int i = -1; i < repeat; ++i) {   // one untimed round first: fonts loaded on both sides
            QElapsedTimer timer;
            timer.start();
            if (Status s = DocumentPrinter::writePdf(d, pdf); !s) {
                out.insert(QStringLiteral("error"), s.error().message);
                break;
            }
            const double t = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            if (!bareLoop(d, bare)) {
                out.insert(QStringLiteral("error"), QStringLiteral("the bare loop could not paint"));
                break;
            }
            const double b = double(timer.nsecsElapsed()) / 1e6;
            if (i >= 0) {
                ms.append(t);
                bareMs.append(b);
            }
        }
        QFile::remove(pdf);
        QFile::remove(bare);
        out.insert(QStringLiteral("printer_ms"), ms);
        out.insert(QStringLiteral("bare_ms"), bareMs);
        std::printf("%s%s\n", kChildResultPrefix, QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
        return out.contains(QStringLiteral("error")) ? 3 : 0;
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        const QString what = QStringLiteral("DocumentPrinter::writePdf, 200-line invoice");
        ctx.say(QStringLiteral("%1: %2").arg(kCase, what));
        auto r = ctx.runChild(kCase, {QStringLiteral("--repeat"), QString::number(ctx.repeat()), QStringLiteral("--dir"), ctx.scratchDir()});
        if (!r)
            return {Measurement::failed(kCase, what, r.error().message)};
        if (r->contains(QStringLiteral("error")))
            return {Measurement::failed(kCase, what, r->value(QStringLiteral("error")).toString())};
        QList<double> ms, bareMs;
        for (const auto &v : r->value(QStringLiteral("printer_ms")).toArray())
            ms << v.toDouble();
        for (const auto &v : r->value(QStringLiteral("bare_ms")).toArray())
            bareMs << v.toDouble();
        Measurement m = Measurement::make(kCase, what, Stats::median(ms), QStringLiteral("ms"),
                                          QStringLiteral("bare QPainter loop, same lines on QPdfWriter"), Stats::median(bareMs));
        m.judge(QStringLiteral("≤ 2.5×"), 2.5, qQNaN());
        return {m};
    }
};

} // namespace

TRATO_BENCH_CASE(PrintInvoiceCase, 96)

} // namespace trato::bench
