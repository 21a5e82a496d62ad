/**
 * Published production results of Statistics Canada's SDG data hub, which runs Open SDG's
 * `sdg-build` 2.4.0: the data (`data/indicator_*.csv`), the progress options
 * (`indicator-config/*.yml`) and the figures `sdg-build` computed
 * (`indicator_calculation_components.yml`), from the public repository
 * github.com/sdg-data-canada-odd-donnees/sdg-data-donnees-odd at commit f89e601dc5b9
 * (10 March 2026). Only the few series the tests use are copied, with their published
 * progress value, score and status.
 */
import { series } from './fixtures'

/** 1.2.1 Persons in low income (%), target 7.25 by 2030, lower is better. */
export const LOW_INCOME = {
  observations: series(
    ['2015', '14.5'],
    ['2016', '12.9'],
    ['2017', '11.9'],
    ['2018', '11.2'],
    ['2019', '10.3'],
    ['2020', '6.4'],
    ['2021', '7.4'],
    ['2022', '9.9'],
    ['2023', '10.2'],
  ),
  published: {
    progress: '0.9525901792032172',
    score: '2.5185563910306596',
    status: 'substantial_progress',
  },
}

/** 1.3.1 Proportion of children covered by social protection benefits (%), limit 100. */
export const CHILDREN_COVERED = {
  observations: series(['2015', '90'], ['2018', '90'], ['2021', '93.2']),
  published: {
    progress: '0.005839995229728112',
    score: '2.815386645395768',
    status: 'substantial_progress',
  },
}

/** 1.3.1 Proportion of workers covered in case of employment injury (%), limit 100. */
export const INJURY_COVERED = {
  observations: series(
    ['2015', '85.07'],
    ['2016', '84.38'],
    ['2017', '84.4'],
    ['2018', '84.67'],
    ['2019', '84.52'],
    ['2020', '83.33'],
    ['2021', '83.62'],
    ['2022', '83.42'],
  ),
  published: {
    progress: '-0.0027941402774355195',
    score: '-2.84926753467944',
    status: 'deterioration',
  },
}

/** 9.c.1 Proportion of population covered by a mobile network, by technology (%), limit 100. */
export const MOBILE_COVERAGE = {
  hspa: {
    observations: series(
      ['2016', '99.47'],
      ['2017', '99.49'],
      ['2018', '99.48'],
      ['2019', '99.53'],
      ['2020', '99.45'],
      ['2021', '99.50'],
      ['2022', '99.57'],
    ),
    published: {
      progress: '0.00016748456325199612',
      score: '0.5456262610658811',
      status: 'moderate_progress',
    },
  },
  lte: {
    observations: series(
      ['2016', '98.55'],
      ['2017', '99.14'],
      ['2018', '99.30'],
      ['2019', '99.48'],
      ['2020', '99.53'],
      ['2021', '99.42'],
      ['2022', '99.47'],
    ),
    published: { progress: '0.0015498760793095645', score: '5', status: 'substantial_progress' },
  },
  lteA: {
    observations: series(
      ['2016', '83.35'],
      ['2017', '92.43'],
      ['2018', '94.90'],
      ['2019', '95.86'],
      ['2020', '97.45'],
      ['2021', '97.82'],
      ['2022', '97.80'],
    ),
    published: { progress: '0.027004173422464417', score: '5', status: 'substantial_progress' },
  },
  fiveG: {
    observations: series(['2020', '53.27'], ['2021', '87.78'], ['2022', '91.40']),
    published: { progress: '0.3098807188646848', score: '5', status: 'substantial_progress' },
  },
  /** The indicator: HSPA+, the group (LTE, LTE-A), 5G. */
  published: { score: '3.515208753688627', status: 'substantial_progress' },
}

/** 5.5.2 Proportion of women in management occupations (%), Goldilocks: ideal 50. */
export const WOMEN_MANAGERS = {
  observations: series(
    ['2015', '34.8'],
    ['2016', '34.6'],
    ['2017', '34.6'],
    ['2018', '34.7'],
    ['2019', '35.1'],
    ['2020', '35.7'],
    ['2021', '35.6'],
    ['2022', '35.3'],
    ['2023', '35.1'],
    ['2024', '36.4'],
    ['2025', '36.8'],
  ),
  published: {
    progress: '0.17734597680104566',
    score: '-1.761052518463083',
    status: 'limited_progress',
  },
}

/** 3.3.1 New HIV infections per 1,000 uninfected population, target 0 (0.001 in sdg-build). */
export const HIV_INCIDENCE = {
  observations: series(
    ['2013', '0.051'],
    ['2014', '0.052'],
    ['2015', '0.052'],
    ['2016', '0.053'],
    ['2017', '0.053'],
    ['2018', '0.054'],
    ['2019', '0.049'],
    ['2020', '0.043'],
    ['2021', '0.045'],
    ['2022', '0.048'],
  ),
  published: {
    progress: '0.04909595896792923',
    score: '-2.2954318677683294',
    status: 'limited_progress',
  },
}

/** 2.b.1 Agricultural export subsidies (CAD thousand), target 0, multi-year periods. */
export const EXPORT_SUBSIDIES = {
  observations: series(
    ['2015/2016', '81124'],
    ['2016/2017', '55661'],
    ['2017/2018', '9972'],
    ['2018/2019', '9973'],
    ['2019/2020', '11733'],
    ['2020', '3570.86'],
    ['2021', '0'],
    ['2022', '0'],
    ['2023', '0'],
  ),
  published: { progress: '1.4224293446258616', score: '5', status: 'target_achieved' },
}
