// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace trato::bench {

// One line of the benchmark report: a figure of Trato's code, the raw baseline it is compared
// with (measured in the same run), their ratio and, where the project has one, the target.
struct Measurement
{
    enum class Verdict { None, Met, Missed, Skipped, Failed };

    QString caseName;
    QString what;              // "first painted rows @1M"
    double value = qQNaN();
    QString unit;              // "ms", "MB"
    QString baselineWhat;      // "sqlite3 C API, same SQL @1M"
    double baseline = qQNaN(); // same unit as value
    double ratio = qQNaN();    // value / baseline unless a case says otherwise
    QString target;            // "≤ 2×", "≤ 50 MB"; empty: informative only
    Verdict verdict = Verdict::None;
    QString note;              // why skipped or failed, or a detail

    static Measurement make(const QString &caseName, const QString &what, double value, const QString &unit,
                            const QString &baselineWhat = QString(), double baseline = qQNaN());
    static Measurement skipped(const QString &caseName, const QString &what, const QString &why);
    static Measurement failed(const QString &caseName, const QString &what, const QString &why);

    // Sets target and verdict: met when every given limit holds (NaN limits are ignored).
    void judge(const QString &targetText, double maxRatio, double maxValue);
    QJsonObject toJson() const;
};

QString verdictName(Measurement::Verdict v);

namespace Stats {
double median(QList<double> values);
// Nearest-rank percentile, p in (0, 100].
double percentile(QList<double> values, double p);
}

// "1k", "1M", "250k", "1500": how sizes appear in measurement names.
QString sizeLabel(qint64 size);
// A number with as many decimals as its magnitude deserves (0.0123, 1.23, 12.3, 123).
QString formatNumber(double value);

} // namespace trato::bench
