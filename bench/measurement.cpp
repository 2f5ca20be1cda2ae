// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurement.h"

#include <QtMath>
#include <algorithm>
#include <cmath>

namespace trato::bench {

Measurement Measurement::make(const QString &caseName, const QString &what, double value, const QString &unit,
                              const QString &baselineWhat, double baseline)
{
    Measurement m;
    m.caseName = caseName;
    m.what = what;
    m.value = value;
    m.unit = unit;
    m.baselineWhat = baselineWhat;
    m.baseline = baseline;
    if (!qIsNaN(value) && !qIsNaN(baseline) && baseline > 0)
        m.ratio = value / baseline;
    return m;
}

Measurement Measurement::skipped(const QString &caseName, const QString &what, const QString &why)
{
    Measurement m;
    m.caseName = caseName;
    m.what = what;
    m.verdict = Verdict::Skipped;
    m.note = why;
    return m;
}

Measurement Measurement::failed(const QString &caseName, const QString &what, const QString &why)
{
    Measurement m = skipped(caseName, what, why);
    m.verdict = Verdict::Failed;
    return m;
}

void Measurement::judge(const QString &targetText, double maxRatio, double maxValue)
{
    target = targetText;
    bool met = !qIsNaN(value);
    if (!qIsNaN(maxRatio))
        met = met && !qIsNaN(ratio) && ratio <= maxRatio;
    if (!qIsNaN(maxValue))
        met = met && value <= maxValue;
    verdict = met ? Verdict::Met : Verdict::Missed;
}

QString verdictName(Measurement::Verdict v)
{
    switch (v) {
    case Measurement::Verdict::None: return QString();
    case Measurement::Verdict::Met: return QStringLiteral("met");
    case Measurement::Verdict::Missed: return QStringLiteral("MISSED");
    case Measurement::Verdict::Skipped: return QStringLiteral("skipped");
    case Measurement::Verdict::Failed: return QStringLiteral("FAILED");
    }
    return QString();
}

QJsonObject Measurement::toJson() const
{
    QJsonObject o{{QStringLiteral("case"), caseName}, {QStringLiteral("what"), what}};
    auto number = [&o](const char *key, double v) {
        if (!qIsNaN(v))
            o.insert(QLatin1String(key), v);
    };
    number("value", value);
    if (!unit.isEmpty())
        o.insert(QStringLiteral("unit"), unit);
    if (!baselineWhat.isEmpty())
        o.insert(QStringLiteral("baseline_what"), baselineWhat);
    number("baseline", baseline);
    number("ratio", ratio);
    if (!target.isEmpty())
        o.insert(QStringLiteral("target"), target);
    if (verdict != Verdict::None)
        o.insert(QStringLiteral("verdict"), verdictName(verdict).toLower());
    if (!note.isEmpty())
        o.insert(QStringLiteral("note"), note);
    return o;
}

namespace Stats {

double median(QList<double> values)
{
    if (values.isEmpty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return qQNaN();
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

} // namespace Stats

QString sizeLabel(qint64 size)
{
    if (size >= 1000000 && size % 1000000 == 0)
        return QString::number(size / 1000000) + QLatin1Char('M');
    if (size >= 1000 && size % 1000 == 0)
        return QString::number(size / 1000) + QLatin1Char('k');
    return QString::number(size);
}

QString formatNumber(double value)
{
    if (qIsNaN(value))
        return QString();
    const double a = std::fabs(value);
    const int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    return QString::number(value, 'f', decimals);
}

} // namespace trato::bench
