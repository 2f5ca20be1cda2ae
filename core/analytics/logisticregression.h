// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

namespace trato {

// A logistic regression small enough to read in one sitting, for Análisis's local scores
// (core/analytics/scoring). Features are standardised (mean 0, standard deviation 1 over the
// training rows; a constant feature gets scale 1 and weight 0), then the weights are fitted by
// batch gradient descent on the mean log-loss plus an L2 penalty (the bias is not penalised):
// a fixed number of iterations from all-zero weights, rows in the order given. No randomness, so
// the same rows always give the same model, bit for bit.
struct LogisticModel
{
    QList<double> mean;
    QList<double> scale;
    QList<double> weights;  // per standardised feature
    double bias = 0;

    int featureCount() const { return int(weights.size()); }
    // (raw − mean) / scale per feature, clipped to ±5 (a value far outside the training range
    // cannot dominate a score).
    QList<double> standardise(const QList<double> &raw) const;
    // weight × standardised value per feature: what each feature adds to the log-odds.
    QList<double> contributions(const QList<double> &raw) const;
    double logit(const QList<double> &raw) const;
    double probability(const QList<double> &raw) const;
};

class LogisticRegression
{
public:
    struct Options
    {
        int iterations = 400;
        double learningRate = 0.5;
        double l2 = 0.05;
    };
    // rows: one list of raw feature values per example, all of the same length; labels 0 or 1.
    // No rows: an empty-weight model with bias 0 (probability 0.5). One class only: zero weights
    // and the bias at the (clamped) log-odds of the base rate.
    static LogisticModel fit(const QList<QList<double>> &rows, const QList<int> &labels, const Options &options);
    static LogisticModel fit(const QList<QList<double>> &rows, const QList<int> &labels) { return fit(rows, labels, Options()); }
};

} // namespace trato
