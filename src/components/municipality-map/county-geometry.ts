/**
 * Jönköpings län's municipal boundaries (SCB, CC0; see src/assets/GEO-SOURCE.md), shipped inside the
 * component so the common case needs no second request. The same topology as
 * src/assets/jonkoping-county.topo.json, as a module (a JSON import would need import attributes, which the
 * test server's es2022 transform strips), with its arcs written compactly: each arc's quantised deltas as
 * base-64 VLQ digits (as in source maps, sign in the lowest bit), arcs separated by `;`. That is 1.4 kB
 * gzip instead of 1.9 kB. test/municipality-map/geo.test.ts checks that the module equals the asset and
 * re-encodes the asset's arcs to this string.
 */
import type { Topology } from 'topojson-specification';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Reads the arcs written as base-64 VLQ (5 bits a digit, 32 = more digits follow). */
export function decodeVlqArcs(text: string): number[][][] {
  return text.split(';').map((arc) => {
    const points: number[][] = [];
    let point: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of arc) {
      const digit = DIGITS.indexOf(ch);
      value += (digit & 31) << shift;
      shift += 5;
      if (digit & 32) continue;
      point.push(value & 1 ? -(value + 1) / 2 : value / 2);
      if (point.length === 2) {
        points.push(point);
        point = [];
      }
      value = shift = 0;
    }
    return points;
  });
}

export const COUNTY_ARCS =
  'wqwEw8hFo0Bz9F6uFngH3cr5D82ClqK;2n5Ei7mE/vG14B9iEsd;40uE4/lE/pBskJroE6gBltEnkD57B67BtlElVtyC/4CpzFvmD;mu2D6noEl+Cg5PrzEuGxvD1yBzsB8iH4oCuhFkkF6wC0R+4FwgDsf;u/0DgisFwxC5jChmBpqE6mIhKo7BxkCmkG4jC+hG9mBu3DxlC;i69B8z6CoD35DpuBrkF4sDv4E2nD3S4zDniF9cn0E2mEv/B;+gqCw0gC7sC9uD/xDvoD99E8pBjqBirC9mEljCnCl8D12JmR;k6vB6j4BkB+wEnhDwjG7Dq3EruD2kB5/DsUm0BqyEyzCmoH+mDqoFymD/jBshD0hD4zD9oCuuC4/Bq5E/rB;gt6Bo73Et8B9jF90GqlB;07xB08zE8S2hGliDstIfm7Go4D89EgtBwwF81B4Sy1D/oC6mC23B+2FnvCsW/5D;kwiCuttFnpCtV/sCtzFgvBx6GllB3lEv6D7E6DjkE;kwiCuttFgoI8+C2Hk4CsnDmtEtCq4L+yHtdruBroM/3C/xKzjD3iG3G5iL;+muCys6EzyCziDz+C0sBtpD3uC2MnoHz4CqRryDqlG9gFilC;k6vB6j4B3xCsTmBp8IppC3sD64Bh+CurDwiBq3B1vD/xB13D4+Bj4G;yoyBizcpmDrpChwBhqK39E6gC1jCk9E0mBg3FnmGslE7pChUlcw5Er9BxhCj2HonB94GxpDtkDg1BlTp1E94Gr9G9jD+7JjK26EkzD4sD6yD8tFsqB+0H2oCotDytD3sByyB40Im4FqxB0nBm+C6rDgjBcszDooE41Ck2B4sF0yIyqP4wDu3C4jB8qE;krtBwuoD6gFkqCslD31B23CgtG;gp4B8vvDg1C53C4lCjqBpb1iEikCr9EtS/5H;gp4B8vvDykDohDmwEpfgqEq2F+lD/uEyzDwP25D3kD62Cu3Eu+E2lB3pBtmDqzCh6K+3Gt4C;2x+CiolDj6BhmBkwJpiBwiC1/E;mqoDgg+ClrH7+D6XnnN;62hD85sCpyD3mBh5Dv1CgF/8DxhC/jD56CsnC/oG5tCjlCsqB/kDhsC;guuD4p8F8hFljC;8vzDym6FyvBxkO;mu2D6noE7wDt8D7hGkd3kFxiD9gChkI9sCxkB5/BtiFsgBn8CxiDzgDjV91I;krtBwuoDrWigH0I6pDgvD+8B+jB6qEtnCi+FuIunEstC+vEhDinM;+muCys6E8jC3kC4nBtnG/RzqGolClzBqnCigCo8DsOqR26I+tBurH8hFwqKwuHurFosB6wG4oF8rJ;40uE4/lE98E/5DiwBn+C1uG/uIh2C90G6mEjkC;+pmEu/tDtWjqGnO5lHsVhmG53BpoJ;6ikEkhxCtkF4jBvjDkpHloF8axxCj5C5nD8Tt4Dy+F12ElC;62hD85sCm3BhhHs7CvwHjsBxrMh/ClmCqiBr4F;wgjDm+pB1zD7CNplO1vB/zC6YtrFq2EpqGz/Dn/Kl0D/sC9sDwgCppDyjI/V4uGryE0+Hr0BjwBj/CmrDrkEwwBz2G/jCpa75DrvE9zCvpDw0IjvFsT;6ikEkhxC5StlM3N51JxzBpsF;2uhEy51B/uEjC7pE57Ch8E3bvmB/iCh/CiT3W19E9pE7mB/yHlN;+pmEu/tDwlGznB6wBxlFy/EzjBgtFlwEmiGnNg4Dq5BqpGrXg3E3zDuuDu4D2rEiKmtD62F0kF1lB;oz9FgznDgqD/lDgiB5pE5pC/vCzH39GnnEwpDz0D1lDkMzsIriB59C4pB56GpyDl0CmN5jIqyCr/BorClhHh1LgjFnjMhmC5vDk9C1xEd+nDlsFzoFwK5qBjuCxlDtqChkDjhBhsBz3DjqElL3oB40HxlDk2D37Eq4C;2n5Ei7mEikDz7Hm8KgoBigKjpC47B3jEgwF5mBm2K9iJ12F59H;8vzDym6Fy+K+8BkSj5E4yKovC8+CkrGy1DpiCqqD/kNs6B59E/1C/yD9rCjwG';

// prettier-ignore
const topology = { ...{"type":"Topology","transform":{"scale":[2.5672316731140814e-05,1.2692110166100414e-05],"translate":[13.086029402886934,56.882466385299935]},"objects":{"municipalities":{"type":"GeometryCollection","geometries":[{"arcs":[[0,1,2,3,4]],"type":"Polygon","properties":{"id":"0604","name":"Aneby"},"id":"0604"},{"arcs":[[5,6,7]],"type":"Polygon","properties":{"id":"0617","name":"Gnosjö"},"id":"0617"},{"arcs":[[8,9,10]],"type":"Polygon","properties":{"id":"0642","name":"Mullsjö"},"id":"0642"},{"arcs":[[-11,11,12]],"type":"Polygon","properties":{"id":"0643","name":"Habo"},"id":"0643"},{"arcs":[[-8,13,14,15,16]],"type":"Polygon","properties":{"id":"0662","name":"Gislaved"},"id":"0662"},{"arcs":[[-6,-17,17,18,19,20]],"type":"Polygon","properties":{"id":"0665","name":"Vaggeryd"},"id":"0665"},{"arcs":[[21,22,-4,23,-18,-16,24,-9,-13,25]],"type":"Polygon","properties":{"id":"0680","name":"Jönköping"},"id":"0680"},{"arcs":[[-3,26,27,28,-19,-24]],"type":"Polygon","properties":{"id":"0682","name":"Nässjö"},"id":"0682"},{"arcs":[[-7,-21,29,30,-14]],"type":"Polygon","properties":{"id":"0683","name":"Värnamo"},"id":"0683"},{"arcs":[[-20,-29,31,32,-30]],"type":"Polygon","properties":{"id":"0684","name":"Sävsjö"},"id":"0684"},{"arcs":[[-28,33,34,-32]],"type":"Polygon","properties":{"id":"0685","name":"Vetlanda"},"id":"0685"},{"arcs":[[35,-34,-27,-2]],"type":"Polygon","properties":{"id":"0686","name":"Eksjö"},"id":"0686"},{"arcs":[[36,-5,-23]],"type":"Polygon","properties":{"id":"0687","name":"Tranås"},"id":"0687"}]},"counties":{"type":"GeometryCollection","geometries":[{"arcs":[[0,35,34,32,30,14,24,9,11,25,21,36]],"type":"Polygon","properties":{"id":"06","name":"Jönköpings län"},"id":"06"}]}}}, arcs: decodeVlqArcs(COUNTY_ARCS) } as unknown as Topology;

export default topology;
