// SPDX-License-Identifier: GPL-3.0-or-later
#include "logisticregression.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace trato {

namespace {

// A record far outside the training range must not dominate its score: standardised values are
// clipped to ±kClip when scoring (training rows are standardised on their own statistics).
constexpr double kClip = 5.0;

double sigmoid(double z)
{
    if (z >= 0)
        return 1.0 / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return e / (1.0 + e);
}

} // namespace

QList<double> LogisticModel::standardise(const QList<double> &raw) const
{
    QList<double> z(weights.size(), 0.0);
    for (int j = 0; j < weights.size() && j < raw.size(); ++j)
        z[j] = std::clamp((raw.at(j) - mean.at(j)) / scale.at(j), -kClip, kClip);
    return z;
}

QList<double> LogisticModel::contributions(const QList<double> &raw) const
{
    QList<double> c = standardise(raw);
    for (int j = 0; j < c.size(); ++j)
        c[j] *= weights.at(j);
    return c;
}

double LogisticModel::logit(const QList<double> &raw) const
{
    double z = bias;
    for (double c : contributions(raw))
        z += c;
    return z;
}

double LogisticModel::probability(const QList<double> &raw) const
{
    return sigmoid(logit(raw));
}

LogisticModel LogisticRegression::fit(const QList<QList<double>> &rows, const QList<int> &labels, const Options &options)
{
    LogisticModel m;
    const int n = int(qMin(rows.size(), labels.size()));
    const int k = rows.isEmpty() ? 0 : int(rows.first().size());
    m.mean.fill(0.0, k);
    m.scale.fill(1.0, k);
    m.weights.fill(0.0, k);
    if (n == 0)
        return m;

    // Standardisation over the training rows (population standard deviation).
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < k; ++j)
            m.mean[j] += rows.at(i).value(j);
    for (int j = 0; j < k; ++j)
        m.mean[j] /= n;
    QList<double> var(k, 0.0);
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < k; ++j) {
            const double d = rows.at(i).value(j) - m.mean.at(j);
            var[j] += d * d;
        }
    QList<bool> constant(k, false);
    for (int j = 0; j < k; ++j) {
        const double sd = std::sqrt(var.at(j) / n);
        constant[j] = sd < 1e-12;
        m.scale[j] = constant.at(j) ? 1.0 : sd;
    }
    std::vector<double> x(size_t(n) * size_t(k));
    std::vector<double> y(static_cast<size_t>(n));
    int positives = 0;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < k; ++j)
            x[size_t(i) * k + j] = constant.at(j) ? 0.0 : (rows.at(i).value(j) - m.mean.at(j)) / m.scale.at(j);
        y[size_t(i)] = labels.at(i) ? 1.0 : 0.0;
        positives += labels.at(i) ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
        // One class only: nothing to separate. The base rate, kept away from 0 and 1.
        const double rate = (positives + 0.5) / (n + 1.0);
        m.bias = std::log(rate / (1.0 - rate));
        return m;
    }

    std::vector<double> grad(static_cast<size_t>(k));
    for (int it = 0; it < options.iterations; ++it) {
        std::fill(grad.begin(), grad.end(), 0.0);
        double gradBias = 0;
        for (int i = 0; i < n; ++i) {
            const double *xi = x.data() + size_t(i) * k;
            double z = m.bias;
            for (int j = 0; j < k; ++j)
                z += m.weights.at(j) * xi[j];
            const double err = sigmoid(z) - y[size_t(i)];
            gradBias += err;
            for (int j = 0; j < k; ++j)
                grad[size_t(j)] += err * xi[j];
        }
        m.bias -= options.learningRate * gradBias / n;
        for (int j = 0; j < k; ++j) {
            if (constant.at(j))
                continue;
            const double g = grad[size_t(j)] / n + options.l2 * m.weights.at(j);
            m.weights[j] -= options.learningRate * g;
        }
    }
    return m;
}

} // namespace trato
