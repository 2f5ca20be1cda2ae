// SPDX-License-Identifier: GPL-3.0-or-later
// cold-start: a new `trato --db FILE --quit-after-first-paint` process until it reports its first
// paint (on its start page, and started on the contact list), against trato-bench-minimal
// (QApplication + QSqlQueryModel of the contact list's SQL + QTableView on the same file). They run
// alternately, with the database file evicted from the OS page cache before each run.
#include "../benchcase.h"
#include "../benchcontext.h"
#include "../contactlist.h"
#include "../probes.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace trato::bench {

namespace {

const QString kCase = QStringLiteral("cold-start");

struct Run
{
    double wallMs = qQNaN(); // measured here: from QProcess::start to the first-paint-ms line
    double selfMs = qQNaN(); // what the program printed (its own idea of "since process start")
    QString error;
};

Run launch(const BenchContext &ctx, const QString &program, const QStringList &args)
{
    static const QRegularExpression line(QStringLiteral("^first-paint-ms\\s+([0-9.]+)"), QRegularExpression::MultilineOption);
    Run run;
    QProcess p;
    p.setProcessEnvironment(ctx.childEnvironment());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    QByteArray output;
    while (timer.elapsed() < 60000) {
        if (!p.waitForReadyRead(100) && p.state() == QProcess::NotRunning)
            break;
        output += p.readAllStandardOutput();
        if (const auto m = line.match(QString::fromUtf8(output)); m.hasMatch()) {
            run.wallMs = double(timer.nsecsElapsed()) / 1e6;
            run.selfMs = m.captured(1).toDouble();
            break;
        }
    }
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        run.error = QStringLiteral("did not exit within 30 s of its first paint");
    } else if (qIsNaN(run.wallMs)) {
        run.error = QStringLiteral("exited (code %1) without printing first-paint-ms").arg(p.exitCode());
    } else if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        run.error = QStringLiteral("exited with code %1").arg(p.exitCode());
    }
    return run;
}

// What is launched each round. trato starts on its Home page; `--module contact` makes its first
// paint show the contact list, the same thing the minimal program shows.
struct Program
{
    QString label;
    QString path;
    QStringList args; // after --db FILE
    QList<double> wall, self;
    QString skipped, failed;
};

class ColdStart : public BenchCase
{
public:
    QString name() const override { return kCase; }
    QString summary() const override
    {
        return QStringLiteral("new trato process to first paint vs a minimal Qt program on the same file");
    }

    QList<Measurement> run(BenchContext &ctx) override
    {
        QList<Measurement> out;
        const QString trato = ctx.program(QStringLiteral("trato"));
        const QString minimal = ctx.program(QStringLiteral("trato-bench-minimal"));
        for (qint64 size : ctx.sizes()) {
            const QString at = QStringLiteral(" @") + sizeLabel(size);
            const QString what = QStringLiteral("trato to first paint") + at;
            if (trato.isEmpty()) {
                out << Measurement::skipped(kCase, what, QStringLiteral("skipped: trato binary not built"));
                continue;
            }
            if (minimal.isEmpty()) {
                out << Measurement::failed(kCase, what, QStringLiteral("trato-bench-minimal not built"));
                continue;
            }
            auto path = ctx.dataset(size);
            if (!path) {
                out << Measurement::failed(kCase, what, path.error().message);
                continue;
            }
            QList<Program> programs = {
                // The minimal program shows the same first page as Trato's contact list.
                {QStringLiteral("trato-bench-minimal"), minimal, {QStringLiteral("--sql"), contactListSql().sql}, {}, {}, {}, {}},
                {QStringLiteral("trato"), trato, {QStringLiteral("--quit-after-first-paint")}, {}, {}, {}, {}},
                {QStringLiteral("trato --module contact"), trato,
                 {QStringLiteral("--module"), QStringLiteral("contact"), QStringLiteral("--quit-after-first-paint")}, {}, {}, {}, {}},
            };
            // Alternating runs, the database evicted from the page cache before each.
            for (int i = 0; i < ctx.repeat(); ++i) {
                ctx.say(QStringLiteral("%1%2: run %3 of %4").arg(kCase, at).arg(i + 1).arg(ctx.repeat()));
                for (Program &p : programs) {
                    if (!p.skipped.isEmpty() || !p.failed.isEmpty())
                        continue;
                    evictFromPageCache(path.value());
                    const Run r = launch(ctx, p.path, QStringList{QStringLiteral("--db"), path.value()} + p.args);
                    // A trato that does not (yet) report its first paint is not a bench failure;
                    // one that reports it and then fails is.
                    if (!r.error.isEmpty() && qIsNaN(r.wallMs) && p.path == trato)
                        p.skipped = QStringLiteral("skipped: %1 %2").arg(p.label, r.error);
                    else if (!r.error.isEmpty())
                        p.failed = p.label + QLatin1Char(' ') + r.error;
                    p.wall << r.wallMs;
                    p.self << r.selfMs;
                }
            }
            out << report(programs, at, size == ctx.largest());
        }
        return out;
    }

private:
    static QList<Measurement> report(const QList<Program> &programs, const QString &at, bool judge)
    {
        QList<Measurement> out;
        const Program &base = programs.first();
        for (const Program &p : programs.mid(1)) {
            const QString what = p.label + QStringLiteral(" to first paint") + at;
            const QString why = !base.failed.isEmpty() ? base.failed : !p.failed.isEmpty() ? p.failed : p.skipped;
            if (!why.isEmpty()) {
                out << (base.failed.isEmpty() && p.failed.isEmpty() ? Measurement::skipped(kCase, what, why)
                                                                    : Measurement::failed(kCase, what, why));
                continue;
            }
            Measurement wall = Measurement::make(kCase, what, Stats::median(p.wall), QStringLiteral("ms"),
                                                 base.label + at, Stats::median(base.wall));
            wall.note = QStringLiteral("median of %1 runs, wall clock from process start to the first-paint line").arg(p.wall.size());
            if (judge)
                wall.judge(QStringLiteral("≤ 3× and ≤ 1000 ms"), 3.0, 1000.0);
            Measurement self = Measurement::make(kCase, what + QStringLiteral(" (self-reported)"), Stats::median(p.self),
                                                 QStringLiteral("ms"), base.label + at + QStringLiteral(" (self-reported)"),
                                                 Stats::median(base.self));
            self.note = QStringLiteral("the first-paint-ms each program printed");
            out << wall << self;
        }
        return out;
    }
};

} // namespace

TRATO_BENCH_CASE(ColdStart, 20)

} // namespace trato::bench
