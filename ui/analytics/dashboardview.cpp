// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardview.h"

#include "models/recordlistmodel.h"
#include "store/database.h"
#include "util/background.h"
#include "views/moduleviewextensions.h"
#include "views/recordlistview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace trato {

namespace {

double chartValue(qint64 v, DashboardUnit unit)
{
    return unit == DashboardUnit::Count ? double(v) : double(v) / 100.0;
}

// A figure as people read it here: grouped digits and the locale's decimal mark (the CLI keeps
// DashboardWidgets::format's plain form for scripts).
QString shown(qint64 value, DashboardUnit unit)
{
    const QLocale locale;
    switch (unit) {
    case DashboardUnit::Money:
        return locale.toString(double(value) / 100.0, 'f', 2);
    case DashboardUnit::Percent:
        return locale.toString(double(value) / 100.0, 'f', 1) + QStringLiteral(" %");
    case DashboardUnit::Count:
        break;
    }
    return locale.toString(value);
}

QString deltaText(qint64 now, const std::optional<qint64> &before, DashboardUnit unit)
{
    if (!before)
        return QString();
    const qint64 d = now - *before;
    QString text = (d > 0 ? QStringLiteral("+") : QString()) + shown(d, unit);
    if (*before != 0 && unit != DashboardUnit::Percent)
        text += QStringLiteral(" (%1%2 %)").arg(d > 0 ? QStringLiteral("+") : QString(),
                                                QLocale().toString(double(d) * 100.0 / double(qAbs(*before)), 'f', 1));
    return DashboardView::tr("%1 vs previous period").arg(text);
}

} // namespace

DashboardCard::DashboardCard(const DashboardWidgetData &data, const QString &chartKind, bool compare, QWidget *parent)
    : QFrame(parent), m_data(data)
{
    setObjectName(QStringLiteral("dashboardCard_") + data.type);
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(data.title.toHtmlEscaped()), this);
    head->addWidget(title, 1);
    m_menu = new QToolButton(this);
    m_menu->setText(QStringLiteral("⋯"));
    m_menu->setToolTip(tr("Arrange this widget"));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setAutoRaise(true);
    head->addWidget(m_menu);
    layout->addLayout(head);

    auto *figure = new QLabel(this);
    figure->setObjectName(QStringLiteral("figure"));
    figure->setWordWrap(true);
    QString text = QStringLiteral("<span style='font-size:15pt'>%1</span> %2")
                       .arg(shown(data.figure, data.figureUnit).toHtmlEscaped(), data.figureLabel.toHtmlEscaped());
    if (compare && data.previousFigure) {
        const qint64 d = data.figure - *data.previousFigure;
        const QString color = d > 0 ? QStringLiteral("#1b7f3b") : d < 0 ? QStringLiteral("#b3261e") : QStringLiteral("#666");
        text += QStringLiteral("<br><span style='color:%1'>%2</span>")
                    .arg(color, deltaText(data.figure, data.previousFigure, data.figureUnit).toHtmlEscaped());
    }
    if (!data.note.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(data.note.toHtmlEscaped());
    figure->setText(text);
    layout->addWidget(figure);

    auto *chart = new QChart;
    chart->setLocalizeNumbers(true); // axis labels with the locale's digit grouping
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const bool withPrevious = compare && !data.points.isEmpty() && data.points.first().previous.has_value();
    QStringList categories;
    for (const auto &p : data.points)
        categories << (p.label.size() > 18 ? p.label.left(17) + QStringLiteral("…") : p.label);

    if (data.points.isEmpty()) {
        chart->setTitle(tr("No data in this period"));
    } else if (chartKind == QLatin1String("pie")) {
        auto *series = new QPieSeries;
        for (int i = 0; i < data.points.size(); ++i) {
            const qint64 v = data.points.at(i).values.value(0);
            QPieSlice *slice = series->append(categories.at(i), chartValue(qMax<qint64>(0, v), data.unit));
            connect(slice, &QPieSlice::clicked, this, [this, i] { activatePoint(i); });
        }
        chart->addSeries(series);
        chart->legend()->setAlignment(Qt::AlignRight);
    } else if (chartKind == QLatin1String("line")) {
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        if (categories.size() > 6)
            axisX->setLabelsAngle(-90); // twelve months stay readable instead of "J…"
        auto *axisY = new QValueAxis;
        axisY->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        chart->addAxis(axisY, Qt::AlignLeft);
        double maxValue = 1;
        auto addLine = [&](const QString &name, const std::function<qint64(const DashboardPoint &)> &value, bool dashed) {
            auto *line = new QLineSeries;
            line->setName(name);
            line->setPointsVisible(true);
            for (int i = 0; i < data.points.size(); ++i) {
                const double v = chartValue(value(data.points.at(i)), data.unit);
                maxValue = qMax(maxValue, v);
                line->append(i, v);
            }
            if (dashed) {
                QPen pen = line->pen();
                pen.setStyle(Qt::DashLine);
                line->setPen(pen);
            }
            chart->addSeries(line);
            line->attachAxis(axisY);
            connect(line, &QLineSeries::clicked, this, [this](const QPointF &pt) { activatePoint(qRound(pt.x())); });
        };
        for (int s = 0; s < data.series.size(); ++s)
            addLine(data.series.at(s), [s](const DashboardPoint &p) { return p.values.value(s); }, false);
        if (withPrevious)
            addLine(tr("%1, previous period").arg(data.series.value(0)), [](const DashboardPoint &p) { return p.previous.value_or(0); }, true);
        axisX->setRange(categories.first(), categories.last());
        axisY->setRange(0, qMax(maxValue * 1.1, 5.0));
        axisY->applyNiceNumbers();
        // Line x values are indexes 0..n-1; the category axis shows their labels.
        for (QAbstractSeries *s : chart->series())
            s->attachAxis(axisX);
    } else {
        const bool horizontal = chartKind == QLatin1String("funnel");
        QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                                : static_cast<QAbstractBarSeries *>(new QBarSeries);
        // A funnel lists its widest stage at the top: horizontal bars draw the first category at
        // the bottom, so they go in reverse.
        auto index = [horizontal, n = int(data.points.size())](int i) { return horizontal ? n - 1 - i : i; };
        QStringList cats;
        for (int i = 0; i < data.points.size(); ++i)
            cats << categories.at(index(i));
        // Series beyond the first of another scale (the pipeline's count beside amounts) are left out.
        const int seriesCount = data.type == QLatin1String("pipeline") ? 1 : int(data.series.size());
        double maxValue = 1;
        auto addSet = [&](const QString &name, const std::function<qint64(const DashboardPoint &)> &value) {
            auto *set = new QBarSet(name);
            for (int i = 0; i < data.points.size(); ++i) {
                const double v = chartValue(value(data.points.at(index(i))), data.unit);
                maxValue = qMax(maxValue, v);
                *set << v;
            }
            connect(set, &QBarSet::clicked, this, [this, index](int i) { activatePoint(index(i)); });
            series->append(set);
        };
        for (int s = 0; s < seriesCount; ++s)
            addSet(data.series.at(s), [s](const DashboardPoint &p) { return p.values.value(s); });
        if (withPrevious)
            addSet(tr("%1, previous period").arg(data.series.value(0)), [](const DashboardPoint &p) { return p.previous.value_or(0); });
        chart->addSeries(series);
        auto *axisCat = new QBarCategoryAxis;
        axisCat->append(cats);
        if (!horizontal && cats.size() > 6)
            axisCat->setLabelsAngle(-90); // twelve months stay readable instead of "J…"
        auto *axisVal = new QValueAxis;
        axisVal->setLabelFormat(QStringLiteral("%.0f"));
        axisVal->setRange(0, qMax(maxValue * 1.1, 5.0));
        axisVal->applyNiceNumbers();
        chart->addAxis(axisCat, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
        chart->addAxis(axisVal, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
        series->attachAxis(axisCat);
        series->attachAxis(axisVal);
        if (series->count() == 1)
            chart->legend()->hide();
    }
    m_view = new QChartView(chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFixedHeight(270);
    layout->addWidget(m_view, 1);
}

void DashboardCard::activatePoint(int index)
{
    if (index < 0 || index >= m_data.points.size())
        return;
    Q_EMIT pointActivated(index);
}

DashboardView::DashboardView(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setWindowTitle(tr("Dashboard"));
    setObjectName(QStringLiteral("dashboardPage"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("dashboardPeriod"));
    for (const QString &key : Period::keys())
        m_period->addItem(Period::label(key), key);
    m_compare = new QCheckBox(tr("Compare with the previous period"), this);
    m_compare->setObjectName(QStringLiteral("dashboardCompare"));
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("dashboardAdd"));
    m_add->setText(tr("Add widget"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    m_add->setMenu(new QMenu(m_add));
    auto *refresh = new QPushButton(tr("Refresh"), this);
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_period);
    bar->addWidget(m_compare);
    bar->addStretch(1);
    bar->addWidget(m_add);
    bar->addWidget(refresh);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_grid);
    layout->addWidget(scroll, 1);

    connect(m_period, qOverload<int>(&QComboBox::activated), this, [this] {
        m_info.period = m_period->currentData().toString();
        saveInfo();
        reload();
    });
    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_haveInfo || m_info.compare == on)
            return;
        m_info.compare = on;
        saveInfo();
        reload();
    });
    connect(refresh, &QPushButton::clicked, this, &DashboardView::reload);
    connect(m_add->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_add->menu();
        menu->clear();
        for (const QString &type : DashboardWidgets::types()) {
            bool shown = false;
            for (const auto &w : std::as_const(m_info.layout.widgets))
                shown = shown || w.type == type;
            QAction *a = menu->addAction(DashboardWidgets::title(type), this, [this, type] { addWidget(type); });
            a->setEnabled(!shown);
        }
    });
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        reload();
    }
}

void DashboardView::reload()
{
    m_loading = true;
    m_started = true;
    const int generation = ++m_generation;
    m_status->setText(tr("Loading the dashboard…"));
    const bool haveInfo = m_haveInfo;
    const DashboardInfo info = m_info;
    const QDate today = QDate::currentDate();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Loaded
    {
        Result<DashboardInfo> info = Error::badInput(QString());
        QList<DashboardWidgetData> widgets;
        QString error;
    };
    runInBackground(
        m_db, this,
        [haveInfo, info, today, now](Database &db) {
            Loaded out;
            out.info = haveInfo ? Result<DashboardInfo>(info) : Dashboards::openDefault(db);
            if (!out.info)
                return out;
            auto range = Period::resolve(out.info.value().period, today);
            if (!range) {
                out.error = range.error().message;
                return out;
            }
            DashboardOptions o;
            o.range = range.value();
            o.compare = out.info.value().compare;
            o.now = now;
            for (const auto &spec : out.info.value().layout.widgets) {
                if (!DashboardWidgets::types().contains(spec.type))
                    continue; // a newer Trato's widget: kept in the layout, not shown
                auto w = DashboardWidgets::compute(db, spec.type, o);
                if (!w) {
                    out.error = w.error().message;
                    continue;
                }
                w.value().chart = spec.chart.isEmpty() ? w.value().chart : spec.chart;
                out.widgets << w.value();
            }
            return out;
        },
        [this, generation](Loaded result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (!result.info) {
                m_status->setText(result.info.error().message);
                Q_EMIT this->loaded();
                return;
            }
            m_info = result.info.value();
            m_haveInfo = true;
            const QSignalBlocker b1(m_period), b2(m_compare);
            int i = m_period->findData(m_info.period);
            if (i < 0) {
                m_period->addItem(m_info.period, m_info.period);
                i = m_period->count() - 1;
            }
            m_period->setCurrentIndex(i);
            m_compare->setChecked(m_info.compare);
            auto range = Period::resolve(m_info.period, QDate::currentDate());
            QString status = range ? Period::describe(range.value()) : QString();
            if (range && m_info.compare)
                status += QStringLiteral(" · ") + tr("compared with %1").arg(Period::describe(range.value().previous()));
            if (!result.error.isEmpty())
                status += QStringLiteral(" · ") + result.error;
            m_status->setText(status);
            rebuild(result.widgets);
            Q_EMIT this->loaded();
        });
}

void DashboardView::rebuild(const QList<DashboardWidgetData> &widgets)
{
    for (DashboardCard *c : std::as_const(m_cards))
        c->deleteLater();
    m_cards.clear();
    int n = 0;
    for (const auto &data : widgets) {
        auto *card = new DashboardCard(data, data.chart, m_info.compare, m_grid);
        const int layoutIndex = [&] {
            for (int i = 0; i < m_info.layout.widgets.size(); ++i)
                if (m_info.layout.widgets.at(i).type == data.type)
                    return i;
            return -1;
        }();
        auto *menu = new QMenu(card->menuButton());
        menu->addAction(tr("Move earlier"), this, [this, layoutIndex] { moveWidget(layoutIndex, layoutIndex - 1); })
            ->setEnabled(layoutIndex > 0);
        menu->addAction(tr("Move later"), this, [this, layoutIndex] { moveWidget(layoutIndex, layoutIndex + 1); })
            ->setEnabled(layoutIndex >= 0 && layoutIndex + 1 < m_info.layout.widgets.size());
        QMenu *charts = menu->addMenu(tr("Chart"));
        const QList<QPair<QString, QString>> kinds{{QStringLiteral("bar"), tr("Bars")}, {QStringLiteral("line"), tr("Line")},
                                                   {QStringLiteral("pie"), tr("Pie")}, {QStringLiteral("funnel"), tr("Funnel")}};
        for (const auto &k : kinds)
            charts->addAction(k.second, this, [this, layoutIndex, k] {
                if (layoutIndex < 0)
                    return;
                m_info.layout.widgets[layoutIndex].chart = k.first;
                saveInfo();
                reload();
            });
        menu->addSeparator();
        menu->addAction(tr("Remove from the dashboard"), this, [this, layoutIndex] { removeWidget(layoutIndex); });
        card->menuButton()->setMenu(menu);
        connect(card, &DashboardCard::pointActivated, this, [this, card](int index) { openDrill(card->data(), index); });
        m_gridLayout->addWidget(card, n / 2, n % 2);
        m_cards << card;
        ++n;
    }
    m_gridLayout->setColumnStretch(0, 1);
    m_gridLayout->setColumnStretch(1, 1);
}

void DashboardView::saveInfo()
{
    if (!m_haveInfo)
        return;
    if (Status s = Dashboards::save(m_db, m_info); !s)
        Q_EMIT message(s.error().message);
}

void DashboardView::addWidget(const QString &type)
{
    auto layout = Dashboards::addWidget(m_info.layout, type);
    if (!layout) {
        Q_EMIT message(layout.error().message);
        return;
    }
    m_info.layout = layout.value();
    saveInfo();
    reload();
}

void DashboardView::removeWidget(int index)
{
    auto layout = Dashboards::removeWidget(m_info.layout, index);
    if (!layout) {
        Q_EMIT message(layout.error().message);
        return;
    }
    m_info.layout = layout.value();
    saveInfo();
    reload();
}

void DashboardView::moveWidget(int from, int to)
{
    auto layout = Dashboards::moveWidget(m_info.layout, from, to);
    if (!layout) {
        Q_EMIT message(layout.error().message);
        return;
    }
    m_info.layout = layout.value();
    saveInfo();
    reload();
}

void DashboardView::openDrill(const DashboardWidgetData &data, int index)
{
    const DashboardPoint &p = data.points.at(index);
    m_lastDrill = p.drill;
    const QString title = QStringLiteral("%1: %2").arg(data.title, p.label);
    Q_EMIT openRecordsRequested(p.drill.entity, title);
    if (!m_drillWindows)
        return;
    // The records behind the point, in a list of their own (filter conditions shown in its bar).
    auto *dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("dashboardDrill"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *list = new RecordListView(m_db, p.drill.entity, RecordListView::Mode::Records, dialog);
    list->model()->setConditions(p.drill.conditions);
    layout->addWidget(list);
    dialog->resize(900, 560);
    dialog->show();
}

void registerDashboardViews()
{
    ModuleViewExtensions::addPage(Module::Analytics, [](Database &db) -> QWidget * { return new DashboardView(db); },
                                  ModuleViewExtensions::Placement::BeforeLists);
}

} // namespace trato
