/* @web/test-runner snapshot v1 */
export const snapshots = {};

snapshots["horizontal 900 px"] = 
`window 2015-01-01 to 2017-12-31
<svg class="axis-layer" height="186" width="900">
  <g part="axis">
    <g class="major" transform="translate(12,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2015</text>
    </g>
    <g transform="translate(83.9,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(156.7,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(230.2,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(303.7,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2016</text>
    </g>
    <g transform="translate(376.5,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(449.2,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(522.7,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(596.3,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2017</text>
    </g>
    <g transform="translate(668.2,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(740.9,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(814.5,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(888,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2018</text>
    </g>
  </g>
</svg>
<svg aria-label="Timeline of Snapshot fixture: 9 of 9 dated events shown, 1 January 2015 to 31 December 2017. Arrow keys move between events, plus and minus zoom, Enter opens an event." height="186" part="chart" role="group" tabindex="-1" width="900">
  <g aria-label="Events" role="list">
    <g class="family-air kind-bracket mark" part="mark" role="listitem" transform="translate(12,17)">
      <g aria-label="year bracket. 2015. air strike." data-event-id="year-bracket" role="button" tabindex="0">
        <rect class="hit" height="18" width="307.7" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-point mark" part="mark" role="listitem" transform="translate(336.1,61)">
      <g aria-label="day point. 10 February 2016. shelling, artillery or missile attack." data-event-id="day-point" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(351.7,39)">
      <g aria-label="month bracket. March 2016. government regains territory." data-event-id="month-bracket" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-other kind-bracket mark placed" part="mark" role="listitem" transform="translate(351.7,17)">
      <g aria-label="placed by story. about March 2016, no date given: placed after the event told before it. cultural event." data-event-id="placed-by-story" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-bar mark" part="mark" role="listitem" transform="translate(395.6,17)">
      <g aria-label="range bar. 25 April 2016 – 5 June 2016. armed clash." data-event-id="range-bar" role="button" tabindex="-1">
        <rect class="hit" height="18" width="49.6" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(449.2,17)">
      <g aria-label="approximate month. about July 2016. non-state actor overtakes territory." data-event-id="approximate-month" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-political kind-open-end mark" part="mark" role="listitem" transform="translate(498.8,17)">
      <g aria-label="open end. since September 2016. diplomatic talks." data-event-id="open-end" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-violence kind-open-start mark" part="mark" role="listitem" transform="translate(571.5,17)">
      <g aria-label="open start. by December 2016. attack." data-event-id="open-start" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="expected family-political kind-point mark" part="mark" role="listitem" transform="translate(719.8,61)">
      <g aria-label="expected day. 4 June 2017, expected. agreement." data-event-id="expected-day" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
  </g>
</svg>
painted year-bracket rgba(181, 64, 11, 255)
painted day-point rgba(122, 85, 0, 255)
painted month-bracket rgba(0, 107, 79, 255)
painted placed-by-story rgba(255, 255, 255, 255)
painted range-bar rgba(122, 85, 0, 255)
painted approximate-month rgba(0, 106, 78, 183)
painted open-end rgba(0, 88, 155, 255)
painted open-start rgba(156, 53, 114, 255)
painted expected-day rgba(255, 255, 255, 255)`;
/* end snapshot horizontal 900 px */

snapshots["horizontal 900 px, lanes by type"] = 
`window 2015-01-01 to 2017-12-31
<svg class="axis-layer" height="428" width="900">
  <g part="axis">
    <g class="major" transform="translate(12,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jan 2015</text>
    </g>
    <g transform="translate(83.9,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(156.7,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(230.2,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(303.7,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jan 2016</text>
    </g>
    <g transform="translate(376.5,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(449.2,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(522.7,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(596.3,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jan 2017</text>
    </g>
    <g transform="translate(668.2,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(740.9,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(814.5,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(888,402)">
      <line class="grid" y1="-396" y2="4"/>
      <text y="16">Jan 2018</text>
    </g>
  </g>
</svg>
<svg aria-label="Timeline of Snapshot fixture: 9 of 9 dated events shown, 1 January 2015 to 31 December 2017. Arrow keys move between events, plus and minus zoom, Enter opens an event." height="428" part="chart" role="group" tabindex="-1" width="900">
  <g part="lane">
    <text class="lane-label" x="12" y="18">Shelling, clashes, bombs</text>
  </g>
  <g part="lane">
    <text class="lane-label" x="12" y="84">Talks, deals, statements</text>
  </g>
  <g part="lane">
    <text class="lane-label" x="12" y="150">Territory and deployments</text>
  </g>
  <g part="lane">
    <text class="lane-label" x="12" y="216">Air and drone strikes</text>
  </g>
  <g part="lane">
    <text class="lane-label" x="12" y="282">Other</text>
  </g>
  <g part="lane">
    <text class="lane-label" x="12" y="348">Violence against people</text>
  </g>
  <g aria-label="Events" role="list">
    <g class="family-air kind-bracket mark" part="mark" role="listitem" transform="translate(12,215)">
      <g aria-label="year bracket. 2015. air strike." data-event-id="year-bracket" role="button" tabindex="0">
        <rect class="hit" height="18" width="307.7" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-point mark" part="mark" role="listitem" transform="translate(336.1,39)">
      <g aria-label="day point. 10 February 2016. shelling, artillery or missile attack." data-event-id="day-point" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(351.7,149)">
      <g aria-label="month bracket. March 2016. government regains territory." data-event-id="month-bracket" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-other kind-bracket mark placed" part="mark" role="listitem" transform="translate(351.7,281)">
      <g aria-label="placed by story. about March 2016, no date given: placed after the event told before it. cultural event." data-event-id="placed-by-story" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-bar mark" part="mark" role="listitem" transform="translate(395.6,17)">
      <g aria-label="range bar. 25 April 2016 – 5 June 2016. armed clash." data-event-id="range-bar" role="button" tabindex="-1">
        <rect class="hit" height="18" width="49.6" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(449.2,149)">
      <g aria-label="approximate month. about July 2016. non-state actor overtakes territory." data-event-id="approximate-month" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-political kind-open-end mark" part="mark" role="listitem" transform="translate(498.8,83)">
      <g aria-label="open end. since September 2016. diplomatic talks." data-event-id="open-end" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-violence kind-open-start mark" part="mark" role="listitem" transform="translate(571.5,347)">
      <g aria-label="open start. by December 2016. attack." data-event-id="open-start" role="button" tabindex="-1">
        <rect class="hit" height="18" width="40.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="expected family-political kind-point mark" part="mark" role="listitem" transform="translate(719.8,105)">
      <g aria-label="expected day. 4 June 2017, expected. agreement." data-event-id="expected-day" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
  </g>
</svg>
painted year-bracket rgba(181, 64, 11, 255)
painted day-point rgba(122, 85, 0, 255)
painted month-bracket rgba(0, 107, 79, 255)
painted placed-by-story rgba(255, 255, 255, 255)
painted range-bar rgba(122, 85, 0, 255)
painted approximate-month rgba(0, 106, 78, 183)
painted open-end rgba(0, 88, 155, 255)
painted open-start rgba(156, 53, 114, 255)
painted expected-day rgba(255, 255, 255, 255)`;
/* end snapshot horizontal 900 px, lanes by type */

snapshots["vertical 360 px"] = 
`window 2015-01-01 to 2017-12-31
<svg class="axis-layer" height="578" width="360">
  <g part="axis">
    <g class="major" transform="translate(74,6)">
      <line x2="6"/>
      <text x="-4">Jan 2015</text>
    </g>
    <g transform="translate(74,52)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,98.5)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,145.5)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,192.5)">
      <line x2="6"/>
      <text x="-4">Jan 2016</text>
    </g>
    <g transform="translate(74,239)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,285.5)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,332.5)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,379.5)">
      <line x2="6"/>
      <text x="-4">Jan 2017</text>
    </g>
    <g transform="translate(74,425.5)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,472)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,519)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,566)">
      <line x2="6"/>
      <text x="-4">Jan 2018</text>
    </g>
  </g>
</svg>
<svg aria-label="Timeline of Snapshot fixture: 9 of 9 dated events shown, 1 January 2015 to 31 December 2017. Arrow keys move between events, plus and minus zoom, Enter opens an event." height="578" part="chart" role="group" tabindex="-1" width="360">
  <g aria-label="Events" role="list">
    <g class="cluster" part="cluster" role="listitem" transform="translate(137,231)">
      <g aria-label="2 events, March 2016 to about March 2016. Press to zoom in." role="button" tabindex="-1">
        <rect height="18" width="18" x="-9" y="-9"/>
      </g>
    </g>
    <g class="family-air kind-bracket mark" part="mark" role="listitem" transform="translate(119,6)">
      <g aria-label="year bracket. 2015. air strike." data-event-id="year-bracket" role="button" tabindex="0">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-point mark" part="mark" role="listitem" transform="translate(119,213.2)">
      <g aria-label="day point. 10 February 2016. shelling, artillery or missile attack." data-event-id="day-point" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-bar mark" part="mark" role="listitem" transform="translate(119,251.3)">
      <g aria-label="range bar. 25 April 2016 – 5 June 2016. armed clash." data-event-id="range-bar" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(119,293.4)">
      <g aria-label="approximate month. about July 2016. non-state actor overtakes territory." data-event-id="approximate-month" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-political kind-open-end mark" part="mark" role="listitem" transform="translate(119,324.8)">
      <g aria-label="open end. since September 2016. diplomatic talks." data-event-id="open-end" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-violence kind-open-start mark" part="mark" role="listitem" transform="translate(119,371.6)">
      <g aria-label="open start. by December 2016. attack." data-event-id="open-start" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="expected family-political kind-point mark" part="mark" role="listitem" transform="translate(119,458.4)">
      <g aria-label="expected day. 4 June 2017, expected. agreement." data-event-id="expected-day" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
  </g>
</svg>
painted year-bracket rgba(181, 64, 11, 255)
painted day-point rgba(122, 85, 0, 255)
painted range-bar rgba(122, 85, 0, 255)
painted approximate-month rgba(0, 106, 79, 77)
painted open-end rgba(0, 88, 155, 255)
painted open-start rgba(156, 53, 114, 255)
painted expected-day rgba(255, 255, 255, 255)`;
/* end snapshot vertical 360 px */

snapshots["vertical 360 px, lanes by type"] = 
`window 2015-01-01 to 2017-12-31
<svg class="axis-layer" height="578" width="360">
  <g part="axis">
    <g class="major" transform="translate(74,6)">
      <line x2="6"/>
      <text x="-4">Jan 2015</text>
    </g>
    <g transform="translate(74,52)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,98.5)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,145.5)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,192.5)">
      <line x2="6"/>
      <text x="-4">Jan 2016</text>
    </g>
    <g transform="translate(74,239)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,285.5)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,332.5)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,379.5)">
      <line x2="6"/>
      <text x="-4">Jan 2017</text>
    </g>
    <g transform="translate(74,425.5)">
      <line x2="6"/>
      <text x="-4">Apr</text>
    </g>
    <g transform="translate(74,472)">
      <line x2="6"/>
      <text x="-4">Jul</text>
    </g>
    <g transform="translate(74,519)">
      <line x2="6"/>
      <text x="-4">Oct</text>
    </g>
    <g class="major" transform="translate(74,566)">
      <line x2="6"/>
      <text x="-4">Jan 2018</text>
    </g>
  </g>
</svg>
<svg aria-label="Timeline of Snapshot fixture: 9 of 9 dated events shown, 1 January 2015 to 31 December 2017. Arrow keys move between events, plus and minus zoom, Enter opens an event." height="578" part="chart" role="group" tabindex="-1" width="360">
  <g part="lane">
    <text class="lane-label" x="90" y="18"/>
  </g>
  <g part="lane">
    <text class="lane-label" x="134.3" y="18"/>
  </g>
  <g part="lane">
    <text class="lane-label" x="178.7" y="18"/>
  </g>
  <g part="lane">
    <text class="lane-label" x="223" y="18"/>
  </g>
  <g part="lane">
    <text class="lane-label" x="267.3" y="18"/>
  </g>
  <g part="lane">
    <text class="lane-label" x="311.7" y="18"/>
  </g>
  <g aria-label="Events" role="list">
    <g class="family-air kind-bracket mark" part="mark" role="listitem" transform="translate(252,6)">
      <g aria-label="year bracket. 2015. air strike." data-event-id="year-bracket" role="button" tabindex="0">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-point mark" part="mark" role="listitem" transform="translate(119,213.2)">
      <g aria-label="day point. 10 February 2016. shelling, artillery or missile attack." data-event-id="day-point" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(207.7,231.1)">
      <g aria-label="month bracket. March 2016. government regains territory." data-event-id="month-bracket" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-other kind-bracket mark placed" part="mark" role="listitem" transform="translate(296.3,231.1)">
      <g aria-label="placed by story. about March 2016, no date given: placed after the event told before it. cultural event." data-event-id="placed-by-story" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-bar mark" part="mark" role="listitem" transform="translate(119,251.3)">
      <g aria-label="range bar. 25 April 2016 – 5 June 2016. armed clash." data-event-id="range-bar" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(207.7,293.4)">
      <g aria-label="approximate month. about July 2016. non-state actor overtakes territory." data-event-id="approximate-month" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-political kind-open-end mark" part="mark" role="listitem" transform="translate(163.3,324.8)">
      <g aria-label="open end. since September 2016. diplomatic talks." data-event-id="open-end" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-violence kind-open-start mark" part="mark" role="listitem" transform="translate(340.7,371.6)">
      <g aria-label="open start. by December 2016. attack." data-event-id="open-start" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="expected family-political kind-point mark" part="mark" role="listitem" transform="translate(163.3,458.4)">
      <g aria-label="expected day. 4 June 2017, expected. agreement." data-event-id="expected-day" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
  </g>
</svg>
painted year-bracket rgba(181, 64, 11, 255)
painted day-point rgba(122, 85, 0, 255)
painted month-bracket rgba(0, 107, 79, 255)
painted placed-by-story rgba(255, 255, 255, 255)
painted range-bar rgba(122, 85, 0, 255)
painted approximate-month rgba(0, 106, 79, 77)
painted open-end rgba(0, 88, 155, 255)
painted open-start rgba(156, 53, 114, 255)
painted expected-day rgba(255, 255, 255, 255)`;
/* end snapshot vertical 360 px, lanes by type */

snapshots["horizontal 900 px, zoomed in twice"] = 
`window 2015-11-30 to 2017-02-01
<svg class="axis-layer" height="186" width="900">
  <g part="axis">
    <g class="major" transform="translate(75.6,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2016</text>
    </g>
    <g transform="translate(261.8,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Apr</text>
    </g>
    <g transform="translate(448,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jul</text>
    </g>
    <g transform="translate(636.2,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Oct</text>
    </g>
    <g class="major" transform="translate(824.4,160)">
      <line class="grid" y1="-154" y2="4"/>
      <text y="16">Jan 2017</text>
    </g>
  </g>
</svg>
<svg aria-label="Timeline of Snapshot fixture: 8 of 9 dated events shown, 30 November 2015 to 1 February 2017. Arrow keys move between events, plus and minus zoom, Enter opens an event." height="186" part="chart" role="group" tabindex="-1" width="900">
  <g aria-label="Events" role="list">
    <g class="family-air kind-bracket mark" part="mark" role="listitem" transform="translate(-671.3,17)">
      <g aria-label="year bracket. 2015. air strike." data-event-id="year-bracket" role="button" tabindex="0">
        <rect class="hit" height="18" width="762.8" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-point mark" part="mark" role="listitem" transform="translate(158.4,61)">
      <g aria-label="day point. 10 February 2016. shelling, artillery or missile attack." data-event-id="day-point" role="button" tabindex="-1">
        <rect class="hit" height="18" width="16" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(198.3,39)">
      <g aria-label="month bracket. March 2016. government regains territory." data-event-id="month-bracket" role="button" tabindex="-1">
        <rect class="hit" height="18" width="79.4" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-other kind-bracket mark placed" part="mark" role="listitem" transform="translate(198.3,17)">
      <g aria-label="placed by story. about March 2016, no date given: placed after the event told before it. cultural event." data-event-id="placed-by-story" role="button" tabindex="-1">
        <rect class="hit" height="18" width="79.4" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-ground kind-bar mark" part="mark" role="listitem" transform="translate(310.9,17)">
      <g aria-label="range bar. 25 April 2016 – 5 June 2016. armed clash." data-event-id="range-bar" role="button" tabindex="-1">
        <rect class="hit" height="18" width="101.9" x="-8" y="-9"/>
      </g>
    </g>
    <g class="approximate family-territory kind-bracket mark" part="mark" role="listitem" transform="translate(448,17)">
      <g aria-label="approximate month. about July 2016. non-state actor overtakes territory." data-event-id="approximate-month" role="button" tabindex="-1">
        <rect class="hit" height="18" width="79.4" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-political kind-open-end mark" part="mark" role="listitem" transform="translate(574.8,17)">
      <g aria-label="open end. since September 2016. diplomatic talks." data-event-id="open-end" role="button" tabindex="-1">
        <rect class="hit" height="18" width="77.4" x="-8" y="-9"/>
      </g>
    </g>
    <g class="family-violence kind-open-start mark" part="mark" role="listitem" transform="translate(761,17)">
      <g aria-label="open start. by December 2016. attack." data-event-id="open-start" role="button" tabindex="-1">
        <rect class="hit" height="18" width="79.4" x="-8" y="-9"/>
      </g>
    </g>
  </g>
</svg>
painted year-bracket rgba(0, 0, 0, 0)
painted day-point rgba(122, 85, 0, 255)
painted month-bracket rgba(0, 107, 79, 255)
painted placed-by-story rgba(255, 255, 255, 255)
painted range-bar rgba(122, 85, 0, 255)
painted approximate-month rgba(0, 105, 79, 211)
painted open-end rgba(0, 88, 155, 255)
painted open-start rgba(156, 53, 114, 255)`;
/* end snapshot horizontal 900 px, zoomed in twice */

